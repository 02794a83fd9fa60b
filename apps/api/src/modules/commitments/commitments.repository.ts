import type { CommitmentStatus } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { CommitmentEntity } from './commitment.entity';

export interface CommitmentFilter {
  status?: CommitmentStatus | null;
  frameworkElementId?: string | null;
}

/** What a commitment's actions say about it, derived by SQL as of a date (museum time). */
export interface CommitmentFacts {
  commitmentId: string;
  createdOn: string;
  lastActionOn: string | null;
  /** Entries in force: corrections count, the entries they correct do not. */
  actionCount: number;
  gapReason: 'NO_RECENT_ACTION' | 'REVIEW_OVERDUE' | null;
}

/** An entry is in force unless a later entry amends it. */
export const ENTRY_IN_FORCE = `NOT EXISTS (SELECT 1 FROM action_log_entries x
  WHERE x.organisation_id = a.organisation_id AND x.amends_id = a.id)`;

/** Commitments; every method is scoped by organisation id. */
@Injectable()
export class CommitmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(CommitmentEntity);
  }

  /** The organisation's commitments, by element then title. */
  list(organisationId: string, filter: CommitmentFilter): Promise<CommitmentEntity[]> {
    const query = this.repo()
      .createQueryBuilder('commitment')
      .innerJoin('framework_elements', 'element', 'element.id = commitment.element_id')
      .where('commitment.organisation_id = :organisationId', { organisationId });
    if (filter.status) query.andWhere('commitment.status = :status', { status: filter.status });
    if (filter.frameworkElementId)
      query.andWhere('commitment.element_id = :elementId', {
        elementId: filter.frameworkElementId,
      });
    return query
      .orderBy('element.code', 'ASC')
      .addOrderBy('lower(commitment.title)', 'ASC')
      .addOrderBy('commitment.id', 'ASC')
      .getMany();
  }

  findById(organisationId: string, id: string, em?: EntityManager) {
    return this.repo(em).findOneBy({ organisationId, id });
  }

  lockById(organisationId: string, id: string, em: EntityManager) {
    return this.repo(em)
      .createQueryBuilder('commitment')
      .setLock('pessimistic_write')
      .where('commitment.organisation_id = :organisationId AND commitment.id = :id', {
        organisationId,
        id,
      })
      .getOne();
  }

  findByIds(organisationId: string, ids: readonly string[]): Promise<CommitmentEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.repo().findBy({ organisationId, id: In([...ids]) });
  }

  save(commitment: Partial<CommitmentEntity>, em: EntityManager): Promise<CommitmentEntity> {
    return this.repo(em).save(this.repo(em).create(commitment));
  }

  async delete(organisationId: string, id: string, em: EntityManager): Promise<void> {
    await this.repo(em).delete({ organisationId, id });
  }

  /** Whether the element can carry a commitment: the museum's own or a sector framework's. */
  async elementVisible(organisationId: string, elementId: string, em?: EntityManager) {
    const rows: unknown[] = await (em ?? this.dataSource.manager).query(
      `SELECT 1 FROM framework_elements WHERE id = $1 AND (organisation_id IS NULL OR organisation_id = $2)`,
      [elementId, organisationId],
    );
    return rows.length > 0;
  }

  /** Which of these ids are indicators of the museum. */
  async knownIndicatorIds(organisationId: string, ids: readonly string[], em?: EntityManager) {
    if (!ids.length) return new Set<string>();
    const rows: Array<{ id: string }> = await (em ?? this.dataSource.manager).query(
      `SELECT id FROM indicators WHERE organisation_id = $1 AND id = ANY($2::uuid[])`,
      [organisationId, ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  async isMember(organisationId: string, userId: string, em?: EntityManager) {
    const rows: unknown[] = await (em ?? this.dataSource.manager).query(
      `SELECT 1 FROM memberships WHERE organisation_id = $1 AND user_id = $2`,
      [organisationId, userId],
    );
    return rows.length > 0;
  }

  /** Names of members, by user id (for owners). */
  async memberNames(
    organisationId: string,
    userIds: readonly string[],
  ): Promise<Array<{ id: string; name: string }>> {
    if (!userIds.length) return [];
    return this.dataSource.manager.query(
      `SELECT u.id, u.name FROM users u
         JOIN memberships m ON m.user_id = u.id AND m.organisation_id = $1
        WHERE u.id = ANY($2::uuid[])`,
      [organisationId, [...userIds]],
    );
  }

  async actionCount(organisationId: string, commitmentId: string, em?: EntityManager) {
    const rows: Array<{ n: number }> = await (em ?? this.dataSource.manager).query(
      `SELECT count(*)::int AS n FROM action_log_entries WHERE organisation_id = $1 AND commitment_id = $2`,
      [organisationId, commitmentId],
    );
    return rows[0]?.n ?? 0;
  }

  async timeZone(organisationId: string): Promise<string> {
    const rows: Array<{ time_zone: string }> = await this.dataSource.manager.query(
      'SELECT time_zone FROM organisations WHERE id = $1',
      [organisationId],
    );
    return rows[0]?.time_zone ?? 'Europe/London';
  }

  /**
   * Latest action, action count and say/do gap of commitments (all of the organisation's when
   * `ids` is null; only those with a gap when `onlyGaps`), as of `today`, in one query. The
   * rule is libs/domain's sayDoGapOf: an open commitment whose latest action in force (or its
   * creation) is older than its review window, or whose review date has passed with no
   * action on or after it.
   */
  async facts(
    organisationId: string,
    today: string,
    ids: readonly string[] | null,
    onlyGaps = false,
  ): Promise<CommitmentFacts[]> {
    const rows: Array<{
      id: string;
      created_on: string;
      last_action_on: string | null;
      action_count: number;
      gap_reason: CommitmentFacts['gapReason'];
    }> = await this.dataSource.manager.query(
      `SELECT * FROM (
         SELECT c.id,
           (c.created_at AT TIME ZONE o.time_zone)::date::text AS created_on,
           la.last_action_on::text AS last_action_on,
           la.action_count,
           CASE
             WHEN c.status NOT IN ('PLANNED', 'ACTIVE', 'AT_RISK') THEN NULL
             WHEN COALESCE(la.last_action_on, (c.created_at AT TIME ZONE o.time_zone)::date)
                  < $2::date - c.review_window_days THEN 'NO_RECENT_ACTION'
             WHEN c.review_date < $2::date
                  AND (la.last_action_on IS NULL OR la.last_action_on < c.review_date)
               THEN 'REVIEW_OVERDUE'
           END AS gap_reason,
           c.element_id, c.title
         FROM commitments c
         JOIN organisations o ON o.id = c.organisation_id
         CROSS JOIN LATERAL (
           SELECT max(a.occurred_on) AS last_action_on, count(*)::int AS action_count
             FROM action_log_entries a
            WHERE a.organisation_id = c.organisation_id AND a.commitment_id = c.id
              AND ${ENTRY_IN_FORCE}
         ) la
         WHERE c.organisation_id = $1 AND ($3::uuid[] IS NULL OR c.id = ANY($3::uuid[]))
       ) f
       WHERE NOT $4::boolean OR f.gap_reason IS NOT NULL
       ORDER BY (SELECT code FROM framework_elements e WHERE e.id = f.element_id), lower(f.title), f.id`,
      [organisationId, today, ids ? [...ids] : null, onlyGaps],
    );
    return rows.map((row) => ({
      commitmentId: row.id,
      createdOn: row.created_on,
      lastActionOn: row.last_action_on,
      actionCount: row.action_count,
      gapReason: row.gap_reason,
    }));
  }
}
