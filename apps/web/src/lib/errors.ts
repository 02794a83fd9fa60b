import { ApolloError } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { RestApiError, UploadNetworkError } from './upload';

/** The API's error vocabulary, carried in `errors[].extensions.code`. */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'GONE',
  'RATE_LIMITED',
  'INTERNAL',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export type UserErrorCode = ApiErrorCode | 'NETWORK' | 'UNKNOWN';

export interface UserError {
  code: UserErrorCode;
  /** A sentence for the person using Lantern: what happened and what to do next. */
  message: string;
  /** Field messages from BAD_USER_INPUT, keyed by the dotted path, such as "input.note". */
  fieldErrors: Record<string, string>;
  retryAfterSeconds?: number;
  /** Quote this to support: it finds the server's log entry for an INTERNAL error. */
  correlationId?: string;
  /** Technical detail for a "Show technical details" toggle; never shown by default. */
  detail: string;
  /**
   * The API's own sentence, for codes whose messages are written for people (everything but
   * INTERNAL, whose message never reaches the client). Forms that must show "the server's
   * message" (wrong email or password, an expired link) read this.
   */
  serverMessage?: string;
}

/** "Please correct the 3 fields marked below.", or null when nothing is marked. */
export function correctFieldsMessage(count: number): string | null {
  return count > 0
    ? `Please correct the ${count === 1 ? 'field' : `${count} fields`} marked below.`
    : null;
}

const FALLBACK_MESSAGE = 'Something went wrong. Please try again.';

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function describeWait(seconds: number): string {
  if (seconds < 60) {
    return seconds === 1 ? '1 second' : `${seconds} seconds`;
  }
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

function readFieldErrors(errors: readonly GraphQLFormattedError[]): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const error of errors) {
    const list = error.extensions?.['fieldErrors'];
    if (!Array.isArray(list)) {
      continue;
    }
    for (const item of list) {
      if (!isRecord(item) || !Array.isArray(item['path']) || typeof item['message'] !== 'string') {
        continue;
      }
      const key = item['path'].map(String).join('.');
      // Keep the first message for a field: it is usually the most basic problem.
      fieldErrors[key] ??= item['message'];
    }
  }
  return fieldErrors;
}

/** GraphQL errors, including those a server sends with a non-2xx status (read by HttpLink). */
function graphQLErrorsOf(error: ApolloError): readonly GraphQLFormattedError[] {
  if (error.graphQLErrors.length > 0) {
    return error.graphQLErrors;
  }
  const network = error.networkError;
  if (
    isRecord(network) &&
    isRecord(network['result']) &&
    Array.isArray(network['result']['errors'])
  ) {
    return network['result']['errors'] as GraphQLFormattedError[];
  }
  return [];
}

function fromGraphQLErrors(errors: readonly GraphQLFormattedError[]): UserError | null {
  const first = errors.find((error) => isApiErrorCode(error.extensions?.['code'])) ?? errors[0];
  if (!first) {
    return null;
  }
  const rawCode = first.extensions?.['code'];
  const code: UserErrorCode = isApiErrorCode(rawCode) ? rawCode : 'UNKNOWN';
  const serverMessage = first.message?.trim() ?? '';
  const detail = `${typeof rawCode === 'string' ? rawCode : 'ERROR'}: ${serverMessage}`;
  const base = {
    code,
    fieldErrors: {},
    detail,
    serverMessage:
      code !== 'INTERNAL' && code !== 'UNKNOWN' && serverMessage !== '' ? serverMessage : undefined,
  };

  switch (code) {
    case 'UNAUTHENTICATED':
      return { ...base, message: 'Your session has ended. Please sign in again.' };
    case 'FORBIDDEN':
      return {
        ...base,
        message:
          'You do not have permission to do that. Ask an admin in your organisation if you need access.',
      };
    case 'NOT_FOUND':
      return {
        ...base,
        message:
          'We could not find that. It may have been deleted, or the link may be out of date.',
      };
    case 'BAD_USER_INPUT': {
      const fieldErrors = readFieldErrors(errors);
      const count = Object.keys(fieldErrors).length;
      const message =
        correctFieldsMessage(count) ??
        (serverMessage || 'Please check what you entered and try again.');
      return { ...base, fieldErrors, message };
    }
    case 'CONFLICT':
      return {
        ...base,
        message:
          serverMessage ||
          'This clashes with a change made elsewhere. Reload to see the latest version, then try again.',
      };
    case 'GONE':
      return {
        ...base,
        message: serverMessage || 'This is no longer open.',
      };
    case 'RATE_LIMITED': {
      const retryAfter = first.extensions?.['retryAfterSeconds'];
      const retryAfterSeconds =
        typeof retryAfter === 'number' && Number.isFinite(retryAfter) && retryAfter > 0
          ? Math.ceil(retryAfter)
          : undefined;
      return {
        ...base,
        retryAfterSeconds,
        message:
          retryAfterSeconds === undefined
            ? 'You are doing that too often. Please wait a moment and try again.'
            : `You are doing that too often. Please wait ${describeWait(retryAfterSeconds)} and try again.`,
      };
    }
    case 'INTERNAL': {
      const rawId = first.extensions?.['correlationId'];
      const correlationId = typeof rawId === 'string' && rawId !== '' ? rawId : undefined;
      return {
        ...base,
        correlationId,
        detail: correlationId ? `${detail} (reference ${correlationId})` : detail,
        message: correlationId
          ? `Something went wrong on our side. Please try again. If it keeps happening, contact support and quote reference ${correlationId}.`
          : 'Something went wrong on our side. Please try again.',
      };
    }
    default:
      return { ...base, message: FALLBACK_MESSAGE };
  }
}

function networkMessage(networkError: unknown): string {
  const status = isRecord(networkError) ? networkError['statusCode'] : undefined;
  if (typeof status === 'number' && status >= 502 && status <= 504) {
    return 'Lantern is not responding at the moment. Please try again in a minute.';
  }
  return 'We could not reach Lantern. Check your connection and try again.';
}

/**
 * Turns anything thrown by Apollo (or otherwise) into a message for the person using Lantern,
 * with the field errors, retry delay and support reference the API sent.
 */
export function toUserError(error: unknown): UserError {
  if (error instanceof RestApiError) {
    const fromServer = fromGraphQLErrors(error.errors);
    if (fromServer) return fromServer;
  }
  if (error instanceof UploadNetworkError) {
    return {
      code: 'NETWORK',
      message: `${error.message}. Check your connection and try again.`,
      fieldErrors: {},
      detail: `${error.name}: ${error.message}`,
    };
  }
  if (error instanceof ApolloError) {
    const fromServer = fromGraphQLErrors(graphQLErrorsOf(error));
    if (fromServer) {
      return fromServer;
    }
    if (error.networkError) {
      return {
        code: 'NETWORK',
        message: networkMessage(error.networkError),
        fieldErrors: {},
        detail: `${error.networkError.name}: ${error.networkError.message}`,
      };
    }
    return { code: 'UNKNOWN', message: FALLBACK_MESSAGE, fieldErrors: {}, detail: error.message };
  }
  if (error instanceof Error) {
    return {
      code: 'UNKNOWN',
      message: FALLBACK_MESSAGE,
      fieldErrors: {},
      detail: `${error.name}: ${error.message}`,
    };
  }
  return { code: 'UNKNOWN', message: FALLBACK_MESSAGE, fieldErrors: {}, detail: String(error) };
}

/**
 * One sentence for a failed action: the API's own words where they are written for people
 * (a BAD_USER_INPUT field message, CONFLICT, GONE, NOT_FOUND, UNAUTHENTICATED), the mapped message
 * otherwise (FORBIDDEN with its advice, RATE_LIMITED with the wait, network and server faults).
 */
export function actionMessage(userError: UserError): string {
  switch (userError.code) {
    case 'BAD_USER_INPUT':
      return (
        Object.values(userError.fieldErrors)[0] ?? userError.serverMessage ?? userError.message
      );
    case 'CONFLICT':
    case 'GONE':
    case 'NOT_FOUND':
    case 'UNAUTHENTICATED':
      return userError.serverMessage ?? userError.message;
    default:
      return userError.message;
  }
}
