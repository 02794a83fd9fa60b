/**
 * The one error vocabulary shared by the API (which raises it) and the web app (which
 * explains it). GraphQL errors carry one of these in `extensions.code`.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  // Something that existed and is no longer open, such as a closed survey link (HTTP 410).
  'GONE',
  'RATE_LIMITED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A problem with one input field; `path` starts at the argument name, e.g. ['input', 'note']. */
export interface FieldError {
  path: string[];
  message: string;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
