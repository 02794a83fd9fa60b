import { describe, expect, it } from 'vitest';
import { checkIndicator, emptyIndicatorValues, normaliseFieldPaths } from './form';

const valid = {
  ...emptyIndicatorValues(),
  code: ' teacher_confidence ',
  name: 'Teachers reporting increased confidence',
  definition: 'Teachers who say they are more confident.',
  type: 'PERCENTAGE',
  unit: '%',
};

describe('checkIndicator', () => {
  it('tidies a valid manual indicator into the API input, with no survey fields', () => {
    const checked = checkIndicator({
      ...valid,
      surveyStatistic: 'NPS',
      surveyItemCode: 'NPS_RECOMMEND',
    });
    expect(checked).toEqual({
      ok: true,
      value: expect.objectContaining({
        code: 'TEACHER_CONFIDENCE',
        source: 'MANUAL',
        ownerId: null,
        surveyStatistic: null,
        surveyItemCode: null,
        surveyId: null,
      }),
    });
  });

  it('names each missing or malformed field by its API path', () => {
    const checked = checkIndicator({ ...emptyIndicatorValues(), code: '9LIVES', source: 'SURVEY' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual([
      'input.code',
      'input.definition',
      'input.name',
      'input.surveyItemCode',
      'input.surveyStatistic',
      'input.type',
      'input.unit',
    ]);
    expect(checked.errors['input.code']).toMatch(/starting with a letter/);
  });

  it('refuses a built-in source for a new indicator and unknown survey items', () => {
    const checked = checkIndicator({
      ...valid,
      source: 'BUILT_IN',
    });
    expect(checked.ok ? null : checked.errors['input.source']).toBe(
      'Choose manual entry, survey or milestone',
    );
    const survey = checkIndicator({
      ...valid,
      source: 'SURVEY',
      surveyStatistic: 'MEAN_SCORE',
      surveyItemCode: 'MADE_UP',
    });
    expect(survey.ok ? null : survey.errors).toEqual({
      'input.surveyItemCode': 'Choose the survey item the statistic is about',
    });
  });

  it('checks nothing a built-in fixes', () => {
    expect(
      checkIndicator({ ...valid, source: 'BUILT_IN', code: 'SESSIONS_DELIVERED' }, true).ok,
    ).toBe(true);
  });
});

describe('normaliseFieldPaths', () => {
  it('puts a problem with one chosen item on its list', () => {
    expect(
      normaliseFieldPaths({
        'input.frameworkElementIds.2': 'Not one of your framework elements',
        'input.name': 'Enter the indicator name',
      }),
    ).toEqual({
      'input.frameworkElementIds': 'Not one of your framework elements',
      'input.name': 'Enter the indicator name',
    });
  });
});
