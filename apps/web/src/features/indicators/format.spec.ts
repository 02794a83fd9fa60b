import { describe, expect, it } from 'vitest';
import {
  describeRagRule,
  formatWithUnit,
  ragFor,
  ragRuleProblems,
  scopeFromParam,
  scopeToParam,
} from './format';

describe('formatWithUnit', () => {
  it('puts % against the number and other units after a space', () => {
    expect(formatWithUnit(42.456, '%')).toBe('42.46%');
    expect(formatWithUnit(1234, 'sessions')).toBe('1,234 sessions');
    expect(formatWithUnit(0, 'people')).toBe('0 people');
    expect(formatWithUnit(3, '')).toBe('3');
  });
});

describe('ragFor and describeRagRule agree with the contract’s direction-aware rule', () => {
  const increase = {
    direction: 'INCREASE',
    targetValue: 120,
    greenThreshold: 120,
    amberThreshold: 100,
  } as const;
  const decrease = {
    direction: 'DECREASE',
    targetValue: 10,
    greenThreshold: 10,
    amberThreshold: 15,
  } as const;
  const maintain = {
    direction: 'MAINTAIN',
    targetValue: 50,
    greenThreshold: 52,
    amberThreshold: 45,
  } as const;

  it.each([
    [increase, 130, 'GREEN'],
    [increase, 120, 'GREEN'],
    [increase, 100, 'AMBER'],
    [increase, 99.9, 'RED'],
    [decrease, 8, 'GREEN'],
    [decrease, 15, 'AMBER'],
    [decrease, 15.1, 'RED'],
    [maintain, 48, 'GREEN'],
    [maintain, 54, 'AMBER'],
    [maintain, 56, 'RED'],
  ] as const)('%j with %d is %s', (rule, actual, expected) => {
    expect(ragFor(actual, rule)).toBe(expected);
  });

  it('says the rule in words for each direction', () => {
    expect(describeRagRule(increase, 'sessions')).toBe(
      'Green at 120 sessions or more; amber from 100 sessions up to just under 120 sessions; red below 100 sessions.',
    );
    expect(describeRagRule(decrease, '%')).toBe(
      'Green at 10% or less; amber above that up to 15%; red above 15%.',
    );
    expect(describeRagRule(maintain, '%')).toBe(
      'Green within 2 of the target 50%; amber within 5; red further away.',
    );
  });

  it('refuses amber thresholds on the wrong side of green', () => {
    expect(ragRuleProblems({ ...increase, amberThreshold: 130 })).toEqual({
      amberThreshold: 'The amber threshold must not be above the green one',
    });
    expect(ragRuleProblems({ ...decrease, amberThreshold: 5 })).toEqual({
      amberThreshold: 'The amber threshold must not be below the green one',
    });
    expect(ragRuleProblems(increase)).toEqual({});
  });
});

describe('scope in the address', () => {
  it('round-trips sites and programmes and falls back to the museum', () => {
    expect(scopeFromParam('SITE:abc')).toEqual({ kind: 'SITE', id: 'abc' });
    expect(scopeToParam({ kind: 'PROGRAMME', id: 'p1' })).toBe('PROGRAMME:p1');
    expect(scopeFromParam(scopeToParam({ kind: 'PROGRAMME', id: 'p1' }))).toEqual({
      kind: 'PROGRAMME',
      id: 'p1',
    });
    expect(scopeFromParam(null)).toEqual({ kind: 'MUSEUM' });
    expect(scopeFromParam('SITE:')).toEqual({ kind: 'MUSEUM' });
    expect(scopeFromParam('ELSEWHERE:1')).toEqual({ kind: 'MUSEUM' });
  });
});
