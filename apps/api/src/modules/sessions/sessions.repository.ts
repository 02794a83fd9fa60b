import type {
  AttendanceCell,
  FacilitatorInput,
  ProgrammeStrand,
  SessionFilter,
} from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { FrameworkElementEntity } from '../frameworks/framework-element.entity';
import { SiteEntity } from '../organisations/site.entity';
import { PartnerEntity } from '../partners/partner.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import {
  SessionAttendanceEntity,
  SessionEntity,
  SessionFacilitatorEntity,
  SessionFrameworkElementEntity,
  SessionPartnerEntity,
} from './session.entity';

/** A session's own columns (no relations), as written. */
export type SessionValues = Partial<
  Omit<SessionEntity, 'organisation' | 'programme' | 'site' | 'createdBy' | 'activityImport'>
>;

/** Where a session sits in the list: date (newest first), start time (no time last), id. */
export interface SessionPosition {
  date: string;
  startTime: string | null;
  id: string;
}

/** Sorts sessions without a start time after those with one on the same day. */
export const NO_START_TIME = '23:59:59.999';
const SORT_TIME = `COALESCE(session.start_time, '${NO_START_TIME}'::time)`;

/** What a write needs to know about the ids it was given, read in one round trip. */
export interface WriteReferences {
  timeZone: string;
  programme: { id: string; name: string } | null;
  siteIds: Set<string>;
  partners: Array<{ id: string; name: string; postcode: string | null }>;
  elementIds: Set<string>;
  memberIds: Set<string>;
}

export interface SessionChildren {
  partnerIds: string[];
  facilitators: FacilitatorInput[];
  elementIds: string[];
  attendance: AttendanceCell[];
}

/** The caller's last session in a programme, with what "Log a session" copies from it. */
export interface LastSession {
  session: SessionEntity;
  partnerIds: string[];
  facilitators: SessionFacilitatorEntity[];
  attendance: SessionAttendanceEntity[];
}

/** Sessions, their attendance and their links; every method is scoped by organisation id. */
@Injectable()
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  private filtered(
    organisationId: string,
    filter: SessionFilter,
  ): SelectQueryBuilder<SessionEntity> {
    const query = this.manager()
      .getRepository(SessionEntity)
      .createQueryBuilder('session')
      .where('session.organisation_id = :organisationId', { organisationId });
    if (filter.from) query.andWhere('session.date >= :from', { from: filter.from });
    if (filter.to) query.andWhere('session.date <= :to', { to: filter.to });
    if (filter.programmeId)
      query.andWhere('session.programme_id = :programmeId', { programmeId: filter.programmeId });
    if (filter.siteId) query.andWhere('session.site_id = :siteId', { siteId: filter.siteId });
    if (filter.format) query.andWhere('session.format = :format', { format: filter.format });
    if (filter.deliveryMode)
      query.andWhere('session.delivery_mode = :deliveryMode', {
        deliveryMode: filter.deliveryMode,
      });
    if (filter.status) query.andWhere('session.status = :status', { status: filter.status });
    if (filter.partnerId) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM session_partners sp WHERE sp.organisation_id = :organisationId
           AND sp.session_id = session.id AND sp.partner_id = :partnerId)`,
        { partnerId: filter.partnerId },
      );
    }
    return query;
  }

  /** Up to `limit` sessions after `after`, in list order (date newest first, start time, id). */
  page(
    organisationId: string,
    filter: SessionFilter,
    limit: number,
    after: SessionPosition | null,
  ): Promise<SessionEntity[]> {
    const query = this.filtered(organisationId, filter);
    if (after) {
      query.andWhere(
        `(session.date < :afterDate OR (session.date = :afterDate AND (${SORT_TIME} > :afterTime::time
           OR (${SORT_TIME} = :afterTime::time AND session.id > :afterId))))`,
        {
          afterDate: after.date,
          afterTime: after.startTime ?? NO_START_TIME,
          afterId: after.id,
        },
      );
    }
    return query
      .orderBy('session.date', 'DESC')
      .addOrderBy(SORT_TIME, 'ASC')
      .addOrderBy('session.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** How many sessions match, and their attendances. */
  async totals(
    organisationId: string,
    filter: SessionFilter,
  ): Promise<{ count: number; attendance: number }> {
    const row = await this.filtered(organisationId, filter)
      .select('count(*)::int', 'count')
      .addSelect('COALESCE(sum(session.attendance_total), 0)::bigint', 'attendance')
      .getRawOne<{ count: number; attendance: string }>();
    return { count: row?.count ?? 0, attendance: Number(row?.attendance ?? 0) };
  }

  findById(organisationId: string, id: string, em?: EntityManager): Promise<SessionEntity | null> {
    return this.manager(em).getRepository(SessionEntity).findOneBy({ organisationId, id });
  }

  findByIds(organisationId: string, ids: readonly string[]): Promise<SessionEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.manager()
      .getRepository(SessionEntity)
      .findBy({ organisationId, id: In([...ids]) });
  }

  /** Locks the session row for an update or delete in this transaction. */
  findForUpdate(organisationId: string, id: string, em: EntityManager) {
    return em
      .getRepository(SessionEntity)
      .createQueryBuilder('session')
      .setLock('pessimistic_write')
      .where('session.organisation_id = :organisationId AND session.id = :id', {
        organisationId,
        id,
      })
      .getOne();
  }

  /**
   * Everything a write checks about the ids it was given, in one query: the museum's time
   * zone, the programme, which sites, partners (by name, as everywhere) framework elements
   * and members are the museum's own (or, for elements, a sector framework's).
   */
  async references(
    organisationId: string,
    ids: {
      programmeId: string;
      siteIds: string[];
      partnerIds: string[];
      elementIds: string[];
      userIds: string[];
    },
    em?: EntityManager,
  ): Promise<WriteReferences> {
    const rows: Array<{
      time_zone: string;
      programme: { id: string; name: string } | null;
      site_ids: string[];
      partners: Array<{ id: string; name: string; postcode: string | null }>;
      element_ids: string[];
      member_ids: string[];
    }> = await this.manager(em).query(
      `SELECT o.time_zone,
         (SELECT json_build_object('id', p.id, 'name', p.name) FROM programmes p
           WHERE p.organisation_id = $1 AND p.id = $2) AS programme,
         ARRAY(SELECT s.id FROM sites s WHERE s.organisation_id = $1 AND s.id = ANY($3::uuid[])) AS site_ids,
         COALESCE((SELECT json_agg(json_build_object('id', pa.id, 'name', pa.name, 'postcode', pa.postcode)
             ORDER BY lower(pa.name), pa.id)
           FROM partners pa WHERE pa.organisation_id = $1 AND pa.id = ANY($4::uuid[])), '[]') AS partners,
         ARRAY(SELECT e.id FROM framework_elements e WHERE e.id = ANY($5::uuid[])
           AND (e.organisation_id IS NULL OR e.organisation_id = $1)) AS element_ids,
         ARRAY(SELECT m.user_id FROM memberships m
           WHERE m.organisation_id = $1 AND m.user_id = ANY($6::uuid[])) AS member_ids
       FROM organisations o WHERE o.id = $1`,
      [organisationId, ids.programmeId, ids.siteIds, ids.partnerIds, ids.elementIds, ids.userIds],
    );
    const row = rows[0];
    return {
      timeZone: row?.time_zone ?? 'Europe/London',
      programme: row?.programme ?? null,
      siteIds: new Set(row?.site_ids ?? []),
      partners: row?.partners ?? [],
      elementIds: new Set(row?.element_ids ?? []),
      memberIds: new Set(row?.member_ids ?? []),
    };
  }

  async timeZone(organisationId: string): Promise<string> {
    const rows: Array<{ time_zone: string }> = await this.manager().query(
      'SELECT time_zone FROM organisations WHERE id = $1',
      [organisationId],
    );
    return rows[0]?.time_zone ?? 'Europe/London';
  }

  async insert(values: SessionValues, em: EntityManager): Promise<SessionEntity> {
    const repo = em.getRepository(SessionEntity);
    const result = await repo.insert(values);
    return repo.create({ ...values, ...(result.generatedMaps[0] as Partial<SessionEntity>) });
  }

  /** Writes the session's columns; returns the new updated_at. */
  async update(
    organisationId: string,
    id: string,
    values: SessionValues,
    em: EntityManager,
  ): Promise<Date> {
    const result = await em
      .getRepository(SessionEntity)
      .createQueryBuilder()
      .update()
      .set(values)
      .where('organisation_id = :organisationId AND id = :id', { organisationId, id })
      .returning(['updated_at'])
      .execute();
    const raw = result.raw as Array<{ updated_at: Date }>;
    return raw[0]?.updated_at ?? new Date();
  }

  /** Surveys tied to the session (their public links point at it). */
  async surveyCount(organisationId: string, sessionId: string, em: EntityManager): Promise<number> {
    const rows: { n: number }[] = await em.query(
      'SELECT count(*)::int AS n FROM surveys WHERE organisation_id = $1 AND session_id = $2',
      [organisationId, sessionId],
    );
    return rows[0]?.n ?? 0;
  }

  async delete(organisationId: string, id: string, em: EntityManager): Promise<void> {
    await em.getRepository(SessionEntity).delete({ organisationId, id });
  }

  /** Removes a session's partners, facilitators, framework elements and attendance. */
  async clearChildren(organisationId: string, sessionId: string, em: EntityManager) {
    await em.query(
      `WITH p AS (DELETE FROM session_partners WHERE organisation_id = $1 AND session_id = $2),
            f AS (DELETE FROM session_facilitators WHERE organisation_id = $1 AND session_id = $2),
            e AS (DELETE FROM session_framework_elements WHERE organisation_id = $1 AND session_id = $2)
       DELETE FROM session_attendance WHERE organisation_id = $1 AND session_id = $2`,
      [organisationId, sessionId],
    );
  }

  /** Inserts a session's partners, facilitators, framework elements and attendance, in one statement. */
  async insertChildren(
    organisationId: string,
    sessionId: string,
    children: SessionChildren,
    em: EntityManager,
  ): Promise<void> {
    const { partnerIds, facilitators, elementIds, attendance } = children;
    if (!partnerIds.length && !facilitators.length && !elementIds.length && !attendance.length) {
      return;
    }
    const column = <T>(pick: (cell: AttendanceCell) => T) => attendance.map(pick);
    await em.query(
      `WITH p AS (
         INSERT INTO session_partners (session_id, partner_id, organisation_id)
         SELECT $2, unnest($3::uuid[]), $1
       ), e AS (
         INSERT INTO session_framework_elements (session_id, element_id, organisation_id)
         SELECT $2, unnest($4::uuid[]), $1
       ), f AS (
         INSERT INTO session_facilitators (organisation_id, session_id, type, user_id, name, position)
         SELECT $1, $2, t.type::facilitator_type, t.user_id, t.name, t.position - 1
           FROM unnest($5::text[], $6::uuid[], $7::text[]) WITH ORDINALITY AS t(type, user_id, name, position)
       )
       INSERT INTO session_attendance (organisation_id, session_id, position, audience_type, age_band,
         key_stage, count, count_kind, first_time, send, deprivation_decile, deprivation_index)
       SELECT $1, $2, c.position - 1, c.audience_type::audience_type, c.age_band::age_band,
         c.key_stage::key_stage, c.count, c.count_kind::count_kind, c.first_time, c.send,
         c.decile, c.index::deprivation_index
         FROM unnest($8::text[], $9::text[], $10::text[], $11::int[], $12::text[], $13::boolean[],
           $14::boolean[], $15::smallint[], $16::text[])
           WITH ORDINALITY AS c(audience_type, age_band, key_stage, count, count_kind, first_time,
             send, decile, index, position)`,
      [
        organisationId,
        sessionId,
        partnerIds,
        elementIds,
        facilitators.map((f) => f.type),
        facilitators.map((f) => f.userId),
        facilitators.map((f) => f.name),
        column((c) => c.audienceType),
        column((c) => c.ageBand),
        column((c) => c.keyStage),
        column((c) => c.count),
        column((c) => c.countKind),
        column((c) => c.firstTime),
        column((c) => c.send),
        column((c) => c.deprivationDecile),
        column((c) => c.deprivationIndex),
      ],
    );
  }

  // --- batched reads for the DataLoaders (keys are ids read from the museum's own rows) ---

  programmesByIds(organisationId: string, ids: readonly string[]): Promise<ProgrammeEntity[]> {
    return this.manager()
      .getRepository(ProgrammeEntity)
      .findBy({ organisationId, id: In([...ids]) });
  }

  sitesByIds(organisationId: string, ids: readonly string[]): Promise<SiteEntity[]> {
    return this.manager()
      .getRepository(SiteEntity)
      .findBy({ organisationId, id: In([...ids]) });
  }

  /** Partners of sessions, ordered by name. */
  partnersOf(organisationId: string, sessionIds: readonly string[]) {
    return this.manager()
      .getRepository(SessionPartnerEntity)
      .createQueryBuilder('link')
      .innerJoinAndSelect('link.partner', 'partner')
      .where('link.organisation_id = :organisationId', { organisationId })
      .andWhere('link.session_id IN (:...sessionIds)', { sessionIds })
      .orderBy('lower(partner.name)')
      .addOrderBy('partner.id')
      .getMany();
  }

  /** Facilitators of sessions, with their accounts, in the order they were given. */
  facilitatorsOf(organisationId: string, sessionIds: readonly string[]) {
    return this.manager()
      .getRepository(SessionFacilitatorEntity)
      .find({
        where: { organisationId, sessionId: In([...sessionIds]) },
        relations: { user: true },
        order: { position: 'ASC' },
      });
  }

  elementsOf(organisationId: string, sessionIds: readonly string[]) {
    return this.manager()
      .getRepository(SessionFrameworkElementEntity)
      .createQueryBuilder('link')
      .innerJoinAndSelect('link.element', 'element')
      .where('link.organisation_id = :organisationId', { organisationId })
      .andWhere('link.session_id IN (:...sessionIds)', { sessionIds })
      .orderBy('element.code')
      .getMany();
  }

  attendanceOf(
    organisationId: string,
    sessionIds: readonly string[],
    em?: EntityManager,
  ): Promise<SessionAttendanceEntity[]> {
    return this.manager(em)
      .getRepository(SessionAttendanceEntity)
      .find({
        where: { organisationId, sessionId: In([...sessionIds]) },
        order: { position: 'ASC' },
      });
  }

  /** Partner and framework element ids of one session (for the audit trail). */
  async linkIds(
    organisationId: string,
    sessionId: string,
    em: EntityManager,
  ): Promise<{ partnerIds: string[]; elementIds: string[] }> {
    const rows: Array<{ partner_ids: string[]; element_ids: string[] }> = await em.query(
      `SELECT
         ARRAY(SELECT partner_id FROM session_partners WHERE organisation_id = $1 AND session_id = $2
           ORDER BY partner_id) AS partner_ids,
         ARRAY(SELECT element_id FROM session_framework_elements WHERE organisation_id = $1
           AND session_id = $2 ORDER BY element_id) AS element_ids`,
      [organisationId, sessionId],
    );
    return { partnerIds: rows[0]?.partner_ids ?? [], elementIds: rows[0]?.element_ids ?? [] };
  }

  facilitatorsOfOne(organisationId: string, sessionId: string, em: EntityManager) {
    return em.getRepository(SessionFacilitatorEntity).find({
      where: { organisationId, sessionId },
      order: { position: 'ASC' },
    });
  }

  // --- "Log a session" defaults ---

  async programmeForDefaults(
    organisationId: string,
    programmeId: string,
  ): Promise<{
    programme: ProgrammeEntity;
    siteIds: string[];
  } | null> {
    const programme = await this.manager()
      .getRepository(ProgrammeEntity)
      .findOneBy({ organisationId, id: programmeId });
    if (!programme) return null;
    const rows: Array<{ site_id: string }> = await this.manager().query(
      'SELECT site_id FROM programme_sites WHERE organisation_id = $1 AND programme_id = $2',
      [organisationId, programmeId],
    );
    return { programme, siteIds: rows.map((row) => row.site_id) };
  }

  /** The last session (by date, then when it was logged) this user logged in the programme. */
  async lastSessionBy(
    organisationId: string,
    programmeId: string,
    userId: string,
  ): Promise<LastSession | null> {
    const session = await this.manager()
      .getRepository(SessionEntity)
      .createQueryBuilder('session')
      .where('session.organisation_id = :organisationId', { organisationId })
      .andWhere('session.programme_id = :programmeId', { programmeId })
      .andWhere('session.created_by_user_id = :userId', { userId })
      .orderBy('session.date', 'DESC')
      .addOrderBy('session.created_at', 'DESC')
      .limit(1)
      .getOne();
    if (!session) return null;
    const [partners, facilitators, attendance] = await Promise.all([
      this.manager()
        .getRepository(SessionPartnerEntity)
        .findBy({ organisationId, sessionId: session.id }),
      this.facilitatorsOf(organisationId, [session.id]),
      this.attendanceOf(organisationId, [session.id]),
    ]);
    return {
      session,
      partnerIds: partners.map((p) => p.partnerId),
      facilitators,
      attendance,
    };
  }

  /** Partners by id, ordered by name as a session's partners are everywhere. */
  partnersByIds(organisationId: string, ids: readonly string[]): Promise<PartnerEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.manager()
      .getRepository(PartnerEntity)
      .createQueryBuilder('partner')
      .where('partner.organisation_id = :organisationId', { organisationId })
      .andWhere('partner.id IN (:...ids)', { ids: [...ids] })
      .orderBy('lower(partner.name)')
      .addOrderBy('partner.id')
      .getMany();
  }

  siteById(organisationId: string, id: string): Promise<SiteEntity | null> {
    return this.manager().getRepository(SiteEntity).findOneBy({ organisationId, id });
  }

  visibleElements(organisationId: string, ids: readonly string[]) {
    return this.manager()
      .getRepository(FrameworkElementEntity)
      .createQueryBuilder('element')
      .where('element.id IN (:...ids)', { ids })
      .andWhere('(element.organisation_id IS NULL OR element.organisation_id = :organisationId)', {
        organisationId,
      })
      .getMany();
  }

  // --- export ---

  /**
   * One batch of the export: up to `limit` sessions after `after`, in list order, with their
   * programme name, site name, partner ids and names (ordered by name) and attendance cells.
   */
  async exportBatch(
    organisationId: string,
    filter: SessionFilter,
    limit: number,
    after: SessionPosition | null,
  ): Promise<ExportSession[]> {
    const sessions = await this.page(organisationId, filter, limit, after);
    if (!sessions.length) return [];
    const ids = sessions.map((s) => s.id);
    const [names, partners, cells] = await Promise.all([
      this.manager().query(
        `SELECT s.id, p.name AS programme_name, p.strand AS programme_strand, site.name AS site_name
           FROM sessions s
           JOIN programmes p ON p.id = s.programme_id AND p.organisation_id = s.organisation_id
           LEFT JOIN sites site ON site.id = s.site_id AND site.organisation_id = s.organisation_id
          WHERE s.organisation_id = $1 AND s.id = ANY($2::uuid[])`,
        [organisationId, ids],
      ) as Promise<
        Array<{
          id: string;
          programme_name: string;
          programme_strand: ProgrammeStrand;
          site_name: string | null;
        }>
      >,
      this.partnersOf(organisationId, ids),
      this.attendanceOf(organisationId, ids),
    ]);
    const byId = new Map(names.map((row) => [row.id, row]));
    const partnersOf = groupBy(partners, (link) => link.sessionId);
    const cellsOf = groupBy(cells, (cell) => cell.sessionId);
    return sessions.map((session) => ({
      session,
      programmeName: byId.get(session.id)?.programme_name ?? '',
      programmeStrand: byId.get(session.id)?.programme_strand ?? null,
      siteName: byId.get(session.id)?.site_name ?? null,
      partners: (partnersOf.get(session.id) ?? []).map((link) => ({
        id: link.partnerId,
        name: link.partner?.name ?? '',
      })),
      cells: cellsOf.get(session.id) ?? [],
    }));
  }
}

/** Rows grouped by a key, each group in the rows' order. */
export function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

export interface ExportSession {
  session: SessionEntity;
  programmeName: string;
  programmeStrand: ProgrammeStrand | null;
  siteName: string | null;
  partners: Array<{ id: string; name: string }>;
  cells: SessionAttendanceEntity[];
}
