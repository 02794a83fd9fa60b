import { z } from 'zod';
import { isoDateSchema } from '../activity/programmes';
import {
  COMMITMENT_STATUSES,
  CONSENT_STATUSES,
  consentPermitsPublishing,
  DEFAULT_REVIEW_WINDOW_DAYS,
  EVIDENCE_KINDS,
  type EvidenceKind,
} from './vocabulary';

export const EVIDENCE_TITLE_MAX = 200;
export const EVIDENCE_BODY_MAX = 20000;
export const PROOF_TEXT_MAX = 4000;
export const COMMITMENT_TITLE_MAX = 300;

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be at most ${max} characters`)
    .nullish()
    .transform((value) => value || null);

const requiredText = (max: number, missing: string, what: string) =>
  z
    .string({ message: missing })
    .trim()
    .min(1, missing)
    .max(max, `${what} must be at most ${max} characters`);

const optionalDate = isoDateSchema.nullish().transform((value) => value ?? null);

/** Kinds whose substance is words: they need a body. */
const KINDS_WITH_TEXT: readonly EvidenceKind[] = ['QUOTE', 'STORY', 'OBSERVATION'];

const BODY_MISSING: Partial<Record<EvidenceKind, string>> = {
  QUOTE: 'Enter the words of the quote',
  STORY: 'Tell the story',
  OBSERVATION: 'Enter the observation notes',
};

/**
 * Evidence as the add and edit forms send it (tags are checked by the API: they must be the
 * museum's own). Publishable only when consent permits it; obtained consent says who gave it.
 */
export const evidenceInputSchema = z
  .object({
    kind: z.enum(EVIDENCE_KINDS, { message: 'Choose what kind of evidence this is' }),
    title: requiredText(EVIDENCE_TITLE_MAX, 'Enter a title', 'Title'),
    body: optionalText(EVIDENCE_BODY_MAX, 'The text'),
    occurredOn: isoDateSchema,
    consentStatus: z.enum(CONSENT_STATUSES, { message: 'Choose the consent status' }),
    consentGivenBy: optionalText(200, 'Who gave consent'),
    consentGivenOn: optionalDate,
    consentNote: optionalText(PROOF_TEXT_MAX, 'The consent note'),
    publishable: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
  })
  .superRefine((evidence, ctx) => {
    if (KINDS_WITH_TEXT.includes(evidence.kind) && !evidence.body) {
      ctx.addIssue({
        code: 'custom',
        path: ['body'],
        message: BODY_MISSING[evidence.kind] ?? 'Enter the text',
      });
    }
    if (evidence.publishable && !consentPermitsPublishing(evidence.consentStatus)) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishable'],
        message:
          evidence.consentStatus === 'WITHDRAWN'
            ? 'Consent was withdrawn: this evidence cannot be publishable'
            : 'Only evidence with consent obtained (or not needed) can be publishable: record the consent first',
      });
    }
    if (evidence.consentStatus === 'OBTAINED' && !evidence.consentGivenBy) {
      ctx.addIssue({
        code: 'custom',
        path: ['consentGivenBy'],
        message: 'Say who gave consent (for example the participant, or a parent or guardian)',
      });
    }
    if (evidence.consentStatus === 'OBTAINED' && !evidence.consentGivenOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['consentGivenOn'],
        message: 'Enter when consent was given',
      });
    }
  });

export type EvidenceInput = z.output<typeof evidenceInputSchema>;

/** A commitment as the create and edit forms send it (element and owner checked by the API). */
export const commitmentInputSchema = z.object({
  title: requiredText(COMMITMENT_TITLE_MAX, 'Enter what the museum commits to', 'Title'),
  description: optionalText(PROOF_TEXT_MAX, 'The description'),
  reviewDate: optionalDate,
  reviewWindowDays: z
    .number({ message: 'Enter a number of days' })
    .int('Enter a whole number of days')
    .min(7, 'The review window is at least 7 days')
    .max(730, 'The review window is at most 730 days (two years)')
    .nullish()
    .transform((value) => value ?? DEFAULT_REVIEW_WINDOW_DAYS),
  status: z
    .enum(COMMITMENT_STATUSES, { message: 'Choose a status' })
    .nullish()
    .transform((value) => value ?? 'PLANNED'),
});

export type CommitmentInput = z.output<typeof commitmentInputSchema>;

/** An action log entry as "Record an action" (and "Correct this entry") send it. */
export const actionEntryInputSchema = z.object({
  occurredOn: isoDateSchema,
  whatWasDone: requiredText(PROOF_TEXT_MAX, 'Say what was done', 'What was done'),
  withWhom: optionalText(1000, 'With whom'),
  observedEffect: optionalText(PROOF_TEXT_MAX, 'The observed effect'),
  nextStep: optionalText(PROOF_TEXT_MAX, 'The next step'),
});

export type ActionEntryInput = z.output<typeof actionEntryInputSchema>;
