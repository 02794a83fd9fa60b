import { ProgrammesPage } from '../features/programmes';
import { usePageTitle } from '../lib/page-title';

export function ProgrammesRoute() {
  usePageTitle('Programmes');
  return <ProgrammesPage />;
}
