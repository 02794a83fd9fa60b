import type { SurveyWave } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface ItemWaveAggregate {
  wave: SurveyWave;
  followUpMonths: number | null;
  itemCode: string;
  n: number;
  mean: number | null;
  sd: number | null;
  agreeing: number;
  promoters: number;
  detractors: number;
}

export interface DistributionRow {
  wave: SurveyWave;
  followUpMonths: number | null;
  itemCode: string;
  value: number;
  n: number;
}

export interface PairedAggregate {
  itemCode: string;
  n: number;
  mean: number | null;
  sd: number | null;
  rose: number;
  fell: number;
}

/** The responses an aggregate counts: one survey, or a museum's responses narrowed by scope. */
export interface ResponseScope {
  organisationId: string;
  surveyId: string | null;
  start?: string | null;
  end?: string | null;
  programmeId?: string | null;
  siteId?: string | null;
  waves?: readonly SurveyWave[] | null;
  itemCode?: string | null;
}

/**
 * The WHERE clause over `survey_responses r` (joined to its survey `s` and session `se`),
 * with parameters from $1.
 */
function scopeSql(scope: ResponseScope): { joins: string; where: string; params: unknown[] } {
  const params: unknown[] = [scope.organisationId];
  const clauses = ['r.organisation_id = $1'];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(sql(`$${params.length}`));
  };
  if (scope.surveyId) add((p) => `r.survey_id = ${p}::uuid`, scope.surveyId);
  if (scope.start) add((p) => `r.local_date >= ${p}::date`, scope.start);
  if (scope.end) add((p) => `r.local_date <= ${p}::date`, scope.end);
  if (scope.waves?.length) add((p) => `r.wave::text = ANY(${p}::text[])`, [...scope.waves]);
  let joins = '';
  if (scope.programmeId || scope.siteId) {
    joins = `JOIN surveys s ON s.organisation_id = r.organisation_id AND s.id = r.survey_id
             LEFT JOIN sessions se ON se.organisation_id = s.organisation_id AND se.id = s.session_id`;
    if (scope.programmeId)
      add(
        (p) => `(s.programme_id = ${p}::uuid OR se.programme_id = ${p}::uuid)`,
        scope.programmeId,
      );
    if (scope.siteId) add((p) => `se.site_id = ${p}::uuid`, scope.siteId);
  }
  return { joins, where: clauses.join(' AND '), params };
}

/** Survey statistics as SQL aggregates (never loops over rows). */
@Injectable()
export class SurveyStatisticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private query<T>(sql: string, params: unknown[], em?: EntityManager): Promise<T[]> {
    return (em ?? this.dataSource.manager).query(sql, params) as Promise<T[]>;
  }

  /** n, mean, sd and the counts behind share agreeing and NPS, per wave and item. */
  async itemAggregates(scope: ResponseScope, em?: EntityManager): Promise<ItemWaveAggregate[]> {
    const { joins, where, params } = scopeSql(scope);
    const itemFilter = scope.itemCode ? ` AND a.item_code = $${params.push(scope.itemCode)}` : '';
    const rows = await this.query<{
      wave: SurveyWave;
      follow_up_months: number | null;
      item_code: string;
      n: number;
      mean: number | null;
      sd: number | null;
      agreeing: number;
      promoters: number;
      detractors: number;
    }>(
      `SELECT r.wave, r.follow_up_months, a.item_code,
              count(a.value)::int AS n,
              avg(a.value)::float8 AS mean,
              stddev_samp(a.value)::float8 AS sd,
              count(*) FILTER (WHERE a.value >= 4)::int AS agreeing,
              count(*) FILTER (WHERE a.value >= 9)::int AS promoters,
              count(*) FILTER (WHERE a.value <= 6)::int AS detractors
         FROM survey_responses r
         JOIN survey_answers a ON a.response_id = r.id
         ${joins}
        WHERE ${where} AND a.value IS NOT NULL${itemFilter}
        GROUP BY r.wave, r.follow_up_months, a.item_code`,
      params,
      em,
    );
    return rows.map((row) => ({
      wave: row.wave,
      followUpMonths: row.follow_up_months,
      itemCode: row.item_code,
      n: row.n,
      mean: row.mean,
      sd: row.sd,
      agreeing: row.agreeing,
      promoters: row.promoters,
      detractors: row.detractors,
    }));
  }

  /** How many answered each option (quality items rounded to tenths), per wave and item. */
  async distribution(scope: ResponseScope): Promise<DistributionRow[]> {
    const { joins, where, params } = scopeSql(scope);
    const rows = await this.query<{
      wave: SurveyWave;
      follow_up_months: number | null;
      item_code: string;
      value: number;
      n: number;
    }>(
      `SELECT r.wave, r.follow_up_months, a.item_code,
              (CASE WHEN a.item_code LIKE 'QD\\_%' THEN round(a.value, 1) ELSE a.value END)::float8 AS value,
              count(*)::int AS n
         FROM survey_responses r
         JOIN survey_answers a ON a.response_id = r.id
         ${joins}
        WHERE ${where} AND a.value IS NOT NULL
        GROUP BY 1, 2, 3, 4`,
      params,
    );
    return rows.map((row) => ({
      wave: row.wave,
      followUpMonths: row.follow_up_months,
      itemCode: row.item_code,
      value: row.value,
      n: row.n,
    }));
  }

  /**
   * Paired change per item: each pairing hash's latest PRE and latest POST answer to the item
   * in the same survey; post minus pre. Scope dates apply to the POST response.
   */
  async paired(scope: ResponseScope, em?: EntityManager): Promise<PairedAggregate[]> {
    const { joins, where, params } = scopeSql({ ...scope, waves: ['POST'] });
    const itemFilter = scope.itemCode ? ` AND a.item_code = $${params.push(scope.itemCode)}` : '';
    const rows = await this.query<{
      item_code: string;
      n: number;
      mean: number | null;
      sd: number | null;
      rose: number;
      fell: number;
    }>(
      `WITH post AS (
         SELECT DISTINCT ON (r.survey_id, r.pairing_hash, a.item_code)
                r.survey_id, r.pairing_hash, a.item_code, a.value
           FROM survey_responses r
           JOIN survey_answers a ON a.response_id = r.id
           ${joins}
          WHERE ${where} AND r.pairing_hash IS NOT NULL AND a.value IS NOT NULL${itemFilter}
          ORDER BY r.survey_id, r.pairing_hash, a.item_code, r.submitted_at DESC
       ), pre AS (
         SELECT DISTINCT ON (r.survey_id, r.pairing_hash, a.item_code)
                r.survey_id, r.pairing_hash, a.item_code, a.value
           FROM survey_responses r
           JOIN survey_answers a ON a.response_id = r.id
          WHERE r.organisation_id = $1 AND r.wave = 'PRE' AND r.pairing_hash IS NOT NULL
            AND a.value IS NOT NULL
            AND (r.survey_id, r.pairing_hash) IN (SELECT survey_id, pairing_hash FROM post)
          ORDER BY r.survey_id, r.pairing_hash, a.item_code, r.submitted_at DESC
       ), d AS (
         SELECT post.item_code, (post.value - pre.value) AS diff
           FROM post JOIN pre USING (survey_id, pairing_hash, item_code)
       )
       SELECT item_code, count(*)::int AS n, avg(diff)::float8 AS mean,
              stddev_samp(diff)::float8 AS sd,
              count(*) FILTER (WHERE diff > 0)::int AS rose,
              count(*) FILTER (WHERE diff < 0)::int AS fell
         FROM d GROUP BY item_code`,
      params,
      em,
    );
    return rows.map((row) => ({
      itemCode: row.item_code,
      n: row.n,
      mean: row.mean,
      sd: row.sd,
      rose: row.rose,
      fell: row.fell,
    }));
  }

  /** Responses per wave. */
  async waveCounts(
    scope: ResponseScope,
  ): Promise<Array<{ wave: SurveyWave; followUpMonths: number | null; n: number }>> {
    const { joins, where, params } = scopeSql(scope);
    const rows = await this.query<{
      wave: SurveyWave;
      follow_up_months: number | null;
      n: number;
    }>(
      `SELECT r.wave, r.follow_up_months, count(*)::int AS n
         FROM survey_responses r ${joins}
        WHERE ${where}
        GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    );
    return rows.map((row) => ({
      wave: row.wave,
      followUpMonths: row.follow_up_months,
      n: row.n,
    }));
  }

  /** The latest free-text answers. */
  async comments(
    scope: ResponseScope,
    limit: number,
  ): Promise<Array<{ itemCode: string; wave: SurveyWave; text: string; localDate: string }>> {
    const { joins, where, params } = scopeSql(scope);
    params.push(limit);
    const rows = await this.query<{
      item_code: string;
      wave: SurveyWave;
      text: string;
      local_date: string;
    }>(
      `SELECT a.item_code, r.wave, a.text, r.local_date::text AS local_date
         FROM survey_responses r
         JOIN survey_answers a ON a.response_id = r.id
         ${joins}
        WHERE ${where} AND a.text IS NOT NULL
        ORDER BY r.submitted_at DESC, a.item_code
        LIMIT $${params.length}`,
      params,
    );
    return rows.map((row) => ({
      itemCode: row.item_code,
      wave: row.wave,
      text: row.text,
      localDate: row.local_date,
    }));
  }

  /** The museum's small-cell threshold. */
  async smallCellThreshold(organisationId: string): Promise<number> {
    const rows = await this.query<{ small_cell_threshold: number }>(
      'SELECT small_cell_threshold FROM organisations WHERE id = $1',
      [organisationId],
    );
    return rows[0]?.small_cell_threshold ?? 5;
  }
}
