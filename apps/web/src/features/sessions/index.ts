// Public surface of the sessions feature, used by routes.
export { EditSessionPage } from './components/EditSessionPage';
export { LogSessionPage } from './components/LogSessionPage';
export { SessionDetailPage } from './components/SessionDetailPage';
export { SessionsPage } from './components/SessionsPage';
export { useSessionTitle } from './hooks/useSessionTitle';
