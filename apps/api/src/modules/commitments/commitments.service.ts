import {
  commitmentInputSchema,
  localDateIn,
  sayDoGapOf,
  type CommitmentInput,
  type SayDoGap,
} from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OrgActor } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { ConflictError, NotFoundError } from '../../platform/graphql/app-errors';
import { assertId, isUuid } from '../../platform/graphql/ids';
import { parseInput } from '../../platform/graphql/parse-input';
import { BadUserInputError } from '../../platform/graphql/app-errors';
import { AuditService, auditedBy, diff } from '../audit/audit.service';
import type { CommitmentEntity } from './commitment.entity';
import {
  CommitmentsRepository,
  type CommitmentFacts,
  type CommitmentFilter,
} from './commitments.repository';

const FIELDS = [
  'elementId',
  'title',
  'description',
  'ownerUserId',
  'reviewDate',
  'reviewWindowDays',
  'status',
  'indicatorIds',
] as const;

function snapshot(commitment: Partial<CommitmentEntity>): Record<string, unknown> {
  return Object.fromEntries(FIELDS.map((field) => [field, commitment[field] ?? null]));
}

export interface CommitmentFactsWithGap extends CommitmentFacts {
  gap: SayDoGap | null;
}

/** Commitments under framework elements; their say/do gaps come from their action trail. */
@Injectable()
export class CommitmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CommitmentsRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(actor: OrgActor, filter: CommitmentFilter): Promise<CommitmentEntity[]> {
    if (filter.frameworkElementId && !isUuid(filter.frameworkElementId))
      throw BadUserInputError.field(['filter', 'frameworkElementId'], 'is not an id');
    return this.repository.list(actor.organisationId, filter);
  }

  async get(actor: OrgActor, rawId: unknown): Promise<CommitmentEntity> {
    const found = await this.repository.findById(
      actor.organisationId,
      assertId(rawId, 'Commitment'),
    );
    if (!found) throw new NotFoundError('Commitment');
    return found;
  }

  findByIds(actor: OrgActor, ids: readonly string[]) {
    return this.repository.findByIds(actor.organisationId, ids);
  }

  memberNames(actor: OrgActor, ids: readonly string[]) {
    return this.repository.memberNames(actor.organisationId, ids);
  }

  /** Today in the museum's time zone. */
  async today(actor: OrgActor): Promise<string> {
    return localDateIn(this.clock.now(), await this.repository.timeZone(actor.organisationId));
  }

  /** Facts and gap of these commitments (all when null; only those with a gap when asked). */
  async facts(
    actor: OrgActor,
    ids: readonly string[] | null,
    onlyGaps = false,
  ): Promise<CommitmentFactsWithGap[]> {
    const today = await this.today(actor);
    const rows = await this.repository.facts(actor.organisationId, today, ids, onlyGaps);
    const byId = new Map(
      (
        await this.repository.findByIds(
          actor.organisationId,
          rows.map((r) => r.commitmentId),
        )
      ).map((c) => [c.id, c]),
    );
    return rows.map((row) => {
      const commitment = byId.get(row.commitmentId);
      const gap =
        row.gapReason && commitment
          ? sayDoGapOf(
              {
                status: commitment.status,
                createdOn: row.createdOn,
                lastActionOn: row.lastActionOn,
                reviewDate: commitment.reviewDate,
                reviewWindowDays: commitment.reviewWindowDays,
              },
              today,
            )
          : null;
      return { ...row, gap };
    });
  }

  /** Checks the referenced element and owner, then the rest of the input. */
  private async parse(actor: OrgActor, raw: Record<string, unknown>) {
    const elementId = assertId(raw['frameworkElementId'], 'Framework element');
    if (!(await this.repository.elementVisible(actor.organisationId, elementId)))
      throw new NotFoundError('Framework element');
    const ownerUserId = raw['ownerId'] ? assertId(raw['ownerId'], 'Member') : null;
    if (ownerUserId && !(await this.repository.isMember(actor.organisationId, ownerUserId)))
      throw new NotFoundError('Member');
    const indicatorIds = Array.isArray(raw['indicatorIds']) ? raw['indicatorIds'] : [];
    indicatorIds.forEach((id, index) => {
      if (!isUuid(id))
        throw BadUserInputError.field(['input', 'indicatorIds', String(index)], 'is not an id');
    });
    const input: CommitmentInput = parseInput(commitmentInputSchema, raw);
    const ids = (indicatorIds as string[]).map((id) => id.toLowerCase());
    const known = await this.repository.knownIndicatorIds(actor.organisationId, ids);
    ids.forEach((id, index) => {
      if (!known.has(id))
        throw BadUserInputError.field(
          ['input', 'indicatorIds', String(index)],
          'is not one of the museum’s indicators',
        );
    });
    return {
      elementId,
      ownerUserId,
      indicatorIds: [...new Set(ids)],
      title: input.title,
      description: input.description,
      reviewDate: input.reviewDate,
      reviewWindowDays: input.reviewWindowDays,
      status: input.status,
    };
  }

  async create(actor: OrgActor, raw: Record<string, unknown>): Promise<CommitmentEntity> {
    const columns = await this.parse(actor, raw);
    return this.dataSource.transaction(async (em) => {
      const saved = await this.repository.save(
        { ...columns, organisationId: actor.organisationId, createdByUserId: actor.userId },
        em,
      );
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'commitment.created',
        entityType: 'commitment',
        entityId: saved.id,
        summary: `${actor.userName} made the commitment "${saved.title}"`,
        changes: diff({}, snapshot(saved)),
      });
      return saved;
    });
  }

  async update(
    actor: OrgActor,
    raw: { id: string } & Record<string, unknown>,
  ): Promise<CommitmentEntity> {
    const id = assertId(raw.id, 'Commitment');
    if (!(await this.repository.findById(actor.organisationId, id)))
      throw new NotFoundError('Commitment');
    const columns = await this.parse(actor, raw);
    return this.dataSource.transaction(async (em) => {
      const commitment = await this.repository.lockById(actor.organisationId, id, em);
      if (!commitment) throw new NotFoundError('Commitment');
      const before = snapshot(commitment);
      Object.assign(commitment, columns);
      const saved = await this.repository.save(commitment, em);
      const changes = diff(before, snapshot(saved));
      if (changes.length) {
        await this.audit.record(em, {
          ...auditedBy(actor),
          action: 'commitment.updated',
          entityType: 'commitment',
          entityId: id,
          summary: `${actor.userName} changed the commitment "${saved.title}" (${changes.map((c) => c.field).join(', ')})`,
          changes,
        });
      }
      return saved;
    });
  }

  /** Deletes a commitment with no actions; one with actions is part of the record: drop it. */
  async remove(actor: OrgActor, rawId: unknown): Promise<CommitmentEntity> {
    const id = assertId(rawId, 'Commitment');
    return this.dataSource.transaction(async (em) => {
      const commitment = await this.repository.lockById(actor.organisationId, id, em);
      if (!commitment) throw new NotFoundError('Commitment');
      const actions = await this.repository.actionCount(actor.organisationId, id, em);
      if (actions > 0) {
        const error = new ConflictError(
          `"${commitment.title}" has ${actions} ${actions === 1 ? 'action' : 'actions'} in the action log, which cannot be deleted: set its status to Dropped instead`,
        );
        error.extensions['actionCount'] = actions;
        throw error;
      }
      await this.repository.delete(actor.organisationId, id, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'commitment.deleted',
        entityType: 'commitment',
        entityId: id,
        summary: `${actor.userName} deleted the commitment "${commitment.title}"`,
        changes: diff(snapshot(commitment), {}),
      });
      return commitment;
    });
  }
}
