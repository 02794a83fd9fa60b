import { SessionsPage } from '../features/sessions';
import { usePageTitle } from '../lib/page-title';

export function SessionsRoute() {
  usePageTitle('Sessions');
  return <SessionsPage />;
}
