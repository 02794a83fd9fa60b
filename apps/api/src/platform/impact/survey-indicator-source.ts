import type { SurveyStatistic } from '@lantern/domain';
import type { EntityManager } from 'typeorm';

/** One survey-derived figure: which statistic of which item bank question, where and when. */
export interface SurveyIndicatorQuery {
  organisationId: string;
  statistic: SurveyStatistic;
  /** The item bank code of the question, e.g. 'LO_KNOWLEDGE', 'ONS4_HAPPY', 'NPS'. */
  itemCode: string;
  /** Only this survey's responses; null means every survey of the museum that asks the item. */
  surveyId: string | null;
  /** Inclusive ISO dates (YYYY-MM-DD) of the period; a response counts on its local date. */
  start: string;
  end: string;
  /** Narrow to surveys tied to this programme, or to sessions at this site; null for all. */
  programmeId: string | null;
  siteId: string | null;
}

/**
 * The value, with n (responses, or respondent pairs for the paired statistics) and a 95%
 * confidence interval where the statistic has one (mean score, pre/post change). value is
 * null when n is 0.
 */
export interface SurveyIndicatorValue {
  value: number | null;
  n: number;
  ciLow: number | null;
  ciHigh: number | null;
}

/**
 * Computes survey-derived indicator values from responses (SQL aggregates). Provided by the
 * surveys module (global); indicators inject it.
 */
export abstract class SurveyIndicatorSource {
  abstract compute(query: SurveyIndicatorQuery, em?: EntityManager): Promise<SurveyIndicatorValue>;
}
