import { LogSessionPage } from '../features/sessions';
import { usePageTitle } from '../lib/page-title';

export function LogSessionRoute() {
  usePageTitle('Log a session');
  return <LogSessionPage />;
}
