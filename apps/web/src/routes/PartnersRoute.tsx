import { PartnersPage } from '../features/partners';
import { usePageTitle } from '../lib/page-title';

export function PartnersRoute() {
  usePageTitle('Partners');
  return <PartnersPage />;
}
