import { describe, expect, it } from 'vitest';
import { toUserError } from './errors';
import { contentTypeOf, restErrorFromBody, UploadNetworkError } from './upload';

describe('uploads', () => {
  it('maps a REST error body onto the same messages and field errors as GraphQL', () => {
    const error = restErrorFromBody(400, {
      error: {
        code: 'BAD_USER_INPUT',
        message: '2 fields are invalid.',
        fieldErrors: [
          { path: ['row', '4', 'decile'], message: 'Decile must be 1 to 10' },
          { path: ['row', '6', 'postcode'], message: 'Enter a UK postcode like SW1A 1AA' },
        ],
      },
    });
    const userError = toUserError(error);
    expect(userError.code).toBe('BAD_USER_INPUT');
    expect(userError.fieldErrors).toEqual({
      'row.4.decile': 'Decile must be 1 to 10',
      'row.6.postcode': 'Enter a UK postcode like SW1A 1AA',
    });
    expect(userError.message).toBe('Please correct the 2 fields marked below.');
  });

  it('keeps the total count of problems a file upload reports', () => {
    const error = restErrorFromBody(400, {
      error: {
        code: 'BAD_USER_INPUT',
        message: 'The file has 250 problems; nothing was loaded. The first 100 are listed.',
        fieldErrors: [{ path: ['row', '4', 'decile'], message: 'Decile must be 1 to 10' }],
        errorCount: 250,
      },
    });
    expect(error.errors[0]?.extensions?.['errorCount']).toBe(250);
  });

  it('keeps the support reference of an internal error and treats an unreadable body by status', () => {
    const internal = toUserError(
      restErrorFromBody(500, {
        error: { code: 'INTERNAL', message: 'x', correlationId: 'abc-123' },
      }),
    );
    expect(internal.correlationId).toBe('abc-123');
    expect(toUserError(restErrorFromBody(502, null)).code).toBe('INTERNAL');
    expect(
      toUserError(restErrorFromBody(403, { error: { code: 'FORBIDDEN', message: 'No' } })).code,
    ).toBe('FORBIDDEN');
  });

  it('reports a failed connection as a network problem', () => {
    expect(toUserError(new UploadNetworkError()).code).toBe('NETWORK');
  });

  it('sends spreadsheets with their content type even when the browser gives none', () => {
    expect(contentTypeOf(new File(['a'], 'log.CSV', { type: '' }))).toBe('text/csv');
    expect(contentTypeOf(new File(['a'], 'log.xlsx', { type: '' }))).toMatch(/spreadsheetml/);
    expect(contentTypeOf(new File(['a'], 'notes.bin', { type: '' }))).toBe(
      'application/octet-stream',
    );
  });
});
