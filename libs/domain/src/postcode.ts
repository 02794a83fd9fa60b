import { z } from 'zod';

/** UK postcode, normalised to upper case with one space before the inward code. */
export const postcodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((value) => value.replace(/\s+/g, ''))
  .refine(
    (value) => /^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/.test(value),
    'Enter a UK postcode like SW1A 1AA',
  )
  .transform((value) => `${value.slice(0, -3)} ${value.slice(-3)}`);
