import { describe, expect, it } from 'vitest';
import { SURVEY_ITEM_CODES, SURVEY_ITEMS, itemCodeForIndicator, surveyItem } from './item-bank';
import { meanWithCi, netPromoterScore, roundTo, tCritical95 } from './statistics';
import {
  checkAnswers,
  followUpPurpose,
  normalisePairingCode,
  pairingCodeFrom,
  surveyInputSchema,
} from './surveys';

describe('item bank', () => {
  it('has wording, a child variant and a scale for every code', () => {
    expect(SURVEY_ITEMS.map((i) => i.code)).toEqual([...SURVEY_ITEM_CODES]);
    for (const entry of SURVEY_ITEMS) {
      expect(entry.statement.length).toBeGreaterThan(5);
      expect(entry.childStatement.length).toBeGreaterThan(5);
    }
    expect(surveyItem('ONS4_ANXIOUS')?.lowerIsBetter).toBe(true);
    expect(itemCodeForIndicator('NPS')).toBe('NPS_RECOMMEND');
    expect(itemCodeForIndicator('NOPE')).toBeNull();
  });
});

describe('checkAnswers', () => {
  const items = ['LO_KNOWLEDGE', 'ONS4_HAPPY', 'QD_CHALLENGE', 'FT_COMMENTS'];

  it('accepts answers on each scale and drops blank text', () => {
    const result = checkAnswers(items, [
      { itemCode: 'LO_KNOWLEDGE', value: 4 },
      { itemCode: 'ONS4_HAPPY', value: 0 },
      { itemCode: 'QD_CHALLENGE', value: 0.35 },
      { itemCode: 'FT_COMMENTS', text: '   ' },
    ]);
    expect(result).toEqual({
      ok: true,
      answers: [
        { itemCode: 'LO_KNOWLEDGE', value: 4, text: null },
        { itemCode: 'ONS4_HAPPY', value: 0, text: null },
        { itemCode: 'QD_CHALLENGE', value: 0.35, text: null },
      ],
    });
  });

  it('names the question in each error', () => {
    const result = checkAnswers(items, [
      { itemCode: 'LO_KNOWLEDGE', value: 6 },
      { itemCode: 'ONS4_HAPPY', value: 2.5 },
      { itemCode: 'QD_CHALLENGE', value: 0.355 },
      { itemCode: 'NPS_RECOMMEND', value: 9 },
      { itemCode: 'FT_COMMENTS', value: 3 },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual([
      {
        path: ['answers', 'LO_KNOWLEDGE'],
        message: 'Question 1 ("Knowledge and understanding") must be a whole number from 1 to 5',
      },
      {
        path: ['answers', 'ONS4_HAPPY'],
        message: 'Question 2 ("Happiness yesterday") must be a whole number from 0 to 10',
      },
      {
        path: ['answers', 'QD_CHALLENGE'],
        message: 'Question 3 ("Challenge") must be between 0 and 1, in steps of 0.01',
      },
      {
        path: ['answers', 'NPS_RECOMMEND'],
        message: 'NPS_RECOMMEND is not a question in this survey',
      },
      {
        path: ['answers', 'FT_COMMENTS'],
        message: 'Question 4 ("Comments") takes text, not a number',
      },
    ]);
  });

  it('refuses the same question twice', () => {
    const result = checkAnswers(items, [
      { itemCode: 'LO_KNOWLEDGE', value: 4 },
      { itemCode: 'LO_KNOWLEDGE', value: 5 },
    ]);
    expect(result.ok ? [] : result.fieldErrors.map((e) => e.message)).toEqual([
      'Question 1 ("Knowledge and understanding") is answered twice',
    ]);
  });
});

describe('pairing codes', () => {
  it('are six unambiguous characters and normalise typed variants', () => {
    const code = pairingCodeFrom([0, 1, 2, 3, 4, 255]);
    expect(code).toBe('ABCDEH');
    expect(normalisePairingCode(' abc-deh ')).toBe('ABCDEH');
    expect(normalisePairingCode('ABCDE0')).toBeNull();
    expect(normalisePairingCode('ABC')).toBeNull();
    expect(normalisePairingCode(null)).toBeNull();
  });
});

describe('surveyInputSchema', () => {
  it('needs exactly one of programme or session and defaults the waves', () => {
    const base = { title: 'Feedback', kind: 'SINGLE', itemCodes: ['LO_SKILLS'] };
    expect(surveyInputSchema.safeParse(base).success).toBe(false);
    expect(surveyInputSchema.safeParse({ ...base, programmeId: 'a', sessionId: 'b' }).success).toBe(
      false,
    );
    const parsed = surveyInputSchema.parse({ ...base, programmeId: 'a' });
    expect(parsed.followUpMonths).toEqual([3, 6, 12]);
    expect(parsed.sessionId).toBeNull();
    expect(
      surveyInputSchema.parse({ ...base, sessionId: 's', followUpMonths: [12, 1, 12] })
        .followUpMonths,
    ).toEqual([1, 12]);
  });

  it('says what the contact details are for', () => {
    expect(followUpPurpose([3, 6, 12])).toContain('3, 6 and 12 months');
  });
});

describe('statistics', () => {
  it('uses the t distribution for small samples', () => {
    expect(tCritical95(1)).toBe(12.706);
    expect(tCritical95(30)).toBe(2.042);
    expect(roundTo(tCritical95(60), 3)).toBe(2.0);
    expect(roundTo(tCritical95(120), 3)).toBe(1.98);
    const ci = meanWithCi(4, 3, 2);
    expect(roundTo(ci.ciLow, 4)).toBe(roundTo(3 - (3.182 * 2) / 2, 4));
    expect(meanWithCi(1, 3, null)).toEqual({ mean: 3, n: 1, ciLow: null, ciHigh: null });
    expect(meanWithCi(0, null, null).mean).toBeNull();
  });

  it('computes NPS as promoters minus detractors', () => {
    expect(netPromoterScore(10, 5, 2)).toBe(30);
    expect(netPromoterScore(0, 0, 0)).toBeNull();
  });
});
