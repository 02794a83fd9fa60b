import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { BadUserInputError, ConflictError, NotFoundError, RateLimitedError } from './app-errors';
import { createErrorFormatter } from './error-formatter';

function resolverError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['thing'], originalError: original });
}

describe('createErrorFormatter', () => {
  const logger = { error: vi.fn() };
  const format = createErrorFormatter(logger);

  it('keeps the code and safe extensions of our own errors', () => {
    const error = BadUserInputError.field(['input', 'name'], 'is required');
    expect(format({ message: 'x', path: ['thing'] }, resolverError(error))).toEqual({
      message: 'input.name: is required',
      path: ['thing'],
      locations: undefined,
      extensions: {
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ path: ['input', 'name'], message: 'is required' }],
      },
    });
    expect(
      format({ message: 'x' }, resolverError(new NotFoundError('Programme'))).extensions,
    ).toEqual({
      code: 'NOT_FOUND',
    });
    expect(format({ message: 'x' }, resolverError(new RateLimitedError(42))).extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 42,
    });
    expect(format({ message: 'x' }, resolverError(new ConflictError('taken'))).message).toBe(
      'taken',
    );
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('hides unexpected errors behind INTERNAL with a logged correlation id', () => {
    const formatted = format(
      {
        message: 'relation "secret_table" does not exist',
        path: ['thing'],
        extensions: { stacktrace: ['at x'] },
      },
      resolverError(new Error('relation "secret_table" does not exist')),
    );
    expect(formatted.extensions?.['code']).toBe('INTERNAL');
    const correlationId = formatted.extensions?.['correlationId'];
    expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(formatted.message).toContain(String(correlationId));
    expect(formatted.message).not.toContain('secret_table');
    expect(formatted.extensions).not.toHaveProperty('stacktrace');
    expect(logger.error).toHaveBeenCalledWith(
      expect.objectContaining({ correlationId }),
      expect.any(String),
    );
  });

  it('maps request-level failures from Apollo onto BAD_USER_INPUT', () => {
    const formatted = format(
      {
        message: 'Cannot query field "nope"',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: [] },
      },
      new GraphQLError('Cannot query field "nope"'),
    );
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});
