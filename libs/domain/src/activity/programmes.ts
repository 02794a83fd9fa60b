import { z } from 'zod';
import { AUDIENCE_TYPES, PROGRAMME_STATUSES, PROGRAMME_STRANDS } from './vocabulary';

/** A calendar date as ISO YYYY-MM-DD that really exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'This is not a real date');

const uuid = z.string().regex(/^[0-9a-f-]{36}$/i, 'is not an id');

export const funderSchema = z.object({
  name: z.string().trim().min(1, 'Enter the funder').max(200),
  grantReference: z
    .string()
    .trim()
    .max(100)
    .nullish()
    .transform((v) => v || null),
  /** Whole pounds and pence as a decimal string or number, stored in pence. */
  amountPence: z
    .number()
    .int('Amount must be in whole pence')
    .min(0, 'Amount cannot be negative')
    .max(1e12)
    .nullish()
    .transform((v) => v ?? null),
  periodStart: isoDateSchema.nullish().transform((v) => v ?? null),
  periodEnd: isoDateSchema.nullish().transform((v) => v ?? null),
});

export const planPeriodSchema = z
  .object({
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    plannedSessions: z
      .number()
      .int('Enter a whole number')
      .min(0, 'Cannot be negative')
      .max(100000),
    plannedReach: z.number().int('Enter a whole number').min(0, 'Cannot be negative').max(10000000),
  })
  .refine((p) => p.periodEnd >= p.periodStart, {
    message: 'The period must end on or after it starts',
    path: ['periodEnd'],
  });

export const programmeInputSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, 'Enter the programme name')
      .max(160, 'Name must be at most 160 characters'),
    strand: z.enum(PROGRAMME_STRANDS),
    aims: z
      .string()
      .trim()
      .max(4000, 'Aims must be at most 4000 characters')
      .nullish()
      .transform((v) => v || null),
    status: z.enum(PROGRAMME_STATUSES).default('PLANNED'),
    startDate: isoDateSchema,
    endDate: isoDateSchema.nullish().transform((v) => v ?? null),
    leadUserId: uuid.nullish().transform((v) => v ?? null),
    targetAudiences: z.array(z.enum(AUDIENCE_TYPES)).max(AUDIENCE_TYPES.length).default([]),
    siteIds: z.array(uuid).max(100).default([]),
    frameworkElementIds: z.array(uuid).max(200).default([]),
    funders: z.array(funderSchema).max(50).default([]),
    plan: z.array(planPeriodSchema).max(200).default([]),
  })
  .refine((p) => !p.endDate || p.endDate >= p.startDate, {
    message: 'The programme must end on or after it starts',
    path: ['endDate'],
  });

export type ProgrammeInput = z.output<typeof programmeInputSchema>;
