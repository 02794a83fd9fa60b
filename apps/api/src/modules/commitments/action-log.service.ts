import { ACTION_LOG_BREAK_LABELS, actionEntryInputSchema } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OrgActor } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { ConflictError, NotFoundError } from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { parseInput } from '../../platform/graphql/parse-input';
import { AuditService, auditedBy } from '../audit/audit.service';
import { EvidenceRepository } from '../evidence/evidence.repository';
import { ChainVerifier, contentOf, hashActionEntry } from './action-chain';
import type { ActionEntryEntity } from './action-entry.entity';
import { ActionLogRepository } from './action-log.repository';
import { CommitmentsRepository } from './commitments.repository';

const VERIFY_BATCH = 1000;

export interface ActionLogVerification {
  ok: boolean;
  checkedCount: number;
  firstBreak: {
    sequence: number;
    entryId: string;
    reason: keyof typeof ACTION_LOG_BREAK_LABELS;
    message: string;
  } | null;
  verifiedAt: Date;
}

function idList(value: unknown, what: string): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new NotFoundError(what);
  return [...new Set(value.map((id) => assertId(id, what)))];
}

/**
 * The action log: dated entries appended under the organisation's chain lock, each hashing
 * its content with its predecessor's hash; corrections are new entries; verify recomputes it.
 */
@Injectable()
export class ActionLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ActionLogRepository,
    private readonly commitments: CommitmentsRepository,
    private readonly evidence: EvidenceRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  forCommitments(actor: OrgActor, ids: readonly string[]) {
    return this.repository.forCommitments(actor.organisationId, ids);
  }

  page(actor: OrgActor, first: number, beforeSequence: number | null) {
    return this.repository.page(actor.organisationId, first, beforeSequence);
  }

  amendedBy(actor: OrgActor, ids: readonly string[]) {
    return this.repository.amendedBy(actor.organisationId, ids);
  }

  async append(actor: OrgActor, raw: Record<string, unknown>): Promise<ActionEntryEntity> {
    const commitmentId = assertId(raw['commitmentId'], 'Commitment');
    const commitment = await this.commitments.findById(actor.organisationId, commitmentId);
    if (!commitment) throw new NotFoundError('Commitment');
    return this.write(actor, commitment.id, commitment.title, null, raw);
  }

  /** A correction: a new entry for the same commitment that names the entry it corrects. */
  async amend(actor: OrgActor, raw: Record<string, unknown>): Promise<ActionEntryEntity> {
    const amendsId = assertId(raw['amendsId'], 'Action entry');
    const original = await this.repository.findById(actor.organisationId, amendsId);
    if (!original) throw new NotFoundError('Action entry');
    const commitment = await this.commitments.findById(actor.organisationId, original.commitmentId);
    if (!commitment) throw new NotFoundError('Commitment');
    return this.write(actor, commitment.id, commitment.title, original, raw);
  }

  private async write(
    actor: OrgActor,
    commitmentId: string,
    commitmentTitle: string,
    original: ActionEntryEntity | null,
    raw: Record<string, unknown>,
  ): Promise<ActionEntryEntity> {
    const evidenceIds = idList(raw['evidenceIds'], 'Evidence');
    const known = await this.evidence.existingIds(actor.organisationId, evidenceIds);
    if (evidenceIds.some((id) => !known.includes(id))) throw new NotFoundError('Evidence');
    const input = parseInput(actionEntryInputSchema, raw);
    return this.dataSource.transaction(async (em) => {
      const head = await this.repository.lockHead(actor.organisationId, em);
      if (original) {
        // Under the chain lock, so two corrections of one entry cannot both land.
        const later = await this.repository.amendment(actor.organisationId, original.id, em);
        if (later) {
          throw new ConflictError(
            'This entry has already been corrected: correct the latest correction instead',
          );
        }
      }
      const entry = {
        organisationId: actor.organisationId,
        sequence: head.sequence,
        commitmentId,
        occurredOn: input.occurredOn,
        whatWasDone: input.whatWasDone,
        withWhom: input.withWhom,
        evidenceIds: [...evidenceIds].sort(),
        observedEffect: input.observedEffect,
        nextStep: input.nextStep,
        amendsId: original?.id ?? null,
        authorUserId: actor.userId,
        authorName: actor.userName,
        recordedAt: new Date(this.clock.now().getTime()),
        prevHash: head.prevHash,
      };
      const saved = await this.repository.insert(
        { ...entry, hash: hashActionEntry(contentOf(entry)) },
        em,
      );
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: original ? 'action.amended' : 'action.recorded',
        entityType: 'action_entry',
        entityId: saved.id,
        summary: original
          ? `${actor.userName} corrected entry ${original.sequence} of the action log for "${commitmentTitle}"`
          : `${actor.userName} recorded an action for "${commitmentTitle}" (entry ${saved.sequence})`,
      });
      return saved;
    });
  }

  /** Recomputes every hash of the organisation's log in order; names the first broken entry. */
  async verify(actor: OrgActor): Promise<ActionLogVerification> {
    const verifier = new ChainVerifier();
    let after = 0;
    for (;;) {
      const batch = await this.repository.chainBatch(actor.organisationId, after, VERIFY_BATCH);
      let intact = true;
      for (const entry of batch) {
        if (!verifier.check(entry)) {
          intact = false;
          break;
        }
      }
      if (!intact || batch.length < VERIFY_BATCH) break;
      after = batch.at(-1)!.sequence;
    }
    const broken = verifier.firstBreak;
    return {
      ok: broken === null,
      checkedCount: verifier.checked,
      firstBreak: broken ? { ...broken, message: ACTION_LOG_BREAK_LABELS[broken.reason] } : null,
      verifiedAt: this.clock.now(),
    };
  }
}
