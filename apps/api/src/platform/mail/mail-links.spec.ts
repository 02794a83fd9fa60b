import { describe, expect, it } from 'vitest';
import { extractLinks } from './mail-links';

describe('extractLinks', () => {
  it('finds every http(s) URL in order, without duplicates', () => {
    const text = [
      'Accept: https://lantern.example.org/accept?token=a1&x=2',
      'Docs at http://docs.example.org/guide and again https://lantern.example.org/accept?token=a1&x=2',
      'then HTTPS://Other.example.org/b',
    ].join('\n');
    expect(extractLinks(text)).toEqual([
      'https://lantern.example.org/accept?token=a1&x=2',
      'http://docs.example.org/guide',
      'HTTPS://Other.example.org/b',
    ]);
  });

  it('leaves sentence punctuation and wrapping brackets out of the link', () => {
    expect(
      extractLinks(
        'Open https://a.example/x. Or (see https://b.example/y), or <https://c.example/z>!',
      ),
    ).toEqual(['https://a.example/x', 'https://b.example/y', 'https://c.example/z']);
  });

  it('keeps balanced parentheses that belong to the URL', () => {
    expect(extractLinks('See https://en.example.org/wiki/Lantern_(software).')).toEqual([
      'https://en.example.org/wiki/Lantern_(software)',
    ]);
  });

  it('ignores other schemes and bare words', () => {
    expect(extractLinks('mailto:a@b.example ftp://x.example https:// nothing here')).toEqual([]);
  });
});
