import { z } from 'zod';
import { postcodeSchema } from '../postcode';
import { guessPartnerType, normaliseName, parseUrn } from './import/normalise';
import { PARTNER_TYPES, type PartnerType } from './vocabulary';

export const PARTNER_NAME_MAX = 200;
export const PARTNER_NOTES_MAX = 4000;

/** Partner types that can have a DfE unique reference number (URN). */
export const PARTNER_TYPES_WITH_URN: readonly PartnerType[] = ['SCHOOL', 'COLLEGE'];

/** The key a partner's name is unique under within a museum (and imports match on). */
export function partnerNameKey(name: string): string {
  return normaliseName(name);
}

/** A blank or missing text becomes null; anything else is trimmed. */
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be at most ${max} characters`)
    .nullish()
    .transform((value) => value || null);

/**
 * A partner as the create and edit forms send it. The type may be left out: it is then
 * guessed from the name and URN. A URN is six digits and only schools and colleges have one.
 */
export const partnerInputSchema = z
  .object({
    name: z
      .string({ message: 'Enter the partner name' })
      .trim()
      .min(1, 'Enter the partner name')
      .max(PARTNER_NAME_MAX, `Name must be at most ${PARTNER_NAME_MAX} characters`),
    type: z.enum(PARTNER_TYPES).nullish(),
    urn: z
      .string()
      .nullish()
      .transform((value, ctx) => {
        const parsed = parseUrn(value ?? '');
        if (!parsed.ok) {
          ctx.addIssue({ code: 'custom', message: 'A URN has six digits, such as 100001' });
          return z.NEVER;
        }
        return parsed.value;
      }),
    postcode: z
      .string()
      .nullish()
      .transform((value, ctx) => {
        if (!value?.trim()) return null;
        const parsed = postcodeSchema.safeParse(value);
        if (!parsed.success) {
          ctx.addIssue({ code: 'custom', message: 'Enter a UK postcode like SW1A 1AA' });
          return z.NEVER;
        }
        return parsed.data;
      }),
    notes: optionalText(PARTNER_NOTES_MAX, 'Notes'),
  })
  .transform((partner) => ({
    ...partner,
    type: partner.type ?? guessPartnerType(partner.name, partner.urn),
    nameKey: partnerNameKey(partner.name),
  }))
  .superRefine((partner, ctx) => {
    if (partner.urn !== null && !PARTNER_TYPES_WITH_URN.includes(partner.type)) {
      ctx.addIssue({
        code: 'custom',
        path: ['urn'],
        message: 'Only schools and colleges have a URN',
      });
    }
  });

export type PartnerInput = z.output<typeof partnerInputSchema>;
