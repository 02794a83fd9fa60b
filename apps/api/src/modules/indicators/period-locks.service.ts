import { periodLockedMessage } from '@lantern/domain';
import { Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError } from '../../platform/graphql/app-errors';
import type { PeriodLockEntity } from './indicator.entity';

/** The advisory lock that orders writes under periods against locking and unlocking them. */
const LOCK_KEY = `hashtextextended('period-locks:' || $1, 0)`;

export type LockedPeriod = Pick<
  PeriodLockEntity,
  'id' | 'periodKey' | 'periodLabel' | 'periodStart' | 'periodEnd'
>;

/** A change inside a locked period: CONFLICT naming the period (and the field, when given). */
export class PeriodLockedError extends ConflictError {
  constructor(lock: LockedPeriod, path?: string[]) {
    super(periodLockedMessage(lock.periodLabel));
    this.extensions['periodKey'] = lock.periodKey;
    if (path)
      this.extensions['fieldErrors'] = [{ path, message: periodLockedMessage(lock.periodLabel) }];
  }
}

/**
 * The one place that says whether a date is inside a locked period. Writers call it inside
 * their transaction: it takes the museum's period-lock advisory lock shared, so a lock being
 * taken (which holds it exclusively) waits for them, and they wait for it: a write cannot
 * slip into a period as it is locked.
 */
@Injectable()
export class PeriodLocksService {
  /** Takes the shared lock and returns the locks covering any of the dates. */
  async locksCovering(
    em: EntityManager,
    organisationId: string,
    dates: ReadonlyArray<string | null | undefined>,
  ): Promise<LockedPeriod[]> {
    await em.query(`SELECT pg_advisory_xact_lock_shared(${LOCK_KEY})`, [organisationId]);
    const wanted = [...new Set(dates.filter((d): d is string => !!d))];
    if (!wanted.length) return [];
    const rows = (await em.query(
      `SELECT id, period_key AS "periodKey", period_label AS "periodLabel",
              to_char(period_start, 'YYYY-MM-DD') AS "periodStart",
              to_char(period_end, 'YYYY-MM-DD') AS "periodEnd"
         FROM period_locks
        WHERE organisation_id = $1
          AND EXISTS (SELECT 1 FROM unnest($2::date[]) d WHERE d BETWEEN period_start AND period_end)
        ORDER BY period_start, period_key`,
      [organisationId, wanted],
    )) as LockedPeriod[];
    return rows;
  }

  /** Refuses (PeriodLockedError) when any date is inside a locked period. */
  async assertOpen(
    em: EntityManager,
    organisationId: string,
    dates: ReadonlyArray<string | null | undefined>,
    path?: string[],
  ): Promise<void> {
    const [lock] = await this.locksCovering(em, organisationId, dates);
    if (lock) throw new PeriodLockedError(lock, path);
  }

  /** Every lock of the museum (shared lock taken), for checking many rows at once. */
  async allLocks(em: EntityManager, organisationId: string): Promise<LockedPeriod[]> {
    await em.query(`SELECT pg_advisory_xact_lock_shared(${LOCK_KEY})`, [organisationId]);
    return (await em.query(
      `SELECT id, period_key AS "periodKey", period_label AS "periodLabel",
              to_char(period_start, 'YYYY-MM-DD') AS "periodStart",
              to_char(period_end, 'YYYY-MM-DD') AS "periodEnd"
         FROM period_locks WHERE organisation_id = $1 ORDER BY period_start`,
      [organisationId],
    )) as LockedPeriod[];
  }

  /** Held by lockPeriod and unlockPeriod: no write under the museum's periods runs meanwhile. */
  async holdExclusive(em: EntityManager, organisationId: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(${LOCK_KEY})`, [organisationId]);
  }
}

/** The lock of a date among locks already read (imports check many rows against one read). */
export function lockCovering(
  locks: readonly LockedPeriod[],
  date: string,
): LockedPeriod | undefined {
  return locks.find((lock) => lock.periodStart <= date && date <= lock.periodEnd);
}

/** Period locks for the modules that write under periods (sessions, imports, results). */
@Module({ providers: [PeriodLocksService], exports: [PeriodLocksService] })
export class PeriodLocksModule {}
