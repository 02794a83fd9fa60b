import { z } from 'zod';

const code = z
  .string()
  .trim()
  .toUpperCase()
  .min(2, 'Enter a code of at least 2 characters')
  .max(40, 'Code must be at most 40 characters')
  .regex(/^[A-Z0-9][A-Z0-9_.-]*$/, 'Use letters, digits and _ . - only, e.g. AIM.1');

export const createFrameworkInputSchema = z.object({
  code,
  name: z.string().trim().min(2, 'Enter a name').max(160, 'Name must be at most 160 characters'),
  version: z
    .string()
    .trim()
    .max(40)
    .nullish()
    .transform((v) => v || null),
});

export const updateFrameworkInputSchema = z.object({
  id: z.string(),
  name: createFrameworkInputSchema.shape.name.optional(),
  version: createFrameworkInputSchema.shape.version.optional(),
});

export const addFrameworkElementInputSchema = z.object({
  frameworkId: z.string(),
  code,
  label: z.string().trim().min(2, 'Enter a label').max(200, 'Label must be at most 200 characters'),
  description: z
    .string()
    .trim()
    .max(1000, 'Description must be at most 1000 characters')
    .nullish()
    .transform((v) => v || null),
});

export const updateFrameworkElementInputSchema = z.object({
  id: z.string(),
  label: addFrameworkElementInputSchema.shape.label.optional(),
  description: addFrameworkElementInputSchema.shape.description.optional(),
});
