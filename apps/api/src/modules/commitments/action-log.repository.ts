import { ACTION_CHAIN_GENESIS } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ActionEntryEntity } from './action-entry.entity';

/** Advisory lock class for "this organisation's action log chain head". */
const CHAIN_LOCK_CLASS = 74_201;

/** The action log: appended to, never changed. Every method is scoped by organisation id. */
@Injectable()
export class ActionLogRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(ActionEntryEntity);
  }

  /**
   * Takes the organisation's chain lock (held until the transaction ends) and returns its head:
   * the next sequence number and the hash the next entry must point at. Two appends at once
   * queue here, so the chain can never fork.
   */
  async lockHead(
    organisationId: string,
    em: EntityManager,
  ): Promise<{ sequence: number; prevHash: string }> {
    await em.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      CHAIN_LOCK_CLASS,
      organisationId,
    ]);
    const rows: Array<{ sequence: number; hash: string }> = await em.query(
      `SELECT sequence, hash FROM action_log_entries WHERE organisation_id = $1
        ORDER BY sequence DESC LIMIT 1`,
      [organisationId],
    );
    const head = rows[0];
    return head
      ? { sequence: head.sequence + 1, prevHash: head.hash }
      : { sequence: 1, prevHash: ACTION_CHAIN_GENESIS };
  }

  async insert(
    entry: Omit<ActionEntryEntity, 'id'>,
    em: EntityManager,
  ): Promise<ActionEntryEntity> {
    const created = this.repo(em).create(entry);
    await this.repo(em).insert(created);
    return created;
  }

  findById(organisationId: string, id: string, em?: EntityManager) {
    return this.repo(em).findOneBy({ organisationId, id });
  }

  /** Whether a later entry amends this one. */
  async amendment(organisationId: string, id: string, em?: EntityManager) {
    return this.repo(em).findOneBy({ organisationId, amendsId: id });
  }

  /** A commitment's entries, newest first (by date, then as recorded). */
  forCommitment(organisationId: string, commitmentId: string): Promise<ActionEntryEntity[]> {
    return this.repo().find({
      where: { organisationId, commitmentId },
      order: { occurredOn: 'DESC', sequence: 'DESC' },
    });
  }

  /** Several commitments' entries at once (loader), newest first. */
  forCommitments(organisationId: string, ids: readonly string[]): Promise<ActionEntryEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.repo().find({
      where: { organisationId, commitmentId: In([...ids]) },
      order: { occurredOn: 'DESC', sequence: 'DESC' },
    });
  }

  /** The organisation's log, newest recorded first (keyset on sequence), and its length. */
  async page(
    organisationId: string,
    first: number,
    beforeSequence: number | null,
  ): Promise<{ rows: ActionEntryEntity[]; total: number }> {
    const query = this.repo()
      .createQueryBuilder('entry')
      .where('entry.organisation_id = :organisationId', { organisationId });
    const total = await query.getCount();
    if (beforeSequence !== null)
      query.andWhere('entry.sequence < :beforeSequence', { beforeSequence });
    const rows = await query.orderBy('entry.sequence', 'DESC').limit(first).getMany();
    return { rows, total };
  }

  /** Entries after `afterSequence` in sequence order, a batch at a time (verify). */
  chainBatch(organisationId: string, afterSequence: number, limit: number) {
    return this.repo()
      .createQueryBuilder('entry')
      .where('entry.organisation_id = :organisationId AND entry.sequence > :afterSequence', {
        organisationId,
        afterSequence,
      })
      .orderBy('entry.sequence', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** For each of these entries, the entry that amends it (if any). */
  async amendedBy(
    organisationId: string,
    ids: readonly string[],
  ): Promise<Array<{ amendsId: string; id: string }>> {
    if (!ids.length) return [];
    const rows = await this.repo().find({
      select: { id: true, amendsId: true },
      where: { organisationId, amendsId: In([...ids]) },
    });
    return rows.map((row) => ({ amendsId: row.amendsId!, id: row.id }));
  }
}
