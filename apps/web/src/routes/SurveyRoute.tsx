import { LoadingState } from '@lantern/ui';
import { useParams } from 'react-router';
import { QueryErrorState } from '../features/auth';
import { SurveyBuilder, SurveyPage, SurveyPoster, useSurvey } from '../features/surveys';
import { usePageTitle } from '../lib/page-title';

export function SurveyRoute() {
  const { surveyId = '' } = useParams();
  const { survey } = useSurvey(surveyId);
  usePageTitle(survey?.title ?? 'Survey');
  return <SurveyPage key={surveyId} surveyId={surveyId} />;
}

export function NewSurveyRoute() {
  usePageTitle('New survey');
  return <SurveyBuilder survey={null} />;
}

export function SurveyEditRoute() {
  const { surveyId = '' } = useParams();
  const { survey, loading, error, retry, retrying } = useSurvey(surveyId);
  usePageTitle(survey ? `Edit ${survey.title}` : 'Edit survey');
  if (loading) return <LoadingState label="Loading survey…" />;
  if (error || !survey)
    return <QueryErrorState error={error} onRetry={retry} retrying={retrying} />;
  return <SurveyBuilder key={surveyId} survey={survey} />;
}

export function SurveyPosterRoute() {
  const { surveyId = '' } = useParams();
  usePageTitle('Survey poster');
  return <SurveyPoster surveyId={surveyId} />;
}
