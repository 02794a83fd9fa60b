import { describe, expect, it } from 'vitest';
import { isPublicPath, safeNextPath, signInPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query and hash', () => {
    expect(safeNextPath('/members')).toBe('/members');
    expect(safeNextPath('/audit?action=site.created#top')).toBe('/audit?action=site.created#top');
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['relative', 'members'],
    ['protocol-relative', '//evil.example/members'],
    ['backslash host', '/\\evil.example'],
    ['absolute URL', 'https://evil.example/'],
    ['javascript URL', 'javascript:alert(1)'],
    ['tab-smuggled host', '/\t/evil.example'],
    ['sign-in page (would loop)', '/sign-in?next=/members'],
  ])('falls back to the home page for a %s value', (_label, value) => {
    expect(safeNextPath(value)).toBe('/');
  });
});

describe('signInPath', () => {
  it('points back at the current page, encoded', () => {
    expect(signInPath('/audit?action=site.created')).toBe(
      '/sign-in?next=%2Faudit%3Faction%3Dsite.created',
    );
  });

  it('has no next for the home page', () => {
    expect(signInPath('/')).toBe('/sign-in');
  });
});

describe('isPublicPath', () => {
  it('knows the signed-out pages', () => {
    expect(isPublicPath('/sign-in')).toBe(true);
    expect(isPublicPath('/accept-invitation')).toBe(true);
    expect(isPublicPath('/members')).toBe(false);
    expect(isPublicPath('/sign-increase')).toBe(false);
  });
});
