import { SurveysPage } from '../features/surveys';
import { usePageTitle } from '../lib/page-title';

export function SurveysRoute() {
  usePageTitle('Surveys');
  return <SurveysPage />;
}
