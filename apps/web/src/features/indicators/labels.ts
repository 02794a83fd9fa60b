import type {
  CumulativeClass,
  Disaggregation,
  IndicatorDirection,
  IndicatorSource,
  RagStatus,
  ResultStatus,
} from '../../gql/graphql';
import type { StatusTone } from '@lantern/ui';
import { SCORED_SURVEY_ITEM_CODES, SURVEY_BANK_LABELS, SURVEY_ITEMS } from '@lantern/domain';

// The enums' own words live in libs/domain; the ones below are the web app's longer variants.
export {
  INDICATOR_TYPE_LABELS,
  INDICATOR_TYPES,
  RESULT_STATUS_LABELS,
  SCOPE_KIND_LABELS,
} from '@lantern/domain';

/** Words for the impact enums, in the order people choose from them. */

/** Sources a person can create (built-ins come with Lantern). */
export const CUSTOM_SOURCES: readonly IndicatorSource[] = ['MANUAL', 'SURVEY', 'MILESTONE'];
export const INDICATOR_SOURCES: readonly IndicatorSource[] = ['BUILT_IN', ...CUSTOM_SOURCES];

export const INDICATOR_SOURCE_LABELS: Record<IndicatorSource, string> = {
  BUILT_IN: 'Built-in (from logged sessions)',
  MANUAL: 'Manual entry',
  SURVEY: 'Survey',
  MILESTONE: 'Milestone',
};

/** Short source names for badges and table cells. */
export const INDICATOR_SOURCE_SHORT: Record<IndicatorSource, string> = {
  BUILT_IN: 'Built-in',
  MANUAL: 'Manual',
  SURVEY: 'Survey',
  MILESTONE: 'Milestone',
};

export const INDICATOR_DIRECTIONS: readonly IndicatorDirection[] = [
  'INCREASE',
  'DECREASE',
  'MAINTAIN',
];

export const INDICATOR_DIRECTION_LABELS: Record<IndicatorDirection, string> = {
  INCREASE: 'Increase (higher is better)',
  DECREASE: 'Decrease (lower is better)',
  MAINTAIN: 'Maintain (close to the target is better)',
};

export const INDICATOR_DIRECTION_SHORT: Record<IndicatorDirection, string> = {
  INCREASE: 'Increase',
  DECREASE: 'Decrease',
  MAINTAIN: 'Maintain',
};

export const CUMULATIVE_CLASSES: readonly CumulativeClass[] = [
  'NON_CUMULATIVE',
  'CUMULATIVE_WITHIN_YEAR',
  'LIFETIME_CUMULATIVE',
];

export const CUMULATIVE_CLASS_LABELS: Record<CumulativeClass, string> = {
  NON_CUMULATIVE: 'Non-cumulative (each period stands alone)',
  CUMULATIVE_WITHIN_YEAR: 'Cumulative within the year',
  LIFETIME_CUMULATIVE: 'Lifetime cumulative',
};

export const DISAGGREGATIONS: readonly Disaggregation[] = [
  'AUDIENCE_TYPE',
  'AGE_BAND',
  'KEY_STAGE',
  'DEPRIVATION_DECILE',
  'DELIVERY_MODE',
  'SESSION_FORMAT',
  'FIRST_TIME',
  'SEND',
];

export const DISAGGREGATION_LABELS: Record<Disaggregation, string> = {
  AUDIENCE_TYPE: 'Audience type',
  AGE_BAND: 'Age band',
  KEY_STAGE: 'Key stage',
  DEPRIVATION_DECILE: 'Deprivation decile',
  DELIVERY_MODE: 'Delivery mode',
  SESSION_FORMAT: 'Session format',
  FIRST_TIME: 'First-time visitors',
  SEND: 'SEND',
};

export const RAG_LABELS: Record<RagStatus, string> = {
  GREEN: 'Green: on track',
  AMBER: 'Amber: close to target',
  RED: 'Red: off track',
};

export const RAG_TONES: Record<RagStatus, StatusTone> = {
  GREEN: 'success',
  AMBER: 'warning',
  RED: 'danger',
};

export const RESULT_STATUS_TONES: Record<ResultStatus, StatusTone> = {
  DRAFT: 'pending',
  APPROVED: 'success',
  LOCKED: 'neutral',
};

/** The scored questions of the survey item bank a survey-derived indicator can report on. */
export const SURVEY_ITEM_BANK: ReadonlyArray<{ code: string; group: string; label: string }> =
  SURVEY_ITEMS.filter((item) => SCORED_SURVEY_ITEM_CODES.includes(item.code)).map((item) => ({
    code: item.code,
    group: SURVEY_BANK_LABELS[item.bank],
    label: item.label,
  }));

export const SURVEY_ITEM_CODES: ReadonlySet<string> = new Set(
  SURVEY_ITEM_BANK.map((item) => item.code),
);

export function surveyItemLabel(code: string | null | undefined): string | null {
  if (!code) return null;
  const item = SURVEY_ITEM_BANK.find((entry) => entry.code === code);
  return item ? `${item.group}: ${item.label} (${code})` : code;
}
