import { IndicatorsPage } from '../features/indicators';
import { usePageTitle } from '../lib/page-title';

export function IndicatorsRoute() {
  usePageTitle('Indicators');
  return <IndicatorsPage />;
}
