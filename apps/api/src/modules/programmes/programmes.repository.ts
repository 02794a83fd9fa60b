import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { FrameworkElementEntity } from '../frameworks/framework-element.entity';
import { MembershipEntity } from '../members/membership.entity';
import { SiteEntity } from '../organisations/site.entity';
import {
  ProgrammeEntity,
  ProgrammeFrameworkElementEntity,
  ProgrammeSiteEntity,
} from './programme.entity';

export interface ProgrammeFilter {
  status?: string | null;
  strand?: string | null;
  search?: string | null;
}

/** Programmes and their links; every method is scoped by organisation id. */
@Injectable()
export class ProgrammesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(ProgrammeEntity);
  }

  async page(organisationId: string, filter: ProgrammeFilter, first: number, offset: number) {
    const query = this.repo()
      .createQueryBuilder('programme')
      .where('programme.organisation_id = :organisationId', { organisationId });
    if (filter.status) query.andWhere('programme.status = :status', { status: filter.status });
    if (filter.strand) query.andWhere('programme.strand = :strand', { strand: filter.strand });
    if (filter.search)
      query.andWhere('programme.name ILIKE :search', {
        search: `%${filter.search.replace(/[%_\\]/g, '\\$&')}%`,
      });
    const [rows, total] = await query
      .orderBy('lower(programme.name)')
      .addOrderBy('programme.id')
      .offset(offset)
      .limit(first)
      .getManyAndCount();
    return { rows, total };
  }

  findById(
    organisationId: string,
    id: string,
    em?: EntityManager,
  ): Promise<ProgrammeEntity | null> {
    return this.repo(em).findOneBy({ organisationId, id });
  }

  save(programme: Partial<ProgrammeEntity>, em: EntityManager): Promise<ProgrammeEntity> {
    return this.repo(em).save(this.repo(em).create(programme));
  }

  async delete(organisationId: string, id: string, em: EntityManager): Promise<void> {
    await this.repo(em).delete({ organisationId, id });
  }

  /** Replaces a programme's sites and framework elements. */
  async setLinks(
    organisationId: string,
    programmeId: string,
    siteIds: string[],
    elementIds: string[],
    em: EntityManager,
  ) {
    await em.getRepository(ProgrammeSiteEntity).delete({ organisationId, programmeId });
    await em.getRepository(ProgrammeFrameworkElementEntity).delete({ organisationId, programmeId });
    if (siteIds.length) {
      await em
        .getRepository(ProgrammeSiteEntity)
        .insert(siteIds.map((siteId) => ({ organisationId, programmeId, siteId })));
    }
    if (elementIds.length) {
      await em
        .getRepository(ProgrammeFrameworkElementEntity)
        .insert(elementIds.map((elementId) => ({ organisationId, programmeId, elementId })));
    }
  }

  siteLinks(
    organisationId: string,
    programmeIds: readonly string[],
  ): Promise<ProgrammeSiteEntity[]> {
    return this.dataSource.manager.getRepository(ProgrammeSiteEntity).find({
      where: { organisationId, programmeId: In([...programmeIds]) },
      relations: { site: true },
    });
  }

  elementLinks(
    organisationId: string,
    programmeIds: readonly string[],
  ): Promise<ProgrammeFrameworkElementEntity[]> {
    return this.dataSource.manager.getRepository(ProgrammeFrameworkElementEntity).find({
      where: { organisationId, programmeId: In([...programmeIds]) },
      relations: { element: true },
    });
  }

  /** Which of these ids are sites of the organisation. */
  async ownSiteIds(organisationId: string, ids: string[], em: EntityManager): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await em.getRepository(SiteEntity).findBy({ organisationId, id: In(ids) });
    return new Set(rows.map((row) => row.id));
  }

  /** Which of these ids are framework elements the organisation can see (sector ones or its own). */
  async visibleElementIds(
    organisationId: string,
    ids: string[],
    em: EntityManager,
  ): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await em
      .getRepository(FrameworkElementEntity)
      .createQueryBuilder('element')
      .where('element.id IN (:...ids)', { ids })
      .andWhere('(element.organisation_id IS NULL OR element.organisation_id = :organisationId)', {
        organisationId,
      })
      .getMany();
    return new Set(rows.map((row) => row.id));
  }

  /** Sessions logged under a programme: they keep it from being deleted. */
  async sessionCount(organisationId: string, programmeId: string, em: EntityManager) {
    const rows: { n: number }[] = await em.query(
      'SELECT count(*)::int AS n FROM sessions WHERE organisation_id = $1 AND programme_id = $2',
      [organisationId, programmeId],
    );
    return rows[0]?.n ?? 0;
  }

  /** Surveys tied to the programme (their public links point at it). */
  async surveyCount(organisationId: string, programmeId: string, em: EntityManager) {
    const rows: { n: number }[] = await em.query(
      'SELECT count(*)::int AS n FROM surveys WHERE organisation_id = $1 AND programme_id = $2',
      [organisationId, programmeId],
    );
    return rows[0]?.n ?? 0;
  }

  async isMember(organisationId: string, userId: string, em: EntityManager): Promise<boolean> {
    return (await em.getRepository(MembershipEntity).countBy({ organisationId, userId })) > 0;
  }
}
