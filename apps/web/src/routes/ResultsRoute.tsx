import { ResultsPage } from '../features/results';
import { usePageTitle } from '../lib/page-title';

export function ResultsRoute() {
  usePageTitle('Results');
  return <ResultsPage />;
}
