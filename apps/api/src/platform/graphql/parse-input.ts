import { parseWithFieldErrors } from '@lantern/domain';
import type { z } from 'zod';
import { BadUserInputError } from './app-errors';

/** Validates a GraphQL argument with a shared zod schema; BAD_USER_INPUT names every bad field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  root = 'input',
): z.output<S> {
  const result = parseWithFieldErrors(schema, value, root);
  if (!result.ok) throw new BadUserInputError(result.fieldErrors);
  return result.value;
}
