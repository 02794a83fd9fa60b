/**
 * The statistics a survey-derived indicator can be (DOMAIN.md, Impact): the contract between
 * indicators (which store which statistic of which item they report) and surveys (which
 * compute it from responses).
 */
export const SURVEY_STATISTICS = [
  'MEAN_SCORE',
  'SHARE_AGREEING',
  'PRE_POST_CHANGE',
  'PROPORTION_IMPROVED',
  'NPS',
] as const;
export type SurveyStatistic = (typeof SURVEY_STATISTICS)[number];

export const SURVEY_STATISTIC_LABELS: Record<SurveyStatistic, string> = {
  MEAN_SCORE: 'Mean score',
  SHARE_AGREEING: 'Share agreeing',
  PRE_POST_CHANGE: 'Paired pre/post change',
  PROPORTION_IMPROVED: 'Proportion improved',
  NPS: 'Net promoter score',
};

/** What each statistic's value means, for definitions and axis labels. */
export const SURVEY_STATISTIC_UNITS: Record<SurveyStatistic, string> = {
  MEAN_SCORE: 'points on the item scale',
  SHARE_AGREEING: '% agreeing or strongly agreeing',
  PRE_POST_CHANGE: 'mean change in points (post minus pre)',
  PROPORTION_IMPROVED: '% of paired respondents whose score rose',
  NPS: 'score from -100 to 100',
};
