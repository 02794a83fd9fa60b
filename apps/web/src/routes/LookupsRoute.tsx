import { LookupsPage } from '../features/lookups';
import { usePageTitle } from '../lib/page-title';

export function LookupsRoute() {
  usePageTitle('Deprivation lookups');
  return <LookupsPage />;
}
