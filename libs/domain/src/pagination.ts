import { z } from 'zod';

/** Cursor pagination limits shared by every connection. */
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

export const pageArgsSchema = z.object({
  first: z
    .number()
    .int('first must be a whole number')
    .min(1, 'first must be at least 1')
    .max(PAGE_SIZE_MAX, `first must be at most ${PAGE_SIZE_MAX}`)
    .default(PAGE_SIZE_DEFAULT),
  after: z.string().min(1).nullish(),
});
