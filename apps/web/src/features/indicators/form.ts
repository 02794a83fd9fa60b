import { SURVEY_STATISTICS } from '@lantern/domain';
import type {
  CreateIndicatorInput,
  CumulativeClass,
  Disaggregation,
  IndicatorDirection,
  IndicatorFieldsFragment,
  IndicatorSource,
  IndicatorType,
  SurveyStatistic,
} from '../../gql/graphql';
import {
  CUMULATIVE_CLASSES,
  CUSTOM_SOURCES,
  INDICATOR_DIRECTIONS,
  INDICATOR_TYPES,
  SURVEY_ITEM_CODES,
} from './labels';

/** The editor's values, as typed: '' for "not chosen". */
export interface IndicatorFormValues {
  code: string;
  name: string;
  definition: string;
  type: string;
  source: string;
  unit: string;
  direction: string;
  cumulativeClass: string;
  allowedDisaggregations: Disaggregation[];
  frameworkElementIds: string[];
  ownerId: string;
  surveyStatistic: string;
  surveyItemCode: string;
  /** Kept as it was: the editor does not choose a survey. */
  surveyId: string | null;
}

/** The form's fields in page order: focus goes to the first one in error. */
export const INDICATOR_FIELDS = [
  'code',
  'unit',
  'name',
  'definition',
  'source',
  'type',
  'direction',
  'cumulativeClass',
  'surveyStatistic',
  'surveyItemCode',
  'ownerId',
  'frameworkElementIds',
  'allowedDisaggregations',
] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

export function emptyIndicatorValues(): IndicatorFormValues {
  return {
    code: '',
    name: '',
    definition: '',
    type: '',
    source: 'MANUAL',
    unit: '',
    direction: 'INCREASE',
    cumulativeClass: 'NON_CUMULATIVE',
    allowedDisaggregations: [],
    frameworkElementIds: [],
    ownerId: '',
    surveyStatistic: '',
    surveyItemCode: '',
    surveyId: null,
  };
}

export function indicatorValuesFrom(indicator: IndicatorFieldsFragment): IndicatorFormValues {
  return {
    code: indicator.code,
    name: indicator.name,
    definition: indicator.definition,
    type: indicator.type,
    source: indicator.source,
    unit: indicator.unit,
    direction: indicator.direction,
    cumulativeClass: indicator.cumulativeClass,
    allowedDisaggregations: [...indicator.allowedDisaggregations],
    frameworkElementIds: indicator.frameworkElements.map((element) => element.id),
    ownerId: indicator.owner?.id ?? '',
    surveyStatistic: indicator.surveyStatistic ?? '',
    surveyItemCode: indicator.surveyItemCode ?? '',
    surveyId: indicator.surveyId ?? null,
  };
}

const CODE_PATTERN = /^[A-Z][A-Z0-9_]*$/;
const LIMITS = { code: 40, name: 160, definition: 2000, unit: 40 } as const;

const oneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export type IndicatorCheck =
  { ok: true; value: CreateIndicatorInput } | { ok: false; errors: Record<string, string> };

/**
 * The browser's check of the editor, mirroring the API's rules so the person hears about a
 * problem beside its field before anything is sent. Errors are keyed like the API's field
 * errors ("input.code"). `builtIn` skips the fields a built-in's definition fixes.
 */
export function checkIndicator(values: IndicatorFormValues, builtIn = false): IndicatorCheck {
  const errors: Record<string, string> = {};
  const code = values.code.trim().toUpperCase();
  const name = values.name.trim();
  const definition = values.definition.trim();
  const unit = values.unit.trim();

  if (!builtIn) {
    if (!code) errors['input.code'] = 'Enter a code, such as TEACHER_CONFIDENCE';
    else if (!CODE_PATTERN.test(code))
      errors['input.code'] =
        'Use capital letters, digits and underscores, starting with a letter (such as TEACHER_CONFIDENCE)';
    else if (code.length > LIMITS.code)
      errors['input.code'] = `Keep the code to ${LIMITS.code} characters or fewer`;
    if (!name) errors['input.name'] = 'Enter the indicator name';
    else if (name.length > LIMITS.name)
      errors['input.name'] = `Keep the name to ${LIMITS.name} characters or fewer`;
    if (!definition) errors['input.definition'] = 'Enter a definition: what is counted, and how';
    else if (definition.length > LIMITS.definition)
      errors['input.definition'] =
        `Keep the definition to ${LIMITS.definition} characters or fewer`;
    if (!oneOf(INDICATOR_TYPES, values.type)) errors['input.type'] = 'Choose a type';
    if (!oneOf(CUSTOM_SOURCES, values.source))
      errors['input.source'] = 'Choose manual entry, survey or milestone';
    if (!unit) errors['input.unit'] = 'Enter the unit, such as %, people or sessions';
    else if (unit.length > LIMITS.unit)
      errors['input.unit'] = `Keep the unit to ${LIMITS.unit} characters or fewer`;
    if (!oneOf(INDICATOR_DIRECTIONS, values.direction))
      errors['input.direction'] = 'Choose the intended direction';
    if (!oneOf(CUMULATIVE_CLASSES, values.cumulativeClass))
      errors['input.cumulativeClass'] = 'Choose how the figure adds up over time';
    if (values.source === 'SURVEY') {
      if (!oneOf(SURVEY_STATISTICS, values.surveyStatistic))
        errors['input.surveyStatistic'] = 'Choose the survey statistic';
      if (!SURVEY_ITEM_CODES.has(values.surveyItemCode))
        errors['input.surveyItemCode'] = 'Choose the survey item the statistic is about';
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const survey = values.source === 'SURVEY';
  return {
    ok: true,
    value: {
      code,
      name,
      definition,
      type: values.type as IndicatorType,
      source: values.source as IndicatorSource,
      unit,
      direction: values.direction as IndicatorDirection,
      cumulativeClass: values.cumulativeClass as CumulativeClass,
      allowedDisaggregations: [...values.allowedDisaggregations],
      frameworkElementIds: [...values.frameworkElementIds],
      ownerId: values.ownerId || null,
      surveyStatistic: survey ? (values.surveyStatistic as SurveyStatistic) : null,
      surveyItemCode: survey ? values.surveyItemCode : null,
      surveyId: survey ? values.surveyId : null,
    },
  };
}

/** Lists are chosen, not typed: a problem with one item ("input.frameworkElementIds.2") is the list's. */
export function normaliseFieldPaths(byPath: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(byPath)) {
    const key = path.replace(/^(input\.(?:allowedDisaggregations|frameworkElementIds))\..*$/, '$1');
    out[key] ??= message;
  }
  return out;
}
