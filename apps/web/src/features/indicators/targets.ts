import type { IndicatorDirection, ScopeInput, SetTargetInput } from '../../gql/graphql';
import { ragRuleProblems } from './format';

/** The target editor's values, as typed. */
export interface TargetFormValues {
  periodKey: string;
  scope: ScopeInput;
  targetValue: string;
  baselineValue: string;
  baselineLabel: string;
  greenThreshold: string;
  amberThreshold: string;
  note: string;
}

export const TARGET_FIELDS = [
  'targetValue',
  'baselineValue',
  'baselineLabel',
  'greenThreshold',
  'amberThreshold',
  'note',
] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];

/** A number as typed ("1,200", "42.5"); null when blank, NaN when not a number. */
export function numberFromText(text: string): number | null {
  const tidy = text.replace(/,/g, '').trim();
  if (tidy === '') return null;
  const value = Number(tidy);
  return Number.isFinite(value) ? value : Number.NaN;
}

export type TargetCheck =
  { ok: true; value: SetTargetInput } | { ok: false; errors: Record<string, string> };

/** The browser's check of a target, errors keyed like the API's ("input.targetValue"). */
export function checkTarget(
  indicatorId: string,
  direction: IndicatorDirection,
  values: TargetFormValues,
): TargetCheck {
  const errors: Record<string, string> = {};
  const required = (field: TargetField, what: string) => {
    const value = numberFromText(values[field]);
    if (value === null) errors[`input.${field}`] = `Enter the ${what}`;
    else if (Number.isNaN(value)) errors[`input.${field}`] = `Enter the ${what} as a number`;
    return value ?? Number.NaN;
  };
  const targetValue = required('targetValue', 'target');
  const greenThreshold = required('greenThreshold', 'green threshold');
  const amberThreshold = required('amberThreshold', 'amber threshold');
  const baselineValue = numberFromText(values.baselineValue);
  if (baselineValue !== null && Number.isNaN(baselineValue))
    errors['input.baselineValue'] = 'Enter the baseline as a number, or leave it blank';
  if (values.baselineLabel.trim().length > 120)
    errors['input.baselineLabel'] = 'Keep the baseline label to 120 characters or fewer';
  if (values.note.trim().length > 2000)
    errors['input.note'] = 'Keep the note to 2000 characters or fewer';
  if (!errors['input.greenThreshold'] && !errors['input.amberThreshold']) {
    for (const [field, message] of Object.entries(
      ragRuleProblems({ direction, targetValue, greenThreshold, amberThreshold }),
    )) {
      errors[`input.${field}`] = message;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      indicatorId,
      scope: values.scope.kind === 'MUSEUM' ? { kind: 'MUSEUM' } : values.scope,
      period: { key: values.periodKey },
      targetValue,
      baselineValue,
      baselineLabel: values.baselineLabel.trim() || null,
      greenThreshold,
      amberThreshold,
      note: values.note.trim() || null,
    },
  };
}
