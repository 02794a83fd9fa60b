import { PASSWORD_MIN_LENGTH } from '@lantern/domain';
import { actionMessage, type UserError } from '../../lib/errors';

function seconds(count: number): string {
  return count === 1 ? '1 second' : `${count} seconds`;
}

/** What the sign-in, sign-up and password pages say when the API slows someone down. */
export function tooManyAttemptsMessage(retryAfterSeconds: number | undefined): string {
  return retryAfterSeconds === undefined
    ? 'Too many attempts. Try again in a moment.'
    : `Too many attempts. Try again in ${seconds(retryAfterSeconds)}.`;
}

/**
 * A form-level message on the signed-out pages: the rate limit with its wait, otherwise the
 * API's own sentence (e.g. the same "wrong email or password" for either mistake), falling back
 * to the general explanation for network and server faults.
 */
export function authErrorMessage(userError: UserError): string {
  if (userError.code === 'RATE_LIMITED') {
    return tooManyAttemptsMessage(userError.retryAfterSeconds);
  }
  return actionMessage(userError);
}

/** The password rule, shown under every new-password field (the API enforces both parts). */
export const PASSWORD_RULE = `At least ${PASSWORD_MIN_LENGTH} characters; common passwords are refused.`;
