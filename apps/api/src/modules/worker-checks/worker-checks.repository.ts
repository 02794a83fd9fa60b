import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { KeysetCursor } from '../../platform/graphql/pagination';
import { WorkerCheckEntity } from './worker-check.entity';

/** The only place that talks to TypeORM about worker checks; scoped by organisation. */
@Injectable()
export class WorkerChecksRepository {
  constructor(
    @InjectRepository(WorkerCheckEntity) private readonly repo: Repository<WorkerCheckEntity>,
  ) {}

  async insert(
    check: Pick<WorkerCheckEntity, 'id' | 'organisationId' | 'note' | 'requestedAt'>,
  ): Promise<WorkerCheckEntity> {
    const entity = this.repo.create({ ...check, status: 'QUEUED', attempts: 0 });
    return this.repo.save(entity);
  }

  findById(organisationId: string, id: string): Promise<WorkerCheckEntity | null> {
    return this.repo.findOneBy({ organisationId, id });
  }

  async delete(organisationId: string, id: string): Promise<void> {
    await this.repo.delete({ organisationId, id });
  }

  /** Newest first; keyset pagination on (requested_at, id). Fetches one extra row to detect a next page. */
  async page(
    organisationId: string,
    first: number,
    after: KeysetCursor | null,
  ): Promise<{ rows: WorkerCheckEntity[]; hasNextPage: boolean }> {
    const query = this.repo
      .createQueryBuilder('check')
      .where('check.organisation_id = :organisationId', { organisationId })
      .orderBy('check.requested_at', 'DESC')
      .addOrderBy('check.id', 'DESC')
      .limit(first + 1);
    if (after) {
      query.andWhere('(check.requested_at, check.id) < (:at, :id)', { at: after.at, id: after.id });
    }
    const rows = await query.getMany();
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  count(organisationId: string): Promise<number> {
    return this.repo.countBy({ organisationId });
  }

  /** Moves QUEUED or RUNNING (a retry) to RUNNING; returns false if the check is already finished. */
  async markRunning(
    organisationId: string,
    id: string,
    startedAt: Date,
    attempts: number,
  ): Promise<boolean> {
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set({ status: 'RUNNING', startedAt, attempts, error: null })
      .where('organisation_id = :organisationId AND id = :id AND status IN (:...open)', {
        organisationId,
        id,
        open: ['QUEUED', 'RUNNING'],
      })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async markSucceeded(
    organisationId: string,
    id: string,
    values: Pick<
      WorkerCheckEntity,
      'completedAt' | 'queueWaitMs' | 'roundTripMs' | 'workerHost' | 'databaseVersion'
    >,
  ): Promise<void> {
    await this.repo.update(
      { organisationId, id, status: 'RUNNING' },
      { ...values, status: 'SUCCEEDED' },
    );
  }

  async markFailed(
    organisationId: string,
    id: string,
    error: string,
    completedAt: Date,
  ): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ status: 'FAILED', error, completedAt })
      .where('organisation_id = :organisationId AND id = :id AND status IN (:...open)', {
        organisationId,
        id,
        open: ['QUEUED', 'RUNNING'],
      })
      .execute();
  }

  async serverVersion(): Promise<string> {
    const rows = (await this.repo.query('SHOW server_version')) as Array<{
      server_version: string;
    }>;
    return rows[0]?.server_version ?? 'unknown';
  }
}
