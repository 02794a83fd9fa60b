import {
  attendanceTotals,
  defaultDeliveryMode,
  localDateIn,
  PAGE_SIZE_MAX,
  sessionFilterSchema,
  sessionInputSchema,
  STRAND_DEFAULT_FORMAT,
  type SessionFilter,
  type SessionInput,
  type SessionStatus,
} from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { OrgActor } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { parseInput } from '../../platform/graphql/parse-input';
import { AuditService, auditedBy, diff } from '../audit/audit.service';
import { canonicalPostcode, DeprivationService } from '../deprivation/deprivation.service';
import { PeriodLocksService } from '../indicators/period-locks.service';
import type { SiteEntity } from '../organisations/site.entity';
import type { PartnerEntity } from '../partners/partner.entity';
import type {
  SessionAttendanceEntity,
  SessionEntity,
  SessionFacilitatorEntity,
} from './session.entity';
import {
  SessionsRepository,
  type ExportSession,
  type SessionPosition,
  type SessionValues,
  type WriteReferences,
} from './sessions.repository';

/** Sessions read per round trip when exporting. */
export const EXPORT_BATCH_SIZE = 500;

const FIELDS = [
  'programmeId',
  'title',
  'date',
  'startTime',
  'durationMinutes',
  'format',
  'deliveryMode',
  'status',
  'siteId',
  'outreachPostcode',
  'onlinePlatform',
  'coDesigned',
  'participationDepth',
  'objectsUsed',
  'notes',
  'deprivationDecile',
  'deprivationIndex',
  'attendanceTotal',
] as const;

type CellSnapshot = Omit<
  SessionAttendanceEntity,
  'id' | 'organisationId' | 'sessionId' | 'position' | 'session'
>;

/** The audited picture of a session: its columns, links and grid. */
function snapshot(
  session: Partial<SessionEntity>,
  links: {
    partnerIds: string[];
    elementIds: string[];
    facilitators: Array<Pick<SessionFacilitatorEntity, 'type' | 'userId' | 'name'>>;
    attendance: CellSnapshot[];
  },
) {
  return {
    ...Object.fromEntries(FIELDS.map((field) => [field, session[field] ?? null])),
    partnerIds: [...links.partnerIds].sort(),
    frameworkElementIds: [...links.elementIds].sort(),
    facilitators: links.facilitators.map((f) => ({ type: f.type, userId: f.userId, name: f.name })),
    attendance: links.attendance.map((c) => ({
      audienceType: c.audienceType,
      ageBand: c.ageBand,
      keyStage: c.keyStage,
      count: c.count,
      countKind: c.countKind,
      firstTime: c.firstTime,
      send: c.send,
      deprivationDecile: c.deprivationDecile,
      deprivationIndex: c.deprivationIndex,
    })),
  };
}

/** The ids a write refers to, checked (well-formed, the museum's own) before anything else. */
interface ReferencedIds {
  programmeId: string;
  siteIds: string[];
  partnerIds: string[];
  elementIds: string[];
  userIds: string[];
}

function idList(value: unknown, what: string): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new NotFoundError(what);
  return value.map((id) => assertId(id, what));
}

function referencedIds(raw: Record<string, unknown>): ReferencedIds {
  const facilitators = Array.isArray(raw['facilitators']) ? (raw['facilitators'] as unknown[]) : [];
  return {
    programmeId: assertId(raw['programmeId'], 'Programme'),
    siteIds: raw['siteId'] ? [assertId(raw['siteId'], 'Site')] : [],
    partnerIds: idList(raw['partnerIds'], 'Partner'),
    elementIds: idList(raw['frameworkElementIds'], 'Framework element'),
    userIds: facilitators.flatMap((f) => {
      const userId = (f as { userId?: unknown } | null)?.userId;
      return userId ? [assertId(userId, 'Member')] : [];
    }),
  };
}

/** Another museum's (or a made-up) id answers NOT_FOUND, before the input is validated. */
function checkReferences(ids: ReferencedIds, refs: WriteReferences): void {
  if (!refs.programme) throw new NotFoundError('Programme');
  if (ids.siteIds.some((id) => !refs.siteIds.has(id))) throw new NotFoundError('Site');
  const partners = new Set(refs.partners.map((p) => p.id));
  if (ids.partnerIds.some((id) => !partners.has(id))) throw new NotFoundError('Partner');
  if (ids.elementIds.some((id) => !refs.elementIds.has(id)))
    throw new NotFoundError('Framework element');
  if (ids.userIds.some((id) => !refs.memberIds.has(id))) throw new NotFoundError('Member');
}

export interface SessionPage {
  rows: SessionEntity[];
  hasNextPage: boolean;
  totals: () => Promise<{ count: number; attendance: number }>;
}

export interface SessionDefaults {
  programmeId: string;
  date: string;
  startTime: string | null;
  durationMinutes: number | null;
  format: SessionEntity['format'];
  deliveryMode: SessionEntity['deliveryMode'];
  site: SiteEntity | null;
  partners: PartnerEntity[];
  facilitators: Array<Pick<SessionFacilitatorEntity, 'type' | 'name' | 'userId' | 'user'>>;
  attendance: Array<Omit<CellSnapshot, 'count'>>;
  fromSessionId: string | null;
}

/** Sessions and their attendance: logging, editing, listing, "Log a session" defaults, export. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: SessionsRepository,
    private readonly deprivation: DeprivationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly periodLocks: PeriodLocksService,
  ) {}

  parseFilter(rawFilter: unknown, root = 'filter'): SessionFilter {
    return parseInput(sessionFilterSchema, rawFilter ?? {}, root);
  }

  /** One page of the list after `after`, and the filter's totals on demand. */
  async list(
    actor: OrgActor,
    filter: SessionFilter,
    first: number,
    after: SessionPosition | null,
  ): Promise<SessionPage> {
    if (!Number.isInteger(first) || first < 1 || first > PAGE_SIZE_MAX)
      throw BadUserInputError.field(['first'], `first must be between 1 and ${PAGE_SIZE_MAX}`);
    const rows = await this.repository.page(actor.organisationId, filter, first + 1, after);
    let totals: Promise<{ count: number; attendance: number }> | null = null;
    return {
      rows: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totals: () => (totals ??= this.repository.totals(actor.organisationId, filter)),
    };
  }

  async get(actor: OrgActor, rawId: unknown): Promise<SessionEntity> {
    const session = await this.repository.findById(
      actor.organisationId,
      assertId(rawId, 'Session'),
    );
    if (!session) throw new NotFoundError('Session');
    return session;
  }

  /** A delivered session with its attendance, in one transaction. */
  log(actor: OrgActor, rawInput: Record<string, unknown>): Promise<SessionEntity> {
    return this.create(actor, { ...rawInput, status: 'DELIVERED' });
  }

  async create(actor: OrgActor, rawInput: Record<string, unknown>): Promise<SessionEntity> {
    const ids = referencedIds(rawInput);
    return this.dataSource.transaction(async (em) => {
      const { input, refs } = await this.checked(actor, ids, rawInput, em);
      await this.periodLocks.assertOpen(em, actor.organisationId, [input.date], ['input', 'date']);
      const derived = await this.derived(actor, input, refs, em);
      const session = await this.repository.insert(
        {
          ...this.columns(input),
          ...derived,
          organisationId: actor.organisationId,
          createdByUserId: actor.userId,
        },
        em,
      );
      await this.repository.insertChildren(
        actor.organisationId,
        session.id,
        this.children(input),
        em,
      );
      const after = this.snapshotOf(session, input);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'session.created',
        entityType: 'session',
        entityId: session.id,
        summary: `${actor.userName} ${input.status === 'DELIVERED' ? 'logged' : `added a ${input.status.toLowerCase()}`} session of ${refs.programme?.name ?? 'a programme'} on ${input.date}${input.status === 'DELIVERED' ? ` (${session.attendanceTotal} attendances)` : ''}`,
        changes: diff({}, after),
      });
      return session;
    });
  }

  /** Replaces the session's details, links and attendance with the ones given. */
  async update(actor: OrgActor, rawInput: Record<string, unknown>): Promise<SessionEntity> {
    const id = assertId(rawInput['id'], 'Session');
    return this.dataSource.transaction(async (em) => {
      const session = await this.repository.findForUpdate(actor.organisationId, id, em);
      if (!session) throw new NotFoundError('Session');
      const ids = referencedIds(rawInput);
      const { input, refs } = await this.checked(actor, ids, rawInput, em);
      // Neither the period it is in nor the one it would move to may be locked.
      await this.periodLocks.assertOpen(
        em,
        actor.organisationId,
        [session.date, input.date],
        ['input', 'date'],
      );
      const derived = await this.derived(actor, input, refs, em);
      const [links, facilitators, attendance] = await Promise.all([
        this.repository.linkIds(actor.organisationId, id, em),
        this.repository.facilitatorsOfOne(actor.organisationId, id, em),
        this.repository.attendanceOf(actor.organisationId, [id], em),
      ]);
      const before = snapshot(session, { ...links, facilitators, attendance });
      const values = { ...this.columns(input), ...derived };
      Object.assign(session, values);
      session.updatedAt = await this.repository.update(actor.organisationId, id, values, em);
      await this.repository.clearChildren(actor.organisationId, id, em);
      await this.repository.insertChildren(actor.organisationId, id, this.children(input), em);
      const changes = diff(before, this.snapshotOf(session, input));
      if (changes.length) {
        await this.audit.record(em, {
          ...auditedBy(actor),
          action: 'session.updated',
          entityType: 'session',
          entityId: id,
          summary: `${actor.userName} changed the session of ${refs.programme?.name ?? 'a programme'} on ${session.date} (${changes.map((c) => c.field).join(', ')})`,
          changes,
        });
      }
      return session;
    });
  }

  async remove(actor: OrgActor, rawId: unknown): Promise<SessionEntity> {
    const id = assertId(rawId, 'Session');
    return this.dataSource.transaction(async (em) => {
      const session = await this.repository.findForUpdate(actor.organisationId, id, em);
      if (!session) throw new NotFoundError('Session');
      await this.periodLocks.assertOpen(em, actor.organisationId, [session.date]);
      const surveys = await this.repository.surveyCount(actor.organisationId, id, em);
      if (surveys > 0)
        throw new ConflictError(
          `This session has ${surveys} ${surveys === 1 ? 'survey' : 'surveys'} with their own links and answers. Cancel the session instead, or delete its surveys first.`,
        );
      const [links, facilitators, attendance] = await Promise.all([
        this.repository.linkIds(actor.organisationId, id, em),
        this.repository.facilitatorsOfOne(actor.organisationId, id, em),
        this.repository.attendanceOf(actor.organisationId, [id], em),
      ]);
      await this.repository.delete(actor.organisationId, id, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'session.deleted',
        entityType: 'session',
        entityId: id,
        summary: `${actor.userName} deleted the session on ${session.date} (${session.attendanceTotal} attendances)`,
        changes: diff(snapshot(session, { ...links, facilitators, attendance }), {}),
      });
      return session;
    });
  }

  /**
   * What "Log a session" pre-fills: from the programme (its only site, a format for its
   * strand, its target audiences as empty cells), overridden by the caller's last session
   * in the programme (format, delivery mode, site, time, duration, partners, facilitators
   * and the grid's cells, with the counts at 0).
   */
  async defaults(actor: OrgActor, rawProgrammeId: unknown): Promise<SessionDefaults> {
    const programmeId = assertId(rawProgrammeId, 'Programme');
    const found = await this.repository.programmeForDefaults(actor.organisationId, programmeId);
    if (!found) throw new NotFoundError('Programme');
    const [last, timeZone] = await Promise.all([
      this.repository.lastSessionBy(actor.organisationId, programmeId, actor.userId),
      this.repository.timeZone(actor.organisationId),
    ]);
    const format = last?.session.format ?? STRAND_DEFAULT_FORMAT[found.programme.strand];
    const deliveryMode = last?.session.deliveryMode ?? defaultDeliveryMode(format);
    // The programme's only site, for sessions delivered at a site; the last session's as it was.
    const siteId = last
      ? last.session.siteId
      : found.siteIds.length === 1 && deliveryMode !== 'ONLINE' && deliveryMode !== 'OUTREACH'
        ? found.siteIds[0]
        : null;
    const [site, partners] = await Promise.all([
      siteId ? this.repository.siteById(actor.organisationId, siteId) : null,
      this.repository.partnersByIds(actor.organisationId, last?.partnerIds ?? []),
    ]);
    const cells: Array<Omit<CellSnapshot, 'count'>> = last?.attendance.length
      ? last.attendance.map((cell) => ({
          audienceType: cell.audienceType,
          ageBand: cell.ageBand,
          keyStage: cell.keyStage,
          countKind: cell.countKind,
          firstTime: cell.firstTime,
          send: cell.send,
          deprivationDecile: cell.deprivationDecile,
          deprivationIndex: cell.deprivationIndex,
        }))
      : found.programme.targetAudiences.map((audienceType) => ({
          audienceType,
          ageBand: null,
          keyStage: null,
          countKind: 'HEADCOUNT' as const,
          firstTime: null,
          send: null,
          deprivationDecile: null,
          deprivationIndex: null,
        }));
    return {
      programmeId,
      date: localDateIn(this.clock.now(), timeZone),
      startTime: last?.session.startTime ?? null,
      durationMinutes: last?.session.durationMinutes ?? null,
      format,
      deliveryMode,
      site: site ?? null,
      partners,
      facilitators: last?.facilitators ?? [],
      attendance: cells,
      fromSessionId: last?.session.id ?? null,
    };
  }

  /** The sessions of an export, batch by batch in list order; never the whole list at once. */
  async *exportBatches(actor: OrgActor, filter: SessionFilter): AsyncGenerator<ExportSession[]> {
    let after: SessionPosition | null = null;
    for (;;) {
      const batch = await this.repository.exportBatch(
        actor.organisationId,
        filter,
        EXPORT_BATCH_SIZE,
        after,
      );
      if (batch.length) yield batch;
      if (batch.length < EXPORT_BATCH_SIZE) return;
      const last = batch[batch.length - 1]!.session;
      after = { date: last.date, startTime: last.startTime, id: last.id };
    }
  }

  /**
   * Looks the referenced ids up first (another museum's id answers NOT_FOUND, whatever else
   * is wrong), then validates the input and checks a delivered session is not in the future
   * in the museum's time zone.
   */
  private async checked(
    actor: OrgActor,
    ids: ReferencedIds,
    rawInput: Record<string, unknown>,
    em: EntityManager,
  ): Promise<{ input: SessionInput; refs: WriteReferences }> {
    const refs = await this.repository.references(actor.organisationId, ids, em);
    checkReferences(ids, refs);
    const input = parseInput(sessionInputSchema, rawInput);
    if (input.status === 'DELIVERED') {
      const today = localDateIn(this.clock.now(), refs.timeZone);
      if (input.date > today) {
        throw BadUserInputError.field(
          ['input', 'date'],
          'A delivered session cannot be in the future: check the date, or plan the session instead',
        );
      }
    }
    return { input, refs };
  }

  /**
   * The session's deprivation decile (its outreach postcode's, else the first of its partners
   * by name with a known one) and its attendance total.
   */
  private async derived(
    actor: OrgActor,
    input: SessionInput,
    refs: WriteReferences,
    em: EntityManager,
  ): Promise<Pick<SessionEntity, 'deprivationDecile' | 'deprivationIndex' | 'attendanceTotal'>> {
    // refs.partners come ordered by name (lower(name), id), as the deprivation module's
    // re-derivation orders them.
    const candidates = input.outreachPostcode
      ? [input.outreachPostcode]
      : refs.partners.flatMap((p) => (p.postcode ? [p.postcode] : []));
    let found: { decile: number; indexVersion: SessionEntity['deprivationIndex'] } | null = null;
    if (candidates.length) {
      // No switch of index may commit between this look-up and the write.
      await this.deprivation.holdIndex(actor.organisationId, em);
      const deciles = await this.deprivation.decilesFor(actor.organisationId, candidates, em);
      for (const postcode of candidates) {
        const canonical = canonicalPostcode(postcode);
        const hit = canonical ? deciles.get(canonical) : undefined;
        if (hit) {
          found = hit;
          break;
        }
      }
    }
    return {
      deprivationDecile: found?.decile ?? null,
      deprivationIndex: found?.indexVersion ?? null,
      attendanceTotal: attendanceTotals(input.attendance).total,
    };
  }

  private columns(input: SessionInput): SessionValues {
    return {
      programmeId: input.programmeId.toLowerCase(),
      title: input.title,
      date: input.date,
      startTime: input.startTime ? `${input.startTime}:00` : null,
      durationMinutes: input.durationMinutes,
      format: input.format,
      deliveryMode: input.deliveryMode,
      status: input.status as SessionStatus,
      siteId: input.siteId?.toLowerCase() ?? null,
      outreachPostcode: input.outreachPostcode,
      onlinePlatform: input.onlinePlatform,
      coDesigned: input.coDesigned,
      participationDepth: input.participationDepth,
      objectsUsed: input.objectsUsed,
      notes: input.notes,
    };
  }

  private children(input: SessionInput) {
    return {
      partnerIds: input.partnerIds,
      elementIds: input.frameworkElementIds,
      facilitators: input.facilitators.map((f) => ({
        ...f,
        userId: f.userId?.toLowerCase() ?? null,
      })),
      attendance: input.attendance,
    };
  }

  private snapshotOf(session: Partial<SessionEntity>, input: SessionInput) {
    const children = this.children(input);
    return snapshot(session, {
      partnerIds: children.partnerIds,
      elementIds: children.elementIds,
      facilitators: children.facilitators,
      attendance: input.attendance,
    });
  }
}
