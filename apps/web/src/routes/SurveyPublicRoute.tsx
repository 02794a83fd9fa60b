import { useParams, useSearchParams } from 'react-router';
// Imported directly (not through the feature index) so the public chunk stays small.
import { PublicSurveyForm, StopFollowUp } from '../features/surveys/components/PublicSurveyForm';
import { usePageTitle } from '../lib/page-title';

export function SurveyPublicRoute() {
  const { token = '' } = useParams();
  const [searchParams] = useSearchParams();
  usePageTitle('Survey');
  return (
    <PublicSurveyForm
      key={token}
      token={token}
      wave={searchParams.get('wave')}
      followUpToken={searchParams.get('f')}
    />
  );
}

export function StopFollowUpRoute() {
  const [searchParams] = useSearchParams();
  usePageTitle('Stop follow-up emails');
  return <StopFollowUp token={searchParams.get('token')} />;
}
