// Public surface of the surveys feature: staff pages and the public form.
export { PublicSurveyForm, StopFollowUp } from './components/PublicSurveyForm';
export { SurveyBuilder } from './components/SurveyBuilder';
export { SurveyPage, SurveyPoster } from './components/SurveyPage';
export { SurveysPage } from './components/SurveysPage';
export { useSurvey } from './hooks/useSurveys';
