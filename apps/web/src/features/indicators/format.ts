import type { IndicatorDirection, RagStatus, ScopeInput } from '../../gql/graphql';

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "1,234", "42.5". */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** A figure with its unit: "42.5%", "1,234 sessions", "3.2 points". */
export function formatWithUnit(value: number, unit: string): string {
  const number = formatNumber(value);
  if (unit === '%') return `${number}%`;
  return unit.trim() ? `${number} ${unit.trim()}` : number;
}

/** The sentence beside every suppressed figure: why it is hidden. */
export function suppressionExplanation(threshold: number): string {
  return `fewer than ${threshold} people: hidden to protect privacy`;
}

/** Everything a target's traffic light needs. */
export interface RagRule {
  direction: IndicatorDirection;
  targetValue: number;
  greenThreshold: number;
  amberThreshold: number;
}

/**
 * The RAG status an actual figure gets under a target (the API's rule, for the preview):
 * INCREASE green at or above green, amber at or above amber; DECREASE the reverse; MAINTAIN
 * by distance from the target.
 */
export function ragFor(actual: number, rule: RagRule): RagStatus {
  const { direction, targetValue, greenThreshold, amberThreshold } = rule;
  if (direction === 'INCREASE') {
    if (actual >= greenThreshold) return 'GREEN';
    return actual >= amberThreshold ? 'AMBER' : 'RED';
  }
  if (direction === 'DECREASE') {
    if (actual <= greenThreshold) return 'GREEN';
    return actual <= amberThreshold ? 'AMBER' : 'RED';
  }
  const distance = Math.abs(actual - targetValue);
  if (distance <= Math.abs(greenThreshold - targetValue)) return 'GREEN';
  return distance <= Math.abs(amberThreshold - targetValue) ? 'AMBER' : 'RED';
}

/** The rule in plain words, e.g. "Green at 120 sessions or more; amber from 100 …; red below 100". */
export function describeRagRule(rule: RagRule, unit: string): string {
  const f = (value: number) => formatWithUnit(value, unit);
  const { direction, targetValue, greenThreshold, amberThreshold } = rule;
  if (direction === 'INCREASE') {
    return `Green at ${f(greenThreshold)} or more; amber from ${f(amberThreshold)} up to just under ${f(greenThreshold)}; red below ${f(amberThreshold)}.`;
  }
  if (direction === 'DECREASE') {
    return `Green at ${f(greenThreshold)} or less; amber above that up to ${f(amberThreshold)}; red above ${f(amberThreshold)}.`;
  }
  const green = Math.abs(greenThreshold - targetValue);
  const amber = Math.abs(amberThreshold - targetValue);
  return `Green within ${formatNumber(green)} of the target ${f(targetValue)}; amber within ${formatNumber(amber)}; red further away.`;
}

/** Problems with a rule that would make the traffic light meaningless, by field. */
export function ragRuleProblems(rule: RagRule): Record<string, string> {
  const { direction, greenThreshold, amberThreshold } = rule;
  if (direction === 'INCREASE' && amberThreshold > greenThreshold) {
    return { amberThreshold: 'The amber threshold must not be above the green one' };
  }
  if (direction === 'DECREASE' && amberThreshold < greenThreshold) {
    return { amberThreshold: 'The amber threshold must not be below the green one' };
  }
  return {};
}

/** A scope as it sits in the address: "MUSEUM", "SITE:<id>", "PROGRAMME:<id>". */
export function scopeFromParam(param: string | null): ScopeInput {
  if (!param || param === 'MUSEUM') return { kind: 'MUSEUM' };
  const [kind, id] = param.split(':');
  if ((kind === 'SITE' || kind === 'PROGRAMME') && id) return { kind, id };
  return { kind: 'MUSEUM' };
}

export function scopeToParam(scope: ScopeInput): string {
  return scope.kind === 'MUSEUM' || !scope.id ? 'MUSEUM' : `${scope.kind}:${scope.id}`;
}

/** Variables for a scope: the API takes none for the whole museum. */
export function scopeVariable(scope: ScopeInput): ScopeInput {
  return scope.kind === 'MUSEUM' ? { kind: 'MUSEUM' } : { kind: scope.kind, id: scope.id ?? null };
}
