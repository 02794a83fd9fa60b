import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { KeysetCursor } from '../../platform/graphql/pagination';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditFilter {
  action?: string | null;
  entityType?: string | null;
  actorId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  private query(organisationId: string, filter: AuditFilter) {
    const query = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('event')
      .where('event.organisation_id = :organisationId', { organisationId });
    if (filter.action) query.andWhere('event.action = :action', { action: filter.action });
    if (filter.entityType)
      query.andWhere('event.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.actorId)
      query.andWhere('event.actor_user_id = :actorId', { actorId: filter.actorId });
    if (filter.from) query.andWhere('event.created_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('event.created_at < :to', { to: filter.to });
    return query;
  }

  /** Newest first, keyset on (created_at, id). */
  async page(
    organisationId: string,
    filter: AuditFilter,
    first: number,
    after: KeysetCursor | null,
  ) {
    const query = this.query(organisationId, filter)
      .orderBy('event.created_at', 'DESC')
      .addOrderBy('event.id', 'DESC')
      .limit(first + 1);
    if (after)
      query.andWhere('(event.created_at, event.id) < (:at, :id)', { at: after.at, id: after.id });
    const rows = await query.getMany();
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  count(organisationId: string, filter: AuditFilter): Promise<number> {
    return this.query(organisationId, filter).getCount();
  }

  async actions(organisationId: string): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('event')
      .select('DISTINCT event.action', 'action')
      .where('event.organisation_id = :organisationId', { organisationId })
      .orderBy('action')
      .getRawMany<{ action: string }>();
    return rows.map((row) => row.action);
  }
}
