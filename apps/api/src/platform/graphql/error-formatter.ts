import { randomUUID } from 'node:crypto';
import { isErrorCode, type ErrorCode } from '@lantern/domain';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { AppError } from './app-errors';

export interface ErrorLogger {
  error(object: Record<string, unknown>, message: string): void;
}

/** Errors that Apollo and graphql-js raise before any resolver runs, mapped to our codes. */
const APOLLO_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
};

/**
 * The single place where errors become GraphQL responses. Known errors keep their code and
 * safe extensions; anything unexpected becomes INTERNAL with a correlation id that is also
 * logged, and never exposes a message or a stack.
 */
export function createErrorFormatter(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
    };

    if (original instanceof AppError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: original.code, ...original.extensions },
      };
    }

    const httpError = asNestHttpException(original);
    if (httpError)
      return { ...base, message: httpError.message, extensions: { code: httpError.code } };

    const existing = formatted.extensions?.['code'];
    if (typeof existing === 'string' && APOLLO_CODES[existing]) {
      const extra = pickSafeExtensions(formatted.extensions);
      return { ...base, extensions: { ...extra, code: APOLLO_CODES[existing] } };
    }
    if (typeof existing === 'string' && isErrorCode(existing) && existing !== 'INTERNAL') {
      return {
        ...base,
        extensions: { ...pickSafeExtensions(formatted.extensions), code: existing },
      };
    }
    if (original instanceof GraphQLError && !original.originalError && !original.path) {
      // A request-level error raised by graphql-js itself (e.g. our depth/cost rules).
      return {
        ...base,
        extensions: { ...pickSafeExtensions(formatted.extensions), code: 'BAD_USER_INPUT' },
      };
    }

    const correlationId = randomUUID();
    logger.error(
      { err: original, correlationId, path: formatted.path },
      'Unhandled error in GraphQL operation',
    );
    return {
      message: `Something went wrong on our side. Quote reference ${correlationId} if you contact support.`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL', correlationId },
    };
  };
}

function pickSafeExtensions(
  extensions: Record<string, unknown> | undefined,
): Record<string, unknown> {
  if (!extensions) return {};
  const { stacktrace: _stacktrace, exception: _exception, http: _http, ...rest } = extensions;
  return rest;
}

/** Nest's guards and pipes throw HttpExceptions; map their status onto our vocabulary. */
function asNestHttpException(error: unknown): { code: ErrorCode; message: string } | null {
  if (!error || typeof error !== 'object' || !('getStatus' in error)) return null;
  const getStatus = (error as { getStatus: unknown }).getStatus;
  if (typeof getStatus !== 'function') return null;
  const status = Number(getStatus.call(error));
  const message = error instanceof Error ? error.message : 'Request failed';
  const code: ErrorCode =
    status === 401
      ? 'UNAUTHENTICATED'
      : status === 403
        ? 'FORBIDDEN'
        : status === 404
          ? 'NOT_FOUND'
          : status === 409
            ? 'CONFLICT'
            : status === 429
              ? 'RATE_LIMITED'
              : status >= 400 && status < 500
                ? 'BAD_USER_INPUT'
                : 'INTERNAL';
  return code === 'INTERNAL' ? null : { code, message };
}
