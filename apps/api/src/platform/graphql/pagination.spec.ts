import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './pagination';

describe('keyset cursors', () => {
  it('round-trip', () => {
    const cursor = {
      at: new Date('2026-01-02T03:04:05.678Z'),
      id: '5b3c2f8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
    };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('reject anything we did not issue', () => {
    expect(decodeCursor('nonsense')).toBeNull();
    expect(decodeCursor(Buffer.from('["not a date","x"]').toString('base64url'))).toBeNull();
    expect(
      decodeCursor(Buffer.from('["2026-01-01T00:00:00Z","1; DROP TABLE"]').toString('base64url')),
    ).toBeNull();
  });
});
