import { BUILT_IN_INDICATORS, type IndicatorSource } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { FrameworkElementEntity } from '../frameworks/framework-element.entity';
import {
  IndicatorEntity,
  IndicatorFrameworkElementEntity,
  IndicatorResultEntity,
  IndicatorTargetEntity,
  PeriodLockEntity,
} from './indicator.entity';

/**
 * Gives a museum the built-in indicators it does not have yet (all of them for a new museum;
 * none when it has them all). Safe to run twice.
 */
export async function insertBuiltInIndicators(
  em: EntityManager,
  organisationId: string,
): Promise<void> {
  await em
    .createQueryBuilder()
    .insert()
    .into(IndicatorEntity)
    .values(
      BUILT_IN_INDICATORS.map((b, position) => ({
        organisationId,
        code: b.code,
        name: b.name,
        definition: b.definition,
        type: b.type,
        source: 'BUILT_IN' as const,
        unit: b.unit,
        direction: b.direction,
        cumulativeClass: b.cumulativeClass,
        allowedDisaggregations: [...b.supportedDisaggregations],
        benchmark: b.benchmark,
        position,
      })),
    )
    .orIgnore()
    .execute();
}

export interface IndicatorListFilter {
  source: IndicatorSource | null;
  search: string | null;
  includeArchived: boolean;
}

export interface ScopeNames {
  organisationName: string;
  sites: Map<string, string>;
  programmes: Map<string, string>;
}

export interface OrganisationSettings {
  name: string;
  financialYearStartMonth: number;
  academicYearStartMonth: number;
  smallCellThreshold: number;
  timeZone: string;
}

/** Indicators, their framework links, targets, results and period locks; all by museum. */
@Injectable()
export class IndicatorsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(em?: EntityManager) {
    return em ?? this.dataSource.manager;
  }

  async settings(organisationId: string, em?: EntityManager): Promise<OrganisationSettings> {
    const [row] = (await this.m(em).query(
      `SELECT name, financial_year_start_month AS "financialYearStartMonth",
              academic_year_start_month AS "academicYearStartMonth",
              small_cell_threshold AS "smallCellThreshold", time_zone AS "timeZone"
         FROM organisations WHERE id = $1`,
      [organisationId],
    )) as OrganisationSettings[];
    if (!row) throw new Error(`organisation ${organisationId} is missing`);
    return row;
  }

  /** Names of the museum's own sites and programmes among the ids (others are left out). */
  async scopeNames(
    organisationId: string,
    siteIds: string[],
    programmeIds: string[],
    em?: EntityManager,
  ): Promise<ScopeNames> {
    const [row] = (await this.m(em).query(
      `SELECT o.name,
              COALESCE((SELECT json_agg(json_build_array(id, name)) FROM sites
                 WHERE organisation_id = $1 AND id = ANY($2::uuid[])), '[]') AS sites,
              COALESCE((SELECT json_agg(json_build_array(id, name)) FROM programmes
                 WHERE organisation_id = $1 AND id = ANY($3::uuid[])), '[]') AS programmes
         FROM organisations o WHERE o.id = $1`,
      [organisationId, siteIds, programmeIds],
    )) as Array<{ name: string; sites: [string, string][]; programmes: [string, string][] }>;
    return {
      organisationName: row?.name ?? '',
      sites: new Map(row?.sites ?? []),
      programmes: new Map(row?.programmes ?? []),
    };
  }

  /**
   * The version of the data built-ins are computed from: how many changes the museum's
   * sessions, attendance and partners have had, and the latest (triggers write them). A
   * change committed late still moves the count.
   */
  async dataVersion(organisationId: string): Promise<string> {
    const [row] = (await this.m().query(
      `SELECT count(*) || ':' || coalesce(max(id), 0) AS version
         FROM indicator_data_changes WHERE organisation_id = $1`,
      [organisationId],
    )) as Array<{ version: string }>;
    return row?.version ?? '0:0';
  }

  // ---- indicators ----------------------------------------------------------------------------

  list(organisationId: string, filter: IndicatorListFilter): Promise<IndicatorEntity[]> {
    const qb = this.m()
      .getRepository(IndicatorEntity)
      .createQueryBuilder('i')
      .where('i.organisation_id = :organisationId', { organisationId });
    if (filter.source) qb.andWhere('i.source = :source', { source: filter.source });
    if (!filter.includeArchived) qb.andWhere('i.archived_at IS NULL');
    if (filter.search) {
      qb.andWhere("(i.code ILIKE :search ESCAPE '\\' OR i.name ILIKE :search ESCAPE '\\')", {
        search: `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    return qb.orderBy('i.position').addOrderBy('lower(i.name)').addOrderBy('i.id').getMany();
  }

  findById(organisationId: string, id: string, em?: EntityManager) {
    return this.m(em).getRepository(IndicatorEntity).findOneBy({ organisationId, id });
  }

  findForUpdate(organisationId: string, id: string, em: EntityManager) {
    return em
      .getRepository(IndicatorEntity)
      .createQueryBuilder('i')
      .setLock('pessimistic_write')
      .where('i.organisation_id = :organisationId AND i.id = :id', { organisationId, id })
      .getOne();
  }

  findByIds(organisationId: string, ids: readonly string[], em?: EntityManager) {
    return ids.length
      ? this.m(em)
          .getRepository(IndicatorEntity)
          .find({
            where: { organisationId, id: In([...ids]) },
            order: { position: 'ASC', name: 'ASC' },
          })
      : Promise.resolve([]);
  }

  findByCode(organisationId: string, code: string, em?: EntityManager) {
    return this.m(em).getRepository(IndicatorEntity).findOneBy({ organisationId, code });
  }

  async insert(values: Partial<IndicatorEntity>, em: EntityManager): Promise<IndicatorEntity> {
    const repo = em.getRepository(IndicatorEntity);
    return repo.save(repo.create(values));
  }

  save(indicator: IndicatorEntity, em: EntityManager): Promise<IndicatorEntity> {
    return em.getRepository(IndicatorEntity).save(indicator);
  }

  async delete(organisationId: string, id: string, em: EntityManager): Promise<void> {
    await em.getRepository(IndicatorEntity).delete({ organisationId, id });
  }

  /** Framework elements the museum may link: the sector's and its own. */
  async visibleElementIds(organisationId: string, ids: string[], em?: EntityManager) {
    if (!ids.length) return new Set<string>();
    const rows = await this.m(em)
      .getRepository(FrameworkElementEntity)
      .createQueryBuilder('e')
      .select('e.id', 'id')
      .where('e.id IN (:...ids)', { ids })
      .andWhere('(e.organisation_id IS NULL OR e.organisation_id = :organisationId)', {
        organisationId,
      })
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  async isMember(organisationId: string, userId: string, em?: EntityManager): Promise<boolean> {
    const rows = (await this.m(em).query(
      'SELECT 1 FROM memberships WHERE organisation_id = $1 AND user_id = $2',
      [organisationId, userId],
    )) as unknown[];
    return rows.length > 0;
  }

  async elementIdsOf(organisationId: string, indicatorId: string, em: EntityManager) {
    const rows = await em
      .getRepository(IndicatorFrameworkElementEntity)
      .findBy({ organisationId, indicatorId });
    return rows.map((r) => r.elementId).sort();
  }

  async setElements(
    organisationId: string,
    indicatorId: string,
    elementIds: string[],
    em: EntityManager,
  ): Promise<void> {
    const repo = em.getRepository(IndicatorFrameworkElementEntity);
    await repo.delete({ organisationId, indicatorId });
    if (elementIds.length)
      await repo.insert(
        elementIds.map((elementId) => ({ organisationId, indicatorId, elementId })),
      );
  }

  /** Framework elements of each indicator (for the loader). */
  async elementsOf(organisationId: string, indicatorIds: readonly string[]) {
    if (!indicatorIds.length) return [];
    return (await this.m().query(
      `SELECT l.indicator_id AS "indicatorId", e.id, e.framework_id AS "frameworkId",
              e.organisation_id AS "organisationId", e.code, e.label, e.description, e.position
         FROM indicator_framework_elements l JOIN framework_elements e ON e.id = l.element_id
        WHERE l.organisation_id = $1 AND l.indicator_id = ANY($2::uuid[])
        ORDER BY e.code`,
      [organisationId, [...indicatorIds]],
    )) as Array<FrameworkElementEntity & { indicatorId: string }>;
  }

  /** Whether targets, results or commitments refer to the indicator. */
  async hasTargetsOrResults(organisationId: string, indicatorId: string, em: EntityManager) {
    const [row] = (await em.query(
      `SELECT EXISTS (SELECT 1 FROM indicator_targets WHERE organisation_id = $1 AND indicator_id = $2)
           OR EXISTS (SELECT 1 FROM indicator_results WHERE organisation_id = $1 AND indicator_id = $2)
           OR EXISTS (SELECT 1 FROM commitments WHERE organisation_id = $1 AND $2::uuid = ANY(indicator_ids)) AS used`,
      [organisationId, indicatorId],
    )) as Array<{ used: boolean }>;
    return row?.used ?? false;
  }

  // ---- targets -------------------------------------------------------------------------------

  targets(
    organisationId: string,
    filter: {
      periodKey?: string | null;
      indicatorIds?: readonly string[] | null;
      scopeKey?: string;
    },
    em?: EntityManager,
  ): Promise<IndicatorTargetEntity[]> {
    return this.m(em)
      .getRepository(IndicatorTargetEntity)
      .find({
        where: {
          organisationId,
          ...(filter.periodKey ? { periodKey: filter.periodKey } : {}),
          ...(filter.indicatorIds ? { indicatorId: In([...filter.indicatorIds]) } : {}),
          ...(filter.scopeKey ? { scopeKey: filter.scopeKey } : {}),
        },
        order: { periodStart: 'DESC', periodKey: 'ASC', scopeKey: 'ASC', id: 'ASC' },
      });
  }

  findTarget(organisationId: string, id: string, em?: EntityManager) {
    return this.m(em).getRepository(IndicatorTargetEntity).findOneBy({ organisationId, id });
  }

  findTargetAt(
    organisationId: string,
    indicatorId: string,
    scopeKey: string,
    periodKey: string,
    em: EntityManager,
  ) {
    return em
      .getRepository(IndicatorTargetEntity)
      .findOneBy({ organisationId, indicatorId, scopeKey, periodKey });
  }

  saveTarget(target: IndicatorTargetEntity, em: EntityManager) {
    return em.getRepository(IndicatorTargetEntity).save(target);
  }

  newTarget(values: Partial<IndicatorTargetEntity>, em: EntityManager) {
    return em.getRepository(IndicatorTargetEntity).create(values);
  }

  async deleteTarget(organisationId: string, id: string, em: EntityManager) {
    await em.getRepository(IndicatorTargetEntity).delete({ organisationId, id });
  }

  // ---- results -------------------------------------------------------------------------------

  results(
    organisationId: string,
    filter: {
      periodKey?: string;
      indicatorIds?: readonly string[] | null;
      scopeKey?: string | null;
      includeDrafts: boolean;
    },
    em?: EntityManager,
  ): Promise<IndicatorResultEntity[]> {
    const qb = this.m(em)
      .getRepository(IndicatorResultEntity)
      .createQueryBuilder('r')
      .where('r.organisation_id = :organisationId', { organisationId });
    if (filter.periodKey) qb.andWhere('r.period_key = :periodKey', { periodKey: filter.periodKey });
    if (filter.indicatorIds)
      qb.andWhere('r.indicator_id IN (:...ids)', {
        ids: filter.indicatorIds.length ? [...filter.indicatorIds] : [null],
      });
    if (filter.scopeKey) qb.andWhere('r.scope_key = :scopeKey', { scopeKey: filter.scopeKey });
    if (!filter.includeDrafts) qb.andWhere("r.status <> 'DRAFT'");
    return qb
      .orderBy('r.indicator_id')
      .addOrderBy('r.scope_key')
      .addOrderBy('r.disaggregation', 'ASC', 'NULLS FIRST')
      .addOrderBy('r.cell_key')
      .getMany();
  }

  findResult(organisationId: string, id: string, em?: EntityManager) {
    return this.m(em).getRepository(IndicatorResultEntity).findOneBy({ organisationId, id });
  }

  findResultsForUpdate(organisationId: string, ids: string[], em: EntityManager) {
    if (!ids.length) return Promise.resolve([]);
    return em
      .getRepository(IndicatorResultEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.organisation_id = :organisationId AND r.id IN (:...ids)', { organisationId, ids })
      .getMany();
  }

  findResultAt(
    organisationId: string,
    key: { indicatorId: string; scopeKey: string; periodKey: string; cellSlot: string },
    em: EntityManager,
  ) {
    return em
      .getRepository(IndicatorResultEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where(
        'r.organisation_id = :organisationId AND r.indicator_id = :indicatorId AND r.scope_key = :scopeKey AND r.period_key = :periodKey AND r.cell_slot = :cellSlot',
        { organisationId, ...key },
      )
      .getOne();
  }

  newResult(values: Partial<IndicatorResultEntity>, em: EntityManager) {
    return em.getRepository(IndicatorResultEntity).create(values);
  }

  saveResult(result: IndicatorResultEntity, em: EntityManager) {
    return em.getRepository(IndicatorResultEntity).save(result);
  }

  async deleteResult(organisationId: string, id: string, em: EntityManager) {
    await em.getRepository(IndicatorResultEntity).delete({ organisationId, id });
  }

  /** Results whose period lies inside [start, end]. */
  async resultsWithin(
    organisationId: string,
    start: string,
    end: string,
    em: EntityManager,
  ): Promise<IndicatorResultEntity[]> {
    return em
      .getRepository(IndicatorResultEntity)
      .createQueryBuilder('r')
      .where('r.organisation_id = :organisationId', { organisationId })
      .andWhere('r.period_start >= :start AND r.period_end <= :end', { start, end })
      .getMany();
  }

  async setStatus(
    organisationId: string,
    ids: string[],
    status: IndicatorResultEntity['status'],
    em: EntityManager,
  ): Promise<void> {
    if (!ids.length) return;
    await em
      .getRepository(IndicatorResultEntity)
      .update({ organisationId, id: In(ids) }, { status });
  }

  // ---- period locks --------------------------------------------------------------------------

  locks(organisationId: string, em?: EntityManager): Promise<PeriodLockEntity[]> {
    return this.m(em)
      .getRepository(PeriodLockEntity)
      .find({ where: { organisationId }, order: { periodStart: 'DESC', periodKey: 'ASC' } });
  }

  findLock(organisationId: string, id: string, em?: EntityManager) {
    return this.m(em).getRepository(PeriodLockEntity).findOneBy({ organisationId, id });
  }

  findLockByKey(organisationId: string, periodKey: string, em: EntityManager) {
    return em.getRepository(PeriodLockEntity).findOneBy({ organisationId, periodKey });
  }

  async insertLock(values: Partial<PeriodLockEntity>, em: EntityManager) {
    const repo = em.getRepository(PeriodLockEntity);
    return repo.save(repo.create(values));
  }

  async deleteLock(organisationId: string, id: string, em: EntityManager) {
    await em.getRepository(PeriodLockEntity).delete({ organisationId, id });
  }

  /** Whether the museum has a survey with this id (false while surveys are not installed). */
  async surveyExists(organisationId: string, surveyId: string, em?: EntityManager) {
    const [table] = (await this.m(em).query(`SELECT to_regclass('public.surveys') AS t`)) as Array<{
      t: string | null;
    }>;
    if (!table?.t) return false;
    const rows = (await this.m(em).query(
      'SELECT 1 FROM surveys WHERE organisation_id = $1 AND id = $2',
      [organisationId, surveyId],
    )) as unknown[];
    return rows.length > 0;
  }
}
