import { useParams } from 'react-router';
import { EditIndicatorPage, NewIndicatorPage, useIndicator } from '../features/indicators';
import { usePageTitle } from '../lib/page-title';

export function NewIndicatorRoute() {
  usePageTitle('New indicator');
  return <NewIndicatorPage />;
}

export function IndicatorEditRoute() {
  const { indicatorId = '' } = useParams();
  const { indicator } = useIndicator(indicatorId);
  usePageTitle(indicator ? `Edit ${indicator.name}` : 'Edit indicator');
  return <EditIndicatorPage key={indicatorId} id={indicatorId} />;
}
