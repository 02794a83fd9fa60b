import { useParams } from 'react-router';
import { IndicatorDetailPage, useIndicator } from '../features/indicators';
import { usePageTitle } from '../lib/page-title';

export function IndicatorRoute() {
  const { indicatorId = '' } = useParams();
  const { indicator } = useIndicator(indicatorId);
  usePageTitle(indicator?.name ?? 'Indicator');
  return <IndicatorDetailPage key={indicatorId} id={indicatorId} />;
}
