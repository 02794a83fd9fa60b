import type { z } from 'zod';
import type { FieldError } from './errors';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldError[] };

/**
 * Parse `value` with a zod schema and turn every issue into a FieldError whose path starts
 * with `root` (the GraphQL argument name), so clients can put the message beside the field.
 */
export function parseWithFieldErrors<S extends z.ZodType>(
  schema: S,
  value: unknown,
  root = 'input',
): ParseResult<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    fieldErrors: result.error.issues.map((issue) => ({
      path: [root, ...issue.path.map((segment) => String(segment))],
      message: issue.message,
    })),
  };
}
