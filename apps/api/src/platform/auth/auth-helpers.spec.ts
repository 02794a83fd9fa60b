import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './common-passwords';
import { readCookie } from './cookies';
import { hashToken, newToken } from './tokens';

describe('isCommonPassword', () => {
  it('knows the usual suspects in any case', () => {
    for (const password of ['password', 'Password', '123456789012', 'qwertyuiop', 'iloveyou']) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it('sees through a common word padded with digits or doubled', () => {
    expect(isCommonPassword('password1234')).toBe(true);
    expect(isCommonPassword('dragondragon')).toBe(true);
    expect(isCommonPassword('sunshine2024!')).toBe(true);
  });

  it('accepts a long passphrase', () => {
    expect(isCommonPassword('quiet-galleries-at-dusk')).toBe(false);
    expect(isCommonPassword('tide-pools-and-trilobites')).toBe(false);
  });
});

describe('tokens', () => {
  it('are 256-bit, url-safe and different every time', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(a);
  });

  it('are stored as a SHA-256 that does not reveal them', () => {
    const token = newToken();
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toContain(token);
  });
});

describe('readCookie', () => {
  const request = (cookie?: string) =>
    ({ headers: cookie === undefined ? {} : { cookie } }) as Request;

  it('finds one cookie among several', () => {
    expect(readCookie(request('a=1; lantern_session=abc%2Fdef; b=2'), 'lantern_session')).toBe(
      'abc/def',
    );
  });

  it('returns null when absent or malformed', () => {
    expect(readCookie(request(), 'lantern_session')).toBeNull();
    expect(readCookie(request('other=1'), 'lantern_session')).toBeNull();
    expect(readCookie(request('lantern_session=%E0%A4%A'), 'lantern_session')).toBeNull();
  });
});
