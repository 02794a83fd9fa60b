import { describe, expect, it } from 'vitest';
import { parseWithFieldErrors } from '../validation';
import { actionEntryInputSchema, commitmentInputSchema, evidenceInputSchema } from './schemas';

const quote = {
  kind: 'QUOTE',
  title: 'A visitor',
  body: 'Words',
  occurredOn: '2025-06-14',
  consentStatus: 'NOT_NEEDED',
};

const errorsOf = (schema: Parameters<typeof parseWithFieldErrors>[0], value: unknown) => {
  const result = parseWithFieldErrors(schema, value, 'input');
  return result.ok ? [] : result.fieldErrors.map((e) => `${e.path.join('.')}: ${e.message}`);
};

describe('evidenceInputSchema', () => {
  it('lets evidence be publishable only when consent permits', () => {
    expect(errorsOf(evidenceInputSchema, { ...quote, publishable: true })).toEqual([]);
    expect(
      errorsOf(evidenceInputSchema, { ...quote, consentStatus: 'NOT_OBTAINED', publishable: true }),
    ).toEqual([
      'input.publishable: Only evidence with consent obtained (or not needed) can be publishable: record the consent first',
    ]);
    expect(
      errorsOf(evidenceInputSchema, { ...quote, consentStatus: 'WITHDRAWN', publishable: true }),
    ).toEqual(['input.publishable: Consent was withdrawn: this evidence cannot be publishable']);
  });

  it('asks who gave obtained consent and when, and for the words of a quote', () => {
    expect(
      errorsOf(evidenceInputSchema, { ...quote, body: ' ', consentStatus: 'OBTAINED' }),
    ).toEqual([
      'input.body: Enter the words of the quote',
      'input.consentGivenBy: Say who gave consent (for example the participant, or a parent or guardian)',
      'input.consentGivenOn: Enter when consent was given',
    ]);
  });

  it('needs no words for a photo, and defaults to not publishable', () => {
    const result = evidenceInputSchema.parse({ ...quote, kind: 'PHOTO', body: '' });
    expect(result).toMatchObject({ body: null, publishable: false });
  });
});

describe('commitmentInputSchema', () => {
  it('defaults the window to 90 days and the status to planned, and bounds the window', () => {
    expect(commitmentInputSchema.parse({ title: 'Do it' })).toMatchObject({
      reviewWindowDays: 90,
      status: 'PLANNED',
      reviewDate: null,
    });
    expect(errorsOf(commitmentInputSchema, { title: 'Do it', reviewWindowDays: 1000 })).toEqual([
      'input.reviewWindowDays: The review window is at most 730 days (two years)',
    ]);
  });
});

describe('actionEntryInputSchema', () => {
  it('needs a real date and what was done', () => {
    expect(errorsOf(actionEntryInputSchema, { occurredOn: '2025-02-30', whatWasDone: '' })).toEqual(
      [expect.stringMatching(/^input\.occurredOn: /), 'input.whatWasDone: Say what was done'],
    );
  });
});
