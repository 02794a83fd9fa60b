// Public surface of the system-status feature, used by routes.
export { SystemHealthSection } from './components/SystemHealthSection';
export { WorkerChecksSection } from './components/WorkerChecksSection';
