import type { ErrorCode, FieldError } from '@lantern/domain';
import { IntrinsicException } from '@nestjs/common';

/**
 * Errors a service raises on purpose. Each carries a code from the shared vocabulary; the
 * GraphQL layer turns them into `extensions.code` in one place (error-formatter.ts). They
 * extend Nest's IntrinsicException so Nest does not log them as crashes: they are answers.
 */
export abstract class AppError extends IntrinsicException {
  abstract readonly code: ErrorCode;
  readonly extensions: Record<string, unknown> = {};
}

export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in to continue.') {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You do not have permission to do that.') {
    super(message);
  }
}

export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor(what: string) {
    super(`${what} was not found.`);
  }
}

export class BadUserInputError extends AppError {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly fieldErrors: FieldError[]) {
    super(
      fieldErrors.length === 1 && fieldErrors[0]
        ? `${fieldErrors[0].path.join('.')}: ${fieldErrors[0].message}`
        : `${fieldErrors.length} fields are invalid.`,
    );
    this.extensions['fieldErrors'] = fieldErrors;
  }

  static field(path: string[], message: string): BadUserInputError {
    return new BadUserInputError([{ path, message }]);
  }
}

export class ConflictError extends AppError {
  readonly code = 'CONFLICT';
}

/** No longer open: a closed survey link. */
export class GoneError extends AppError {
  readonly code = 'GONE';
}

export class RateLimitedError extends AppError {
  readonly code = 'RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${retryAfterSeconds} seconds.`);
    this.extensions['retryAfterSeconds'] = retryAfterSeconds;
  }
}
