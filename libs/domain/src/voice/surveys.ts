import { z } from 'zod';
import type { FieldError } from '../errors';
import { SCALE_RANGE, SURVEY_ITEM_CODES, surveyItem, type SurveyItemCode } from './item-bank';

export const SURVEY_KINDS = ['SINGLE', 'PRE_POST'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];
export const SURVEY_KIND_LABELS: Record<SurveyKind, string> = {
  SINGLE: 'Single (after only)',
  PRE_POST: 'Before and after (paired)',
};

export const SURVEY_STATUSES = ['DRAFT', 'OPEN', 'CLOSED'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const SURVEY_STATUS_LABELS: Record<SurveyStatus, string> = {
  DRAFT: 'Draft',
  OPEN: 'Open',
  CLOSED: 'Closed',
};

/** Which wave a response belongs to. */
export const SURVEY_WAVES = ['SINGLE', 'PRE', 'POST', 'FOLLOW_UP'] as const;
export type SurveyWave = (typeof SURVEY_WAVES)[number];
export const SURVEY_WAVE_LABELS: Record<SurveyWave, string> = {
  SINGLE: 'Responses',
  PRE: 'Before',
  POST: 'After',
  FOLLOW_UP: 'Follow-up',
};

/** Who gave consent to be contacted: the participant, or a parent or guardian (under 16s). */
export const CONSENT_GIVERS = ['SELF', 'PARENT_GUARDIAN'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];
export const CONSENT_GIVER_LABELS: Record<ConsentGiver, string> = {
  SELF: 'Themselves',
  PARENT_GUARDIAN: 'Parent or guardian',
};
export const LAWFUL_BASES = ['CONSENT'] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];

export const FOLLOW_UP_STATUSES = ['PENDING', 'SENT', 'RESPONDED', 'CANCELLED'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const DEFAULT_FOLLOW_UP_MONTHS = [3, 6, 12] as const;
export const SURVEY_TITLE_MAX = 200;
export const SURVEY_INTRO_MAX = 2000;
export const SURVEY_ITEMS_MAX = 30;
export const FREE_TEXT_MAX = 2000;

/** The purpose shown beside the contact question, and kept with the consent record. */
export function followUpPurpose(months: readonly number[]): string {
  const list =
    months.length <= 1
      ? `${months[0] ?? 3}`
      : `${months.slice(0, -1).join(', ')} and ${months[months.length - 1]}`;
  return `To ask you a few short questions about how this affected you, ${list} months from now.`;
}

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be at most ${max} characters`)
    .nullish()
    .transform((value) => value || null);

/** A survey as the builder sends it (create and update). */
export const surveyInputSchema = z
  .object({
    title: z
      .string({ message: 'Enter a title' })
      .trim()
      .min(1, 'Enter a title')
      .max(SURVEY_TITLE_MAX, `Title must be at most ${SURVEY_TITLE_MAX} characters`),
    intro: optionalText(SURVEY_INTRO_MAX, 'Introduction'),
    programmeId: z.string().nullish(),
    sessionId: z.string().nullish(),
    kind: z.enum(SURVEY_KINDS, { message: 'Choose single or before and after' }),
    itemCodes: z
      .array(z.enum(SURVEY_ITEM_CODES, { message: 'is not a question in the item bank' }), {
        message: 'Choose at least one question',
      })
      .min(1, 'Choose at least one question')
      .max(SURVEY_ITEMS_MAX, `A survey has at most ${SURVEY_ITEMS_MAX} questions`)
      .refine((codes) => new Set(codes).size === codes.length, 'Each question can appear once'),
    closesAt: z.coerce.date({ message: 'Enter a valid date and time' }).nullish(),
    offersFollowUp: z.boolean().default(false),
    followUpMonths: z
      .array(
        z
          .number()
          .int('Months are whole numbers')
          .min(1, 'A wave is at least 1 month after')
          .max(36, 'A wave is at most 36 months after'),
      )
      .max(6, 'At most 6 follow-up waves')
      .nullish()
      .transform((months) =>
        months && months.length
          ? [...new Set(months)].sort((a, b) => a - b)
          : [...DEFAULT_FOLLOW_UP_MONTHS],
      ),
  })
  .superRefine((value, ctx) => {
    const linked = [value.programmeId, value.sessionId].filter(Boolean).length;
    if (linked !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['programmeId'],
        message: 'Link the survey to one programme or one session',
      });
    }
  })
  .transform((value) => ({
    ...value,
    programmeId: value.programmeId || null,
    sessionId: value.sessionId || null,
    closesAt: value.closesAt ?? null,
  }));
export type SurveyInput = z.output<typeof surveyInputSchema>;

/** One answer as the public form sends it: a number for scales, text for free text. */
export const publicAnswerSchema = z.object({
  itemCode: z.string(),
  value: z.number().nullish(),
  text: z.string().nullish(),
});

export const publicResponseSchema = z.object({
  wave: z.enum(['PRE', 'POST']).nullish(),
  pairingCode: z.string().max(20).nullish(),
  followUpToken: z.string().max(100).nullish(),
  answers: z.array(publicAnswerSchema).max(SURVEY_ITEMS_MAX, 'Too many answers'),
});
export type PublicResponseInput = z.infer<typeof publicResponseSchema>;

export const followUpConsentSchema = z.object({
  email: z
    .string({ message: 'Enter your email address' })
    .trim()
    .toLowerCase()
    .max(254, 'Email address is too long')
    .pipe(z.email({ message: 'Enter an email address like name@example.org' })),
  givenBy: z.enum(CONSENT_GIVERS, { message: 'Say who is giving consent' }),
  agreed: z.literal(true, { message: 'Tick the box to agree to be contacted' }),
});
export type FollowUpConsentInput = z.infer<typeof followUpConsentSchema>;

export interface CheckedAnswer {
  itemCode: SurveyItemCode;
  value: number | null;
  text: string | null;
}

/**
 * Checks answers against a survey's questions: every question is optional, each answer must
 * belong to the survey, once, and fit its scale. Errors name the question by its position
 * and wording, under `answers.<itemCode>`.
 */
export function checkAnswers(
  itemCodes: readonly string[],
  answers: ReadonlyArray<{ itemCode: string; value?: number | null; text?: string | null }>,
): { ok: true; answers: CheckedAnswer[] } | { ok: false; fieldErrors: FieldError[] } {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const checked: CheckedAnswer[] = [];
  for (const answer of answers) {
    const path = ['answers', answer.itemCode];
    const position = itemCodes.indexOf(answer.itemCode);
    const bankItem = surveyItem(answer.itemCode);
    if (position < 0 || !bankItem) {
      errors.push({ path, message: `${answer.itemCode} is not a question in this survey` });
      continue;
    }
    const name = `Question ${position + 1} ("${bankItem.label}")`;
    if (seen.has(answer.itemCode)) {
      errors.push({ path, message: `${name} is answered twice` });
      continue;
    }
    seen.add(answer.itemCode);
    if (bankItem.scale === 'FREE_TEXT') {
      const text = answer.text?.trim() ?? '';
      if (answer.value !== null && answer.value !== undefined) {
        errors.push({ path, message: `${name} takes text, not a number` });
      } else if (text.length > FREE_TEXT_MAX) {
        errors.push({ path, message: `${name} must be at most ${FREE_TEXT_MAX} characters` });
      } else if (text) {
        checked.push({ itemCode: bankItem.code, value: null, text });
      }
      continue;
    }
    const value = answer.value;
    if (value === null || value === undefined) {
      if (answer.text?.trim()) errors.push({ path, message: `${name} takes a number, not text` });
      continue;
    }
    const [low, high] = SCALE_RANGE[bankItem.scale];
    const stepOk =
      bankItem.scale === 'ZERO_ONE'
        ? Math.abs(Math.round(value * 100) - value * 100) < 1e-9
        : Number.isInteger(value);
    if (!Number.isFinite(value) || value < low || value > high || !stepOk) {
      errors.push({
        path,
        message:
          bankItem.scale === 'ZERO_ONE'
            ? `${name} must be between 0 and 1, in steps of 0.01`
            : `${name} must be a whole number from ${low} to ${high}`,
      });
      continue;
    }
    checked.push({
      itemCode: bankItem.code,
      value: bankItem.scale === 'ZERO_ONE' ? Math.round(value * 100) / 100 : value,
      text: null,
    });
  }
  return errors.length ? { ok: false, fieldErrors: errors } : { ok: true, answers: checked };
}

/** Pairing codes: 6 characters with no look-alikes (no 0/O, 1/I/L). */
export const PAIRING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_LENGTH = 6;

/** A new pairing code from random bytes (pass crypto.getRandomValues or randomBytes output). */
export function pairingCodeFrom(bytes: ArrayLike<number>): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i += 1) {
    code += PAIRING_ALPHABET[(bytes[i] ?? 0) % PAIRING_ALPHABET.length];
  }
  return code;
}

/** The canonical form of a typed code (case, spaces and dashes ignored), or null if not a code. */
export function normalisePairingCode(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const code = raw.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== PAIRING_CODE_LENGTH) return null;
  for (const char of code) if (!PAIRING_ALPHABET.includes(char)) return null;
  return code;
}
