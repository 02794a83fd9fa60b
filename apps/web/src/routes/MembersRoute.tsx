import { MembersPage } from '../features/members';
import { usePageTitle } from '../lib/page-title';

export function MembersRoute() {
  usePageTitle('Members');
  return <MembersPage />;
}
