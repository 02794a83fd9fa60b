import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationDepth } from './query-limits.plugin';

describe('operationDepth', () => {
  it('counts nested fields', () => {
    expect(operationDepth(parse('{ a }'))).toBe(1);
    expect(operationDepth(parse('{ a { b { c } } d }'))).toBe(3);
  });

  it('follows fragments and inline fragments without counting them as levels', () => {
    const document = parse(`
      query Q { a { ...F } }
      fragment F on A { b { ... on B { c { d } } } }
    `);
    expect(operationDepth(document, 'Q')).toBe(4);
  });

  it('measures the named operation', () => {
    const document = parse('query Shallow { a } query Deep { a { b { c } } }');
    expect(operationDepth(document, 'Shallow')).toBe(1);
    expect(operationDepth(document, 'Deep')).toBe(3);
  });

  it('survives fragment cycles', () => {
    const document = parse('{ a { ...F } } fragment F on A { b { ...F } }');
    expect(operationDepth(document)).toBe(2);
  });
});
