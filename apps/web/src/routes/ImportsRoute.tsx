import { ImportsPage } from '../features/imports';
import { usePageTitle } from '../lib/page-title';

export function ImportsRoute() {
  usePageTitle('Import activity');
  return <ImportsPage />;
}
