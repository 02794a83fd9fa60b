import { ApolloError } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { actionMessage, toUserError } from './errors';

function apiError(
  code: string,
  extensions: Record<string, unknown> = {},
  message = 'Server said no',
) {
  return new ApolloError({
    graphQLErrors: [new GraphQLError(message, { extensions: { code, ...extensions } })],
  });
}

describe('toUserError', () => {
  it('UNAUTHENTICATED asks the person to sign in again', () => {
    const error = toUserError(apiError('UNAUTHENTICATED'));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toBe('Your session has ended. Please sign in again.');
  });

  it('FORBIDDEN says they lack permission and who can help', () => {
    const error = toUserError(apiError('FORBIDDEN'));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/do not have permission.*admin in your organisation/);
  });

  it('NOT_FOUND says the thing could not be found', () => {
    expect(toUserError(apiError('NOT_FOUND')).message).toMatch(/could not find that/);
  });

  it('BAD_USER_INPUT returns field errors keyed by their path', () => {
    const error = toUserError(
      apiError('BAD_USER_INPUT', {
        fieldErrors: [
          { path: ['input', 'note'], message: 'The note must be 200 characters or fewer.' },
          { path: ['input', 'note'], message: 'A second, less useful message.' },
          { path: 'not-an-array', message: 'ignored' },
        ],
      }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fieldErrors).toEqual({
      'input.note': 'The note must be 200 characters or fewer.',
    });
    expect(error.message).toBe('Please correct the field marked below.');
  });

  it('BAD_USER_INPUT without field errors shows the server message', () => {
    const error = toUserError(apiError('BAD_USER_INPUT', {}, 'The period is already locked.'));
    expect(error.fieldErrors).toEqual({});
    expect(error.message).toBe('The period is already locked.');
  });

  it('GONE shows the server message, with a fallback', () => {
    const closed = toUserError(apiError('GONE', {}, 'This survey has closed.'));
    expect(closed.code).toBe('GONE');
    expect(closed.message).toBe('This survey has closed.');
    expect(actionMessage(closed)).toBe('This survey has closed.');
    expect(toUserError(apiError('GONE', {}, '')).message).toBe('This is no longer open.');
  });

  it('CONFLICT shows the server message, with a fallback', () => {
    expect(toUserError(apiError('CONFLICT', {}, 'That code is already in use.')).message).toBe(
      'That code is already in use.',
    );
    expect(toUserError(apiError('CONFLICT', {}, '')).message).toMatch(/clashes with a change/);
  });

  it('RATE_LIMITED says how long to wait', () => {
    const error = toUserError(apiError('RATE_LIMITED', { retryAfterSeconds: 30 }));
    expect(error.retryAfterSeconds).toBe(30);
    expect(error.message).toBe(
      'You are doing that too often. Please wait 30 seconds and try again.',
    );
    expect(toUserError(apiError('RATE_LIMITED', { retryAfterSeconds: 90 })).message).toContain(
      'wait 2 minutes',
    );
    expect(toUserError(apiError('RATE_LIMITED')).message).toContain('wait a moment');
  });

  it('keeps the server message for codes whose messages are written for people', () => {
    expect(
      toUserError(apiError('UNAUTHENTICATED', {}, 'That email or password is not right.'))
        .serverMessage,
    ).toBe('That email or password is not right.');
    expect(
      toUserError(apiError('NOT_FOUND', {}, 'This invitation has expired.')).serverMessage,
    ).toBe('This invitation has expired.');
    expect(toUserError(apiError('FORBIDDEN', {}, '')).serverMessage).toBeUndefined();
    expect(
      toUserError(apiError('INTERNAL', {}, 'relation "x" does not exist')).serverMessage,
    ).toBeUndefined();
  });

  it('INTERNAL hides the server message and gives the correlation id as a reference', () => {
    const error = toUserError(
      apiError('INTERNAL', { correlationId: 'c0ffee-42' }, 'relation "x" does not exist'),
    );
    expect(error.code).toBe('INTERNAL');
    expect(error.correlationId).toBe('c0ffee-42');
    expect(error.message).toContain('quote reference c0ffee-42');
    expect(error.message).not.toContain('relation');
    expect(error.detail).toContain('c0ffee-42');
  });

  it('reads GraphQL errors sent with a non-2xx status (e.g. CSRF prevention)', () => {
    const networkError = Object.assign(new Error('Response not successful'), {
      statusCode: 400,
      result: { errors: [{ message: 'Bad', extensions: { code: 'BAD_USER_INPUT' } }] },
    });
    const error = toUserError(new ApolloError({ networkError }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('Bad');
  });

  it('network failures say Lantern could not be reached', () => {
    const error = toUserError(new ApolloError({ networkError: new TypeError('Failed to fetch') }));
    expect(error.code).toBe('NETWORK');
    expect(error.message).toBe('We could not reach Lantern. Check your connection and try again.');
    expect(error.detail).toBe('TypeError: Failed to fetch');
  });

  it('a gateway error says Lantern is not responding', () => {
    const networkError = Object.assign(new Error('Bad gateway'), { statusCode: 502 });
    expect(toUserError(new ApolloError({ networkError })).message).toMatch(/not responding/);
  });

  it('unknown codes and plain errors fall back to a generic message', () => {
    expect(toUserError(apiError('TEAPOT')).message).toBe('Something went wrong. Please try again.');
    expect(toUserError(apiError('TEAPOT')).code).toBe('UNKNOWN');
    const plain = toUserError(new RangeError('Out of range'));
    expect(plain.message).toBe('Something went wrong. Please try again.');
    expect(plain.detail).toBe('RangeError: Out of range');
    expect(toUserError('just a string').detail).toBe('just a string');
  });
});

describe('actionMessage', () => {
  it('uses the field message rather than the path-prefixed server message', () => {
    const error = toUserError(
      apiError(
        'BAD_USER_INPUT',
        { fieldErrors: [{ path: ['input', 'token'], message: 'This invitation has expired.' }] },
        'input.token: This invitation has expired.',
      ),
    );
    expect(actionMessage(error)).toBe('This invitation has expired.');
  });

  it("uses the API's words for CONFLICT and NOT_FOUND, the mapped message for FORBIDDEN", () => {
    expect(actionMessage(toUserError(apiError('CONFLICT', {}, 'Needs an admin.')))).toBe(
      'Needs an admin.',
    );
    expect(actionMessage(toUserError(apiError('NOT_FOUND', {}, 'Invitation was not found.')))).toBe(
      'Invitation was not found.',
    );
    expect(actionMessage(toUserError(apiError('FORBIDDEN', {}, 'No.')))).toMatch(
      /Ask an admin in your organisation/,
    );
  });
});
