// Public surface of the audit feature, used by routes.
export { AuditLogPage } from './components/AuditLogPage';
