import { AuditLogPage } from '../features/audit';
import { usePageTitle } from '../lib/page-title';

export function AuditLogRoute() {
  usePageTitle('Audit log');
  return <AuditLogPage />;
}
