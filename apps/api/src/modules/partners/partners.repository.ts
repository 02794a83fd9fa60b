import { partnerNameKey, type PartnerType } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { SessionPartnerEntity } from '../sessions/session.entity';
import { PartnerEntity } from './partner.entity';

export interface PartnerFilter {
  search?: string | null;
  type?: PartnerType | null;
}

/** Where a page starts: after this partner in (name key, id) order. */
export interface PartnerCursor {
  nameKey: string;
  id: string;
}

/** What a partner's sessions say about it, derived by SQL, never stored. */
export interface PartnerEngagement {
  partnerId: string;
  /** Dates (YYYY-MM-DD) of its first and last delivered sessions. */
  firstEngagement: string | null;
  lastEngagement: string | null;
  /** Sessions linked to it, whatever their status. */
  sessionCount: number;
}

function likeEscape(text: string): string {
  return text.replace(/[%_\\]/g, '\\$&');
}

/** Partners; every method is scoped by organisation id. */
@Injectable()
export class PartnersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(PartnerEntity);
  }

  /** A page in name order (keyset on name key and id), and how many match in all. */
  async page(
    organisationId: string,
    filter: PartnerFilter,
    first: number,
    after: PartnerCursor | null,
  ): Promise<{ rows: PartnerEntity[]; total: number }> {
    const query = this.repo()
      .createQueryBuilder('partner')
      .where('partner.organisation_id = :organisationId', { organisationId });
    if (filter.type) query.andWhere('partner.type = :type', { type: filter.type });
    const search = filter.search?.trim();
    if (search) {
      query.andWhere(
        `(partner.name_key LIKE :name OR partner.urn = :urn
          OR replace(partner.postcode, ' ', '') LIKE :postcode)`,
        {
          name: `%${likeEscape(partnerNameKey(search))}%`,
          urn: search,
          postcode: `${likeEscape(search.replace(/\s+/g, '').toUpperCase())}%`,
        },
      );
    }
    const total = await query.getCount();
    if (after) {
      query.andWhere('(partner.name_key, partner.id) > (:afterKey, :afterId)', {
        afterKey: after.nameKey,
        afterId: after.id,
      });
    }
    const rows = await query
      .orderBy('partner.name_key', 'ASC')
      .addOrderBy('partner.id', 'ASC')
      .limit(first)
      .getMany();
    return { rows, total };
  }

  findById(organisationId: string, id: string, em?: EntityManager): Promise<PartnerEntity | null> {
    return this.repo(em).findOneBy({ organisationId, id });
  }

  /** Other partners of the organisation with this name key or URN (`exceptId`: itself). */
  async findClashes(
    organisationId: string,
    nameKey: string,
    urn: string | null,
    exceptId: string | null,
    em: EntityManager,
  ): Promise<Array<{ field: 'name' | 'urn'; partner: PartnerEntity }>> {
    const notSelf = exceptId ? { id: Not(exceptId) } : {};
    const clashes: Array<{ field: 'name' | 'urn'; partner: PartnerEntity }> = [];
    const byName = await this.repo(em).findOneBy({ organisationId, nameKey, ...notSelf });
    if (byName) clashes.push({ field: 'name', partner: byName });
    const byUrn = urn ? await this.repo(em).findOneBy({ organisationId, urn, ...notSelf }) : null;
    if (byUrn) clashes.push({ field: 'urn', partner: byUrn });
    return clashes;
  }

  save(partner: Partial<PartnerEntity>, em: EntityManager): Promise<PartnerEntity> {
    return this.repo(em).save(this.repo(em).create(partner));
  }

  async delete(organisationId: string, id: string, em: EntityManager): Promise<void> {
    await this.repo(em).delete({ organisationId, id });
  }

  /** How many sessions of the organisation are linked to the partner. */
  sessionCount(organisationId: string, partnerId: string, em?: EntityManager): Promise<number> {
    return (em ?? this.dataSource.manager)
      .getRepository(SessionPartnerEntity)
      .countBy({ organisationId, partnerId });
  }

  /** First and last delivered session and number of sessions, per partner, in one query. */
  async engagement(
    organisationId: string,
    partnerIds: readonly string[],
  ): Promise<PartnerEngagement[]> {
    if (!partnerIds.length) return [];
    const rows: Array<{
      partner_id: string;
      first_engagement: string | null;
      last_engagement: string | null;
      session_count: number;
    }> = await this.dataSource.manager.query(
      `SELECT sp.partner_id,
              (min(s.date) FILTER (WHERE s.status = 'DELIVERED'))::text AS first_engagement,
              (max(s.date) FILTER (WHERE s.status = 'DELIVERED'))::text AS last_engagement,
              count(*)::int AS session_count
         FROM session_partners sp
         JOIN sessions s ON s.organisation_id = sp.organisation_id AND s.id = sp.session_id
        WHERE sp.organisation_id = $1 AND sp.partner_id = ANY($2::uuid[])
        GROUP BY sp.partner_id`,
      [organisationId, [...partnerIds]],
    );
    return rows.map((row) => ({
      partnerId: row.partner_id,
      firstEngagement: row.first_engagement,
      lastEngagement: row.last_engagement,
      sessionCount: row.session_count,
    }));
  }

  /** Partners by id, for loaders (only the organisation's). */
  findByIds(organisationId: string, ids: readonly string[]): Promise<PartnerEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.repo().findBy({ organisationId, id: In([...ids]) });
  }
}
