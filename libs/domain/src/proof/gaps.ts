import { OPEN_COMMITMENT_STATUSES, type CommitmentStatus } from './vocabulary';

export interface GapFacts {
  status: CommitmentStatus;
  /** Date (YYYY-MM-DD, museum time) the commitment was created. */
  createdOn: string;
  /** Date of its latest action in force (amended entries excluded), or null. */
  lastActionOn: string | null;
  reviewDate: string | null;
  reviewWindowDays: number;
}

export interface SayDoGap {
  reason: 'NO_RECENT_ACTION' | 'REVIEW_OVERDUE';
  message: string;
}

/** Adds days to a YYYY-MM-DD date (UTC arithmetic: dates have no time of day). */
export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/**
 * The say/do gap rule (the repository's SQL applies the same rule; a test keeps them in step).
 * An open commitment (planned, active, at risk) has a gap when its latest action, or its
 * creation when it has none, is older than its review window as of `today`; or when its review
 * date has passed with no action on or after it.
 */
export function sayDoGapOf(facts: GapFacts, today: string): SayDoGap | null {
  if (!OPEN_COMMITMENT_STATUSES.includes(facts.status)) return null;
  const since = facts.lastActionOn ?? facts.createdOn;
  const windowStart = addDays(today, -facts.reviewWindowDays);
  if (since < windowStart) {
    return {
      reason: 'NO_RECENT_ACTION',
      message: facts.lastActionOn
        ? `No action recorded in the last ${facts.reviewWindowDays} days (the latest was on ${facts.lastActionOn})`
        : `No action recorded in the ${facts.reviewWindowDays} days since it was made`,
    };
  }
  if (
    facts.reviewDate !== null &&
    facts.reviewDate < today &&
    (facts.lastActionOn === null || facts.lastActionOn < facts.reviewDate)
  ) {
    return {
      reason: 'REVIEW_OVERDUE',
      message: `Its review date (${facts.reviewDate}) has passed with no action since`,
    };
  }
  return null;
}
