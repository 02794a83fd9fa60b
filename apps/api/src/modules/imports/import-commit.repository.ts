import type {
  AgeBand,
  AudienceType,
  CountKind,
  DeliveryMode,
  DeprivationIndex,
  KeyStage,
  PartnerType,
  ProgrammeStrand,
  SessionFormat,
  SessionStatus,
  SiteType,
} from '@lantern/domain';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, EntityManager } from 'typeorm';

export interface KnownProgramme {
  id: string;
  name: string;
}

export interface KnownSite {
  id: string;
  name: string;
}

export interface KnownPartner {
  id: string;
  urn: string | null;
  nameKey: string;
  postcode: string | null;
  deprivationDecile: number | null;
  deprivationIndex: DeprivationIndex | null;
}

export interface NewProgramme {
  id: string;
  name: string;
  strand: ProgrammeStrand;
  startDate: string;
}

export interface NewSite {
  id: string;
  name: string;
  type: SiteType;
}

export interface NewPartner extends KnownPartner {
  name: string;
  type: PartnerType;
}

export interface SessionRow {
  id: string;
  programmeId: string;
  title: string;
  date: string;
  startTime: string | null;
  durationMinutes: number | null;
  format: SessionFormat;
  deliveryMode: DeliveryMode;
  status: SessionStatus;
  siteId: string | null;
  outreachPostcode: string | null;
  notes: string | null;
  deprivationDecile: number | null;
  deprivationIndex: DeprivationIndex | null;
  attendanceTotal: number;
  fingerprint: string;
}

export interface AttendanceRow {
  id: string;
  sessionId: string;
  position: number;
  audienceType: AudienceType;
  ageBand: AgeBand | null;
  keyStage: KeyStage | null;
  count: number;
  countKind: CountKind;
  firstTime: boolean | null;
  deprivationDecile: number | null;
  deprivationIndex: DeprivationIndex | null;
}

export interface SessionPartnerRow {
  sessionId: string;
  partnerId: string;
}

const column = <T, K extends keyof T>(rows: readonly T[], key: K): Array<T[K]> =>
  rows.map((row) => row[key]);

/**
 * The bulk SQL of an import: look-ups of what the museum already has, multi-row inserts of
 * programmes, sites and partners (columns passed as arrays and unnested), and COPY of the
 * sessions, their attendance cells and partner links, all inside the commit's transaction.
 * Every statement is scoped by organisation.
 */
@Injectable()
export class ImportCommitRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  /** One commit at a time per museum: concurrent imports cannot race to create the same partner. */
  async lockOrganisation(organisationId: string, em: EntityManager): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('activity-import:' || $1, 0))`, [
      organisationId,
    ]);
  }

  async programmes(organisationId: string, em?: EntityManager): Promise<KnownProgramme[]> {
    return this.manager(em).query(
      'SELECT id, name FROM programmes WHERE organisation_id = $1 ORDER BY created_at, id',
      [organisationId],
    );
  }

  async sites(organisationId: string, em?: EntityManager): Promise<KnownSite[]> {
    return this.manager(em).query(
      'SELECT id, name FROM sites WHERE organisation_id = $1 ORDER BY created_at, id',
      [organisationId],
    );
  }

  /** Partners known by any of the URNs or name keys. */
  async partners(
    organisationId: string,
    urns: readonly string[],
    nameKeys: readonly string[],
    em?: EntityManager,
  ): Promise<KnownPartner[]> {
    if (!urns.length && !nameKeys.length) return [];
    return this.manager(em).query(
      `SELECT id, urn, name_key AS "nameKey", postcode,
              deprivation_decile AS "deprivationDecile", deprivation_index AS "deprivationIndex"
         FROM partners
        WHERE organisation_id = $1 AND (urn = ANY($2::text[]) OR name_key = ANY($3::text[]))
        ORDER BY created_at, id`,
      [organisationId, urns, nameKeys],
    );
  }

  /** Which of these fingerprint hashes already belong to a session of the museum. */
  async existingFingerprints(
    organisationId: string,
    hashes: readonly string[],
    em?: EntityManager,
  ): Promise<Set<string>> {
    if (!hashes.length) return new Set();
    // One probe of the unique (organisation_id, import_fingerprint) index per fingerprint.
    // (A plain `= ANY(...)` lets the planner, whose statistics lag behind a commit that is
    // inserting thousands of sessions, scan every session of the museum for each batch.)
    const rows: Array<{ fingerprint: string }> = await this.manager(em).query(
      `SELECT f.fingerprint
         FROM unnest($2::text[]) AS f(fingerprint)
         CROSS JOIN LATERAL (
           SELECT 1 FROM sessions s
            WHERE s.organisation_id = $1 AND s.import_fingerprint = f.fingerprint
            LIMIT 1
         ) AS found`,
      [organisationId, hashes],
    );
    return new Set(rows.map((row) => row.fingerprint));
  }

  async insertProgrammes(
    organisationId: string,
    programmes: readonly NewProgramme[],
    em: EntityManager,
  ): Promise<void> {
    if (!programmes.length) return;
    await em.query(
      `INSERT INTO programmes (id, organisation_id, name, strand, status, start_date)
       SELECT u.id, $1, u.name, u.strand, 'ACTIVE', u.start_date
         FROM unnest($2::uuid[], $3::text[], $4::programme_strand[], $5::date[])
           AS u(id, name, strand, start_date)`,
      [
        organisationId,
        column(programmes, 'id'),
        column(programmes, 'name'),
        column(programmes, 'strand'),
        column(programmes, 'startDate'),
      ],
    );
  }

  /** Strand and start date of the programmes this import created, once every row is seen. */
  async settleProgrammes(
    organisationId: string,
    programmes: readonly NewProgramme[],
    em: EntityManager,
  ): Promise<void> {
    if (!programmes.length) return;
    await em.query(
      `UPDATE programmes p SET strand = u.strand, start_date = u.start_date, updated_at = now()
         FROM unnest($2::uuid[], $3::programme_strand[], $4::date[]) AS u(id, strand, start_date)
        WHERE p.organisation_id = $1 AND p.id = u.id`,
      [
        organisationId,
        column(programmes, 'id'),
        column(programmes, 'strand'),
        column(programmes, 'startDate'),
      ],
    );
  }

  async insertSites(organisationId: string, sites: readonly NewSite[], em: EntityManager) {
    if (!sites.length) return;
    await em.query(
      `INSERT INTO sites (id, organisation_id, name, type)
       SELECT u.id, $1, u.name, u.type
         FROM unnest($2::uuid[], $3::text[], $4::site_type[]) AS u(id, name, type)`,
      [organisationId, column(sites, 'id'), column(sites, 'name'), column(sites, 'type')],
    );
  }

  async insertPartners(
    organisationId: string,
    partners: readonly NewPartner[],
    em: EntityManager,
  ): Promise<void> {
    if (!partners.length) return;
    await em.query(
      `INSERT INTO partners (id, organisation_id, name, name_key, type, urn, postcode,
                             deprivation_decile, deprivation_index)
       SELECT u.id, $1, u.name, u.name_key, u.type, u.urn, u.postcode, u.decile, u.index_version
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::partner_type[], $6::text[],
                     $7::text[], $8::smallint[], $9::deprivation_index[])
           AS u(id, name, name_key, type, urn, postcode, decile, index_version)`,
      [
        organisationId,
        column(partners, 'id'),
        column(partners, 'name'),
        column(partners, 'nameKey'),
        column(partners, 'type'),
        column(partners, 'urn'),
        column(partners, 'postcode'),
        column(partners, 'deprivationDecile'),
        column(partners, 'deprivationIndex'),
      ],
    );
  }

  /** COPY rows (text format) into a table on the transaction's own connection. */
  private async copy(
    em: EntityManager,
    table: string,
    columns: readonly string[],
    lines: string,
  ): Promise<void> {
    if (!lines) return;
    const runner = em.queryRunner;
    if (!runner?.isTransactionActive) throw new Error('COPY needs the transaction of the commit');
    const client = (await runner.connect()) as PoolClient;
    const stream = client.query(
      copyFrom(`COPY ${table} (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`),
    );
    await pipeline(Readable.from([lines]), stream);
  }

  /**
   * Inserts new sessions (the caller has left out those whose fingerprint the museum already
   * has; the unique index on (organisation_id, import_fingerprint) still guards against a
   * duplicate, which would roll the whole commit back).
   */
  async copySessions(
    organisationId: string,
    importId: string,
    createdByUserId: string | null,
    sessions: readonly SessionRow[],
    em: EntityManager,
  ): Promise<void> {
    let lines = '';
    for (const s of sessions) {
      lines += copyLine([
        s.id,
        organisationId,
        s.programmeId,
        s.title,
        s.date,
        s.startTime,
        s.durationMinutes,
        s.format,
        s.deliveryMode,
        s.status,
        s.siteId,
        s.outreachPostcode,
        s.notes,
        s.deprivationDecile,
        s.deprivationIndex,
        s.attendanceTotal,
        importId,
        s.fingerprint,
        createdByUserId,
      ]);
    }
    await this.copy(em, 'sessions', SESSION_COLUMNS, lines);
  }

  async copyAttendance(
    organisationId: string,
    cells: readonly AttendanceRow[],
    em: EntityManager,
  ): Promise<void> {
    let lines = '';
    for (const c of cells) {
      lines += copyLine([
        c.id,
        organisationId,
        c.sessionId,
        c.position,
        c.audienceType,
        c.ageBand,
        c.keyStage,
        c.count,
        c.countKind,
        c.firstTime,
        c.deprivationDecile,
        c.deprivationIndex,
      ]);
    }
    await this.copy(em, 'session_attendance', ATTENDANCE_COLUMNS, lines);
  }

  async copySessionPartners(
    organisationId: string,
    links: readonly SessionPartnerRow[],
    em: EntityManager,
  ): Promise<void> {
    let lines = '';
    for (const link of links) lines += copyLine([link.sessionId, link.partnerId, organisationId]);
    await this.copy(em, 'session_partners', ['session_id', 'partner_id', 'organisation_id'], lines);
  }
}

const SESSION_COLUMNS = [
  'id',
  'organisation_id',
  'programme_id',
  'title',
  'date',
  'start_time',
  'duration_minutes',
  'format',
  'delivery_mode',
  'status',
  'site_id',
  'outreach_postcode',
  'notes',
  'deprivation_decile',
  'deprivation_index',
  'attendance_total',
  'import_id',
  'import_fingerprint',
  'created_by_user_id',
] as const;

const ATTENDANCE_COLUMNS = [
  'id',
  'organisation_id',
  'session_id',
  'position',
  'audience_type',
  'age_band',
  'key_stage',
  'count',
  'count_kind',
  'first_time',
  'deprivation_decile',
  'deprivation_index',
] as const;

const COPY_SPECIAL = /[\\\n\r\t]/;

/** One row of COPY's text format: tab-separated, \N for null, backslash escapes. */
export function copyLine(values: ReadonlyArray<string | number | boolean | null>): string {
  let line = '';
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (i > 0) line += '\t';
    if (value === null || value === undefined) line += '\\N';
    else if (typeof value === 'boolean') line += value ? 't' : 'f';
    else if (typeof value === 'number') line += String(value);
    else if (COPY_SPECIAL.test(value)) {
      line += value
        .replace(/\\/g, '\\\\')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t');
    } else line += value;
  }
  return `${line}\n`;
}
