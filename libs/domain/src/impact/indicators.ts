/**
 * Indicators, targets and results (issue #5; DOMAIN.md, Impact): the vocabulary, the
 * built-in indicators every museum has, the input schemas, and the small pieces of maths
 * (RAG status, cumulative windows) the API, the worker and the web app share.
 */
import { z } from 'zod';
import { SCORED_SURVEY_ITEM_CODES } from '../voice/item-bank';
import {
  AGE_BAND_LABELS,
  AUDIENCE_TYPE_LABELS,
  DELIVERY_MODE_LABELS,
  KEY_STAGE_LABELS,
  SESSION_FORMAT_LABELS,
} from '../activity/labels';
import {
  AGE_BANDS,
  AUDIENCE_TYPES,
  DELIVERY_MODES,
  KEY_STAGES,
  SESSION_FORMATS,
} from '../activity/vocabulary';
import { periodOf, type Period, type PeriodSettings } from '../periods';
import { SURVEY_STATISTICS } from './survey-statistics';

export const INDICATOR_TYPES = [
  'COUNT',
  'DISTINCT_COUNT',
  'PERCENTAGE',
  'RATIO',
  'MEAN_SCORE',
  'PRE_POST_CHANGE',
  'PROPORTION_IMPROVED',
  'NPS',
  'MILESTONE',
  'EVIDENCED_QUALITATIVE',
  'EQUITY_RATIO',
  'CONTACT_HOURS',
] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

export const INDICATOR_SOURCES = ['BUILT_IN', 'MANUAL', 'SURVEY', 'MILESTONE'] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

export const INDICATOR_DIRECTIONS = ['INCREASE', 'DECREASE', 'MAINTAIN'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const CUMULATIVE_CLASSES = [
  'NON_CUMULATIVE',
  'CUMULATIVE_WITHIN_YEAR',
  'LIFETIME_CUMULATIVE',
] as const;
export type CumulativeClass = (typeof CUMULATIVE_CLASSES)[number];

export const DISAGGREGATIONS = [
  'AUDIENCE_TYPE',
  'AGE_BAND',
  'KEY_STAGE',
  'DEPRIVATION_DECILE',
  'DELIVERY_MODE',
  'SESSION_FORMAT',
  'FIRST_TIME',
  'SEND',
] as const;
export type Disaggregation = (typeof DISAGGREGATIONS)[number];

export const SCOPE_KINDS = ['MUSEUM', 'SITE', 'PROGRAMME'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export const RESULT_STATUSES = ['DRAFT', 'APPROVED', 'LOCKED'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

export const RAG_STATUSES = ['RED', 'AMBER', 'GREEN'] as const;
export type RagStatus = (typeof RAG_STATUSES)[number];

export const INDICATOR_TYPE_LABELS: Readonly<Record<IndicatorType, string>> = {
  COUNT: 'Count',
  DISTINCT_COUNT: 'Distinct count',
  PERCENTAGE: 'Percentage',
  RATIO: 'Ratio',
  MEAN_SCORE: 'Mean score',
  PRE_POST_CHANGE: 'Pre/post change',
  PROPORTION_IMPROVED: 'Proportion improved',
  NPS: 'Net promoter score',
  MILESTONE: 'Milestone',
  EVIDENCED_QUALITATIVE: 'Evidenced qualitative',
  EQUITY_RATIO: 'Equity ratio',
  CONTACT_HOURS: 'Contact hours',
};

export const INDICATOR_SOURCE_LABELS: Readonly<Record<IndicatorSource, string>> = {
  BUILT_IN: 'Built in (from sessions)',
  MANUAL: 'Entered by hand',
  SURVEY: 'From surveys',
  MILESTONE: 'Milestone',
};

export const INDICATOR_DIRECTION_LABELS: Readonly<Record<IndicatorDirection, string>> = {
  INCREASE: 'Higher is better',
  DECREASE: 'Lower is better',
  MAINTAIN: 'Keep steady',
};

export const CUMULATIVE_CLASS_LABELS: Readonly<Record<CumulativeClass, string>> = {
  NON_CUMULATIVE: 'The period alone',
  CUMULATIVE_WITHIN_YEAR: 'Year to date',
  LIFETIME_CUMULATIVE: 'All time to date',
};

export const DISAGGREGATION_LABELS: Readonly<Record<Disaggregation, string>> = {
  AUDIENCE_TYPE: 'Audience type',
  AGE_BAND: 'Age band',
  KEY_STAGE: 'Key stage',
  DEPRIVATION_DECILE: 'Deprivation decile',
  DELIVERY_MODE: 'Delivery mode',
  SESSION_FORMAT: 'Session format',
  FIRST_TIME: 'First-time attendance',
  SEND: 'SEND',
};

export const SCOPE_KIND_LABELS: Readonly<Record<ScopeKind, string>> = {
  MUSEUM: 'Whole museum',
  SITE: 'Site',
  PROGRAMME: 'Programme',
};

export const RESULT_STATUS_LABELS: Readonly<Record<ResultStatus, string>> = {
  DRAFT: 'Draft',
  APPROVED: 'Approved',
  LOCKED: 'Locked',
};

// ---- built-in indicators -----------------------------------------------------------------

export const BUILT_IN_INDICATOR_CODES = [
  'SESSIONS_DELIVERED',
  'ATTENDANCES',
  'ATTENDANCES_BY_AUDIENCE_TYPE',
  'CYP_ATTENDANCES',
  'DISTINCT_SCHOOLS',
  'DISTINCT_PARTNERS',
  'DEPRIVED_SHARE',
  'ONLINE_SHARE',
  'CONTACT_HOURS',
  'FIRST_TIME_SHARE',
  'CO_DESIGNED_SHARE',
] as const;
export type BuiltInIndicatorCode = (typeof BUILT_IN_INDICATOR_CODES)[number];

export interface BuiltInIndicator {
  code: BuiltInIndicatorCode;
  name: string;
  definition: string;
  type: IndicatorType;
  unit: string;
  direction: IndicatorDirection;
  cumulativeClass: CumulativeClass;
  /** Which breakdowns the figure can have (an indicator may allow fewer). */
  supportedDisaggregations: readonly Disaggregation[];
  benchmark: number | null;
}

const SESSION_LEVEL: readonly Disaggregation[] = ['DELIVERY_MODE', 'SESSION_FORMAT'];
const ALL: readonly Disaggregation[] = DISAGGREGATIONS;
const without = (...drop: Disaggregation[]) => ALL.filter((d) => !drop.includes(d));

/** Age bands and key stages that count as children and young people (up to 25). */
export const CYP_AGE_BANDS = [
  'AGE_0_4',
  'AGE_5_10',
  'AGE_11_15',
  'AGE_16_19',
  'AGE_20_24',
] as const;
export const CYP_KEY_STAGES = ['EYFS', 'KS1', 'KS2', 'KS3', 'KS4', 'KS5'] as const;
export const CYP_AUDIENCE_TYPES = ['PUPIL', 'EARLY_YEARS_CHILD', 'YOUNG_PERSON'] as const;

const DELIVERED =
  'Only delivered sessions count (planned and cancelled ones do not), by the session date.';
const DECILE_RULE =
  "A count's deprivation decile is the one recorded on the attendance row, else the session's (from its outreach postcode or partner).";

/** Every museum has these, computed from its logged sessions with SQL aggregates. */
export const BUILT_IN_INDICATORS: readonly BuiltInIndicator[] = [
  {
    code: 'SESSIONS_DELIVERED',
    name: 'Sessions delivered',
    definition: `The number of sessions delivered in the period. ${DELIVERED}`,
    type: 'COUNT',
    unit: 'sessions',
    direction: 'INCREASE',
    cumulativeClass: 'NON_CUMULATIVE',
    supportedDisaggregations: SESSION_LEVEL,
    benchmark: null,
  },
  {
    code: 'ATTENDANCES',
    name: 'Attendances',
    definition: `Every attendance counted at delivered sessions in the period (headcounts and estimates). A person who came to three sessions is three attendances: this is not a count of unique people. ${DELIVERED}`,
    type: 'COUNT',
    unit: 'attendances',
    direction: 'INCREASE',
    cumulativeClass: 'NON_CUMULATIVE',
    supportedDisaggregations: ALL,
    benchmark: null,
  },
  {
    code: 'ATTENDANCES_BY_AUDIENCE_TYPE',
    name: 'Attendances by audience type',
    definition: `Attendances at delivered sessions in the period, always broken down by audience type (pupils, teachers, families, older adults and so on). ${DELIVERED}`,
    type: 'COUNT',
    unit: 'attendances',
    direction: 'INCREASE',
    cumulativeClass: 'NON_CUMULATIVE',
    supportedDisaggregations: ['AUDIENCE_TYPE'],
    benchmark: null,
  },
  {
    code: 'CYP_ATTENDANCES',
    name: 'Children and young people (up to 25)',
    definition: `Attendances by children and young people up to 25, as Arts Council England counts them: a count in an age band from 0-4 to 20-24, or in a key stage from EYFS to KS5; a count with no age band (or "unknown") and no key stage counts when its audience type is pupil, early-years child or young person. Post-19 learners and adults are not counted. ${DELIVERED}`,
    type: 'COUNT',
    unit: 'attendances',
    direction: 'INCREASE',
    cumulativeClass: 'NON_CUMULATIVE',
    supportedDisaggregations: ALL,
    benchmark: null,
  },
  {
    code: 'DISTINCT_SCHOOLS',
    name: 'Schools reached',
    definition: `The number of different partners of type school linked to at least one delivered session in the period. A school that came five times counts once. ${DELIVERED}`,
    type: 'DISTINCT_COUNT',
    unit: 'schools',
    direction: 'INCREASE',
    cumulativeClass: 'NON_CUMULATIVE',
    supportedDisaggregations: SESSION_LEVEL,
    benchmark: null,
  },
  {
    code: 'DISTINCT_PARTNERS',
    name: 'Partners reached',
    definition: `The number of different partners (schools, colleges, community groups, charities, health bodies and others) linked to at least one delivered session in the period. ${DELIVERED}`,
    type: 'DISTINCT_COUNT',
    unit: 'partners',
    direction: 'INCREASE',
    cumulativeClass: 'NON_CUMULATIVE',
    supportedDisaggregations: SESSION_LEVEL,
    benchmark: null,
  },
  {
    code: 'DEPRIVED_SHARE',
    name: 'Attendances from the most deprived areas',
    definition: `Attendances from areas in deprivation deciles 1 to 3 (the most deprived 30% of areas), as a percentage of attendances whose decile is known; n is the attendances with a known decile. Nationally 30% of areas are in deciles 1 to 3, so above 30 means the museum reaches deprived areas more than their share. ${DECILE_RULE} ${DELIVERED}`,
    type: 'PERCENTAGE',
    unit: '%',
    direction: 'INCREASE',
    cumulativeClass: 'NON_CUMULATIVE',
    supportedDisaggregations: without('DEPRIVATION_DECILE'),
    benchmark: 30,
  },
  {
    code: 'ONLINE_SHARE',
    name: 'Online share of attendances',
    definition: `Attendances at sessions delivered online, as a percentage of all attendances (hybrid sessions are not counted as online). ${DELIVERED}`,
    type: 'PERCENTAGE',
    unit: '%',
    direction: 'MAINTAIN',
    cumulativeClass: 'NON_CUMULATIVE',
    supportedDisaggregations: without('DELIVERY_MODE'),
    benchmark: null,
  },
  {
    code: 'CONTACT_HOURS',
    name: 'Contact hours',
    definition: `Hours of learning: for each session, its attendances multiplied by its duration, added up. Sessions without a duration are left out; n is the attendances at sessions with a duration. ${DELIVERED}`,
    type: 'CONTACT_HOURS',
    unit: 'hours',
    direction: 'INCREASE',
    cumulativeClass: 'NON_CUMULATIVE',
    supportedDisaggregations: ALL,
    benchmark: null,
  },
  {
    code: 'FIRST_TIME_SHARE',
    name: 'First-time attendances',
    definition: `Attendances marked as first-time visitors, as a percentage of attendances where first-time was recorded (yes or no); n is those attendances. ${DELIVERED}`,
    type: 'PERCENTAGE',
    unit: '%',
    direction: 'INCREASE',
    cumulativeClass: 'NON_CUMULATIVE',
    supportedDisaggregations: without('FIRST_TIME'),
    benchmark: null,
  },
  {
    code: 'CO_DESIGNED_SHARE',
    name: 'Co-designed sessions',
    definition: `Sessions marked as co-designed with participants or communities, as a percentage of sessions delivered; n is the sessions delivered. ${DELIVERED}`,
    type: 'PERCENTAGE',
    unit: '%',
    direction: 'INCREASE',
    cumulativeClass: 'NON_CUMULATIVE',
    supportedDisaggregations: SESSION_LEVEL,
    benchmark: null,
  },
];

export function builtInIndicator(code: string): BuiltInIndicator | undefined {
  return BUILT_IN_INDICATORS.find((b) => b.code === code);
}

// ---- cells ----------------------------------------------------------------------------------

/** The cells a breakdown can have, in the order they are shown, with their labels. */
export function disaggregationCells(
  disaggregation: Disaggregation,
): ReadonlyArray<{ key: string; label: string }> {
  switch (disaggregation) {
    case 'AUDIENCE_TYPE':
      return AUDIENCE_TYPES.map((key) => ({ key, label: AUDIENCE_TYPE_LABELS[key] }));
    case 'AGE_BAND':
      return AGE_BANDS.map((key) => ({ key, label: AGE_BAND_LABELS[key] }));
    case 'KEY_STAGE':
      return [
        ...KEY_STAGES.map((key) => ({ key, label: KEY_STAGE_LABELS[key] })),
        { key: 'UNKNOWN', label: 'Unknown' },
      ];
    case 'DEPRIVATION_DECILE':
      return [
        ...Array.from({ length: 10 }, (_, i) => ({
          key: String(i + 1),
          label:
            i === 0
              ? 'Decile 1 (most deprived)'
              : i === 9
                ? 'Decile 10 (least deprived)'
                : `Decile ${i + 1}`,
        })),
        { key: 'UNKNOWN', label: 'Unknown' },
      ];
    case 'DELIVERY_MODE':
      return DELIVERY_MODES.map((key) => ({ key, label: DELIVERY_MODE_LABELS[key] }));
    case 'SESSION_FORMAT':
      return SESSION_FORMATS.map((key) => ({ key, label: SESSION_FORMAT_LABELS[key] }));
    case 'FIRST_TIME':
      return [
        { key: 'true', label: 'First time' },
        { key: 'false', label: 'Been before' },
        { key: 'UNKNOWN', label: 'Not recorded' },
      ];
    case 'SEND':
      return [
        { key: 'true', label: 'SEND' },
        { key: 'false', label: 'Not SEND' },
        { key: 'UNKNOWN', label: 'Not recorded' },
      ];
  }
}

/** The label of one cell key; null when the key is not a cell of the breakdown. */
export function disaggregationCellLabel(
  disaggregation: Disaggregation,
  key: string,
): string | null {
  return disaggregationCells(disaggregation).find((cell) => cell.key === key)?.label ?? null;
}

// ---- RAG and windows ------------------------------------------------------------------------

export interface RagThresholds {
  targetValue: number;
  greenThreshold: number;
  amberThreshold: number;
}

/**
 * Red/amber/green of an actual against a target, by the indicator's direction:
 * INCREASE green at or above green, amber at or above amber, else red; DECREASE the reverse;
 * MAINTAIN green within |green - target| of the target, amber within |amber - target|.
 */
export function ragStatus(
  direction: IndicatorDirection,
  actual: number | null,
  target: RagThresholds | null,
): RagStatus | null {
  if (actual === null || !target || !Number.isFinite(actual)) return null;
  const { targetValue, greenThreshold, amberThreshold } = target;
  switch (direction) {
    case 'INCREASE':
      return actual >= greenThreshold ? 'GREEN' : actual >= amberThreshold ? 'AMBER' : 'RED';
    case 'DECREASE':
      return actual <= greenThreshold ? 'GREEN' : actual <= amberThreshold ? 'AMBER' : 'RED';
    case 'MAINTAIN': {
      const distance = Math.abs(actual - targetValue);
      if (distance <= Math.abs(greenThreshold - targetValue)) return 'GREEN';
      if (distance <= Math.abs(amberThreshold - targetValue)) return 'AMBER';
      return 'RED';
    }
  }
}

/** The dates an indicator's value for a period covers, by its cumulative class. */
export function cumulativeWindow(
  cumulativeClass: CumulativeClass,
  period: Pick<Period, 'start' | 'end'>,
  settings: PeriodSettings,
): { start: string; end: string } {
  switch (cumulativeClass) {
    case 'NON_CUMULATIVE':
      return { start: period.start, end: period.end };
    case 'CUMULATIVE_WITHIN_YEAR':
      return { start: periodOf('FINANCIAL_YEAR', period.start, settings).start, end: period.end };
    case 'LIFETIME_CUMULATIVE':
      return { start: '0001-01-01', end: period.end };
  }
}

// ---- input schemas ---------------------------------------------------------------------------

const uuid = z.string().regex(/^[0-9a-f-]{36}$/i, 'is not an id');

const requiredText = (max: number, what: string) =>
  z
    .string({ message: `Enter the ${what}` })
    .trim()
    .min(1, `Enter the ${what}`)
    .max(max, `The ${what} must be at most ${max} characters`);

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `The ${what} must be at most ${max} characters`)
    .nullish()
    .transform((value) => value || null);

const finite = (what: string) =>
  z
    .number({ message: `Enter the ${what}` })
    .refine(Number.isFinite, `The ${what} must be a number`);

export const indicatorInputSchema = z
  .object({
    code: z
      .string({ message: 'Enter a code' })
      .trim()
      .toUpperCase()
      .regex(
        /^[A-Z][A-Z0-9_]{1,39}$/,
        'A code is 2 to 40 capital letters, digits or underscores, starting with a letter',
      ),
    name: requiredText(200, 'name'),
    definition: requiredText(4000, 'definition'),
    type: z.enum(INDICATOR_TYPES),
    source: z.enum(INDICATOR_SOURCES),
    unit: requiredText(40, 'unit'),
    direction: z.enum(INDICATOR_DIRECTIONS),
    cumulativeClass: z.enum(CUMULATIVE_CLASSES),
    allowedDisaggregations: z
      .array(z.enum(DISAGGREGATIONS))
      .refine((list) => new Set(list).size === list.length, 'lists a breakdown twice'),
    frameworkElementIds: z
      .array(uuid)
      .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]),
    ownerId: uuid.nullish().transform((v) => v?.toLowerCase() ?? null),
    surveyStatistic: z
      .enum(SURVEY_STATISTICS)
      .nullish()
      .transform((v) => v ?? null),
    surveyItemCode: z
      .enum(SCORED_SURVEY_ITEM_CODES, {
        message: 'is not a scored question in the survey item bank',
      })
      .nullish()
      .transform((v) => v ?? null),
    surveyId: uuid.nullish().transform((v) => v?.toLowerCase() ?? null),
  })
  .superRefine((input, ctx) => {
    if (input.source === 'SURVEY') {
      if (!input.surveyStatistic)
        ctx.addIssue({
          code: 'custom',
          path: ['surveyStatistic'],
          message: 'Choose the survey statistic',
        });
      if (!input.surveyItemCode)
        ctx.addIssue({
          code: 'custom',
          path: ['surveyItemCode'],
          message: 'Choose the survey question',
        });
    } else {
      for (const field of ['surveyStatistic', 'surveyItemCode', 'surveyId'] as const) {
        if (input[field])
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: 'Only survey indicators have this',
          });
      }
    }
  });
export type IndicatorInput = z.output<typeof indicatorInputSchema>;

export const targetInputSchema = z.object({
  targetValue: finite('target'),
  baselineValue: finite('baseline')
    .nullish()
    .transform((v) => v ?? null),
  baselineLabel: optionalText(100, 'baseline label'),
  greenThreshold: finite('green threshold'),
  amberThreshold: finite('amber threshold'),
  note: optionalText(2000, 'note'),
});
export type TargetInput = z.output<typeof targetInputSchema>;

/** Thresholds that make sense for the direction; the message names what is wrong. */
export function thresholdProblem(
  direction: IndicatorDirection,
  target: RagThresholds,
): { field: 'greenThreshold' | 'amberThreshold'; message: string } | null {
  const { targetValue, greenThreshold, amberThreshold } = target;
  if (direction === 'INCREASE' && greenThreshold < amberThreshold)
    return {
      field: 'amberThreshold',
      message: 'For "higher is better" amber must be at most green',
    };
  if (direction === 'DECREASE' && greenThreshold > amberThreshold)
    return {
      field: 'amberThreshold',
      message: 'For "lower is better" amber must be at least green',
    };
  if (
    direction === 'MAINTAIN' &&
    Math.abs(greenThreshold - targetValue) > Math.abs(amberThreshold - targetValue)
  )
    return {
      field: 'amberThreshold',
      message: 'For "keep steady" amber must be at least as far from the target as green',
    };
  return null;
}

export const resultInputSchema = z.object({
  value: finite('value'),
  n: z
    .number()
    .int('n must be a whole number')
    .min(0, 'n cannot be negative')
    .nullish()
    .transform((v) => v ?? null),
  commentary: optionalText(4000, 'commentary'),
});
export type ResultInput = z.output<typeof resultInputSchema>;

export const lockPeriodInputSchema = z.object({ reason: optionalText(2000, 'reason') });
export const unlockPeriodInputSchema = z.object({
  reason: requiredText(2000, 'reason for unlocking'),
});

/** What a change inside a locked period is refused with (sessions, attendance, imports, results). */
export function periodLockedMessage(periodLabel: string): string {
  return `${periodLabel} is locked: a head of learning must unlock it before sessions, attendance or results in it can change`;
}
