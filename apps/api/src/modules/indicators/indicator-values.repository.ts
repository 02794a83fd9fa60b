import {
  CYP_AGE_BANDS,
  CYP_AUDIENCE_TYPES,
  CYP_KEY_STAGES,
  type BuiltInIndicatorCode,
  type Disaggregation,
  type ScopeKind,
} from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** A figure before suppression: the value and the base it is counted over. */
export interface RawFigure {
  value: number | null;
  n: number;
}

export interface BuiltInFigures {
  total: Record<BuiltInIndicatorCode, RawFigure>;
  /** Cells of the requested breakdown, per indicator that can have them (keys unordered). */
  cells: Partial<Record<BuiltInIndicatorCode, Map<string, RawFigure>>>;
  /** ATTENDANCES_BY_AUDIENCE_TYPE's own cells: always by audience type. */
  byAudienceType: Map<string, RawFigure>;
}

export interface ComputeScope {
  kind: ScopeKind;
  id: string | null;
}

/** The breakdowns of attendance rows (alias a) and of sessions (alias s, session-level only). */
const ATTENDANCE_DIMENSION: Record<Disaggregation, string> = {
  AUDIENCE_TYPE: 'a.audience_type::text',
  AGE_BAND: "COALESCE(a.age_band::text, 'UNKNOWN')",
  KEY_STAGE: "COALESCE(a.key_stage::text, 'UNKNOWN')",
  DEPRIVATION_DECILE: "COALESCE(a.decile::text, 'UNKNOWN')",
  DELIVERY_MODE: 'a.delivery_mode::text',
  SESSION_FORMAT: 'a.format::text',
  FIRST_TIME: "COALESCE(a.first_time::text, 'UNKNOWN')",
  SEND: "COALESCE(a.send::text, 'UNKNOWN')",
};
const SESSION_DIMENSION: Partial<Record<Disaggregation, string>> = {
  DELIVERY_MODE: 's.delivery_mode::text',
  SESSION_FORMAT: 's.format::text',
};

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Children and young people up to 25 (see CYP_ATTENDANCES' definition). */
const CYP = `(a.age_band IN (${list(CYP_AGE_BANDS)})
  OR a.key_stage IN (${list(CYP_KEY_STAGES)})
  OR ((a.age_band IS NULL OR a.age_band = 'UNKNOWN') AND a.key_stage IS NULL
      AND a.audience_type IN (${list(CYP_AUDIENCE_TYPES)})))`;

interface AttendanceRow {
  g: number;
  cell: string | null;
  audience: string | null;
  attendances: string;
  cyp: string;
  decile_known: string;
  deprived: string;
  online: string;
  contact_minutes: string;
  duration_known: string;
  first_time: string;
  first_time_known: string;
}
interface SessionRow {
  cell: string | null;
  sessions: string;
  co_designed: string;
}
interface PartnerRow {
  cell: string | null;
  partners: string;
  schools: string;
}

const share = (part: number, base: number): RawFigure => ({
  value: base > 0 ? (100 * part) / base : null,
  n: base,
});
const count = (value: number): RawFigure => ({ value, n: value });

/**
 * Every built-in indicator for one window and scope, for the total and one breakdown, in one
 * SQL statement (GROUPING SETS and FILTER aggregates over delivered sessions, their
 * attendance and their partners): no loops over sessions here.
 */
@Injectable()
export class IndicatorValuesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async builtIns(
    organisationId: string,
    window: { start: string; end: string },
    scope: ComputeScope,
    disaggregation: Disaggregation | null,
    em?: EntityManager,
  ): Promise<BuiltInFigures> {
    const params: unknown[] = [organisationId, window.start, window.end];
    let scopeFilter = '';
    if (scope.kind !== 'MUSEUM' && scope.id) {
      params.push(scope.id);
      scopeFilter = scope.kind === 'SITE' ? 'AND s.site_id = $4' : 'AND s.programme_id = $4';
    }
    const dimA = disaggregation ? ATTENDANCE_DIMENSION[disaggregation] : null;
    const dimS = disaggregation ? (SESSION_DIMENSION[disaggregation] ?? null) : null;
    // g: 0 the total, 1 the breakdown's cells, 2 the audience-type cells.
    const attendanceSets = [
      '()',
      ...(dimA && disaggregation !== 'AUDIENCE_TYPE' ? [`(${dimA})`] : []),
      '(a.audience_type)',
    ].join(', ');
    const cellExpr = dimA && disaggregation !== 'AUDIENCE_TYPE' ? dimA : 'NULL::text';
    const groupFlag =
      dimA && disaggregation !== 'AUDIENCE_TYPE'
        ? `CASE WHEN GROUPING(${dimA}) = 0 THEN 1 WHEN GROUPING(a.audience_type) = 0 THEN 2 ELSE 0 END`
        : 'CASE WHEN GROUPING(a.audience_type) = 0 THEN 2 ELSE 0 END';
    const sessionSets = dimS ? `GROUPING SETS ((), (${dimS}))` : '()';
    const sessionCell = dimS ? `CASE WHEN GROUPING(${dimS}) = 0 THEN ${dimS} END` : 'NULL::text';

    const sql = `
      WITH s AS NOT MATERIALIZED (
        SELECT s.id, s.delivery_mode, s.format, s.duration_minutes, s.co_designed, s.deprivation_decile
          FROM sessions s
         WHERE s.organisation_id = $1 AND s.status = 'DELIVERED'
           AND s.date BETWEEN $2::date AND $3::date ${scopeFilter}
      ),
      a AS (
        SELECT sa.count, sa.audience_type, sa.age_band, sa.key_stage, sa.first_time, sa.send,
               COALESCE(sa.deprivation_decile, s.deprivation_decile) AS decile,
               s.delivery_mode, s.format, s.duration_minutes
          FROM s JOIN session_attendance sa ON sa.session_id = s.id AND sa.organisation_id = $1
      ),
      att AS (
        SELECT ${groupFlag} AS g,
               ${cellExpr === 'NULL::text' ? 'NULL::text' : `CASE WHEN GROUPING(${cellExpr}) = 0 THEN ${cellExpr} END`} AS cell,
               CASE WHEN GROUPING(a.audience_type) = 0 THEN a.audience_type::text END AS audience,
               COALESCE(SUM(a.count), 0) AS attendances,
               COALESCE(SUM(a.count) FILTER (WHERE ${CYP}), 0) AS cyp,
               COALESCE(SUM(a.count) FILTER (WHERE a.decile IS NOT NULL), 0) AS decile_known,
               COALESCE(SUM(a.count) FILTER (WHERE a.decile <= 3), 0) AS deprived,
               COALESCE(SUM(a.count) FILTER (WHERE a.delivery_mode = 'ONLINE'), 0) AS online,
               COALESCE(SUM(a.count * a.duration_minutes), 0) AS contact_minutes,
               COALESCE(SUM(a.count) FILTER (WHERE a.duration_minutes IS NOT NULL), 0) AS duration_known,
               COALESCE(SUM(a.count) FILTER (WHERE a.first_time), 0) AS first_time,
               COALESCE(SUM(a.count) FILTER (WHERE a.first_time IS NOT NULL), 0) AS first_time_known
          FROM a
         GROUP BY GROUPING SETS (${attendanceSets})
      ),
      ses AS (
        SELECT ${sessionCell} AS cell, COUNT(*) AS sessions,
               COUNT(*) FILTER (WHERE s.co_designed) AS co_designed
          FROM s GROUP BY ${sessionSets}
      ),
      links AS (
        -- Each partner once per cell (hash aggregate), then counted: cheaper than COUNT(DISTINCT).
        SELECT ${sessionCell} AS cell, sp.partner_id, bool_or(p.type = 'SCHOOL') AS school
          FROM s
          JOIN session_partners sp ON sp.session_id = s.id AND sp.organisation_id = $1
          JOIN partners p ON p.id = sp.partner_id AND p.organisation_id = $1
         GROUP BY ${dimS ? `GROUPING SETS ((sp.partner_id), (${dimS}, sp.partner_id))` : 'sp.partner_id'}
      ),
      par AS (
        SELECT cell, COUNT(*) AS partners, COUNT(*) FILTER (WHERE school) AS schools
          FROM links GROUP BY cell
      )
      SELECT (SELECT COALESCE(json_agg(att), '[]') FROM att) AS att,
             (SELECT COALESCE(json_agg(ses), '[]') FROM ses) AS ses,
             (SELECT COALESCE(json_agg(par), '[]') FROM par) AS par`;
    // Enough memory for the hash joins and aggregates not to spill to disk (this transaction
    // only; outside one, a transaction of its own).
    const run = async (m: EntityManager) => {
      await m.query(`SELECT set_config('work_mem', '64MB', true)`);
      return m.query(sql, params) as Promise<unknown[]>;
    };
    const [row] = (em ? await run(em) : await this.dataSource.transaction(run)) as Array<{
      att: AttendanceRow[];
      ses: SessionRow[];
      par: PartnerRow[];
    }>;
    return assemble(row!, disaggregation, dimS !== null);
  }
}

function attendanceFigures(row: AttendanceRow | undefined) {
  const n = (key: keyof AttendanceRow) => Number(row?.[key] ?? 0);
  return {
    ATTENDANCES: count(n('attendances')),
    CYP_ATTENDANCES: count(n('cyp')),
    DEPRIVED_SHARE: share(n('deprived'), n('decile_known')),
    ONLINE_SHARE: share(n('online'), n('attendances')),
    CONTACT_HOURS: { value: n('contact_minutes') / 60, n: n('duration_known') },
    FIRST_TIME_SHARE: share(n('first_time'), n('first_time_known')),
  };
}

function sessionFigures(session: SessionRow | undefined, partner: PartnerRow | undefined) {
  const sessions = Number(session?.sessions ?? 0);
  return {
    SESSIONS_DELIVERED: count(sessions),
    CO_DESIGNED_SHARE: share(Number(session?.co_designed ?? 0), sessions),
    DISTINCT_SCHOOLS: count(Number(partner?.schools ?? 0)),
    DISTINCT_PARTNERS: count(Number(partner?.partners ?? 0)),
  };
}

function assemble(
  row: { att: AttendanceRow[]; ses: SessionRow[]; par: PartnerRow[] },
  disaggregation: Disaggregation | null,
  sessionLevel: boolean,
): BuiltInFigures {
  const totalAttendance = row.att.find((r) => r.g === 0);
  const totalSession = row.ses.find((r) => r.cell === null);
  const totalPartner = row.par.find((r) => r.cell === null);
  const attendance = attendanceFigures(totalAttendance);
  const total = {
    ...attendance,
    ...sessionFigures(totalSession, totalPartner),
    ATTENDANCES_BY_AUDIENCE_TYPE: attendance.ATTENDANCES,
  };

  const byAudienceType = new Map<string, RawFigure>();
  for (const r of row.att.filter((r) => r.g === 2 && r.audience !== null))
    byAudienceType.set(r.audience!, count(Number(r.attendances)));

  const cells: BuiltInFigures['cells'] = {};
  if (disaggregation) {
    const attendanceCells =
      disaggregation === 'AUDIENCE_TYPE'
        ? row.att.filter((r) => r.g === 2).map((r) => ({ key: r.audience!, row: r }))
        : row.att.filter((r) => r.g === 1).map((r) => ({ key: r.cell!, row: r }));
    for (const { key, row: r } of attendanceCells) {
      for (const [code, figure] of Object.entries(attendanceFigures(r))) {
        const map = (cells[code as BuiltInIndicatorCode] ??= new Map());
        map.set(key, figure);
      }
    }
    if (sessionLevel) {
      const keys = new Set(row.ses.filter((r) => r.cell !== null).map((r) => r.cell!));
      for (const key of keys) {
        const figures = sessionFigures(
          row.ses.find((r) => r.cell === key),
          row.par.find((r) => r.cell === key),
        );
        for (const [code, figure] of Object.entries(figures)) {
          if ((code === 'DISTINCT_SCHOOLS' || code === 'DISTINCT_PARTNERS') && figure.value === 0)
            continue; // a mode no partner came through is not a cell of partners reached
          const map = (cells[code as BuiltInIndicatorCode] ??= new Map());
          map.set(key, figure);
        }
      }
    }
  }
  return { total, cells, byAudienceType };
}
