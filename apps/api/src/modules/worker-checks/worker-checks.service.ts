import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import {
  pageArgsSchema,
  parseWithFieldErrors,
  requestWorkerCheckInputSchema,
} from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import type { OrgActor } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { BadUserInputError, NotFoundError } from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { decodeCursor, encodeCursor } from '../../platform/graphql/pagination';
import { parseInput } from '../../platform/graphql/parse-input';
import type { WorkerCheckEntity } from './worker-check.entity';
import { WorkerChecksProducer } from './worker-checks.queue';
import { WorkerChecksRepository } from './worker-checks.repository';

export interface WorkerCheckPage {
  edges: Array<{ cursor: string; node: WorkerCheckEntity }>;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

/** Rules for worker checks: request (API side), process (worker side), read. */
@Injectable()
export class WorkerChecksService {
  constructor(
    private readonly repository: WorkerChecksRepository,
    private readonly producer: WorkerChecksProducer,
    private readonly clock: Clock,
  ) {}

  async request(actor: OrgActor, rawInput: unknown): Promise<WorkerCheckEntity> {
    const input = parseInput(requestWorkerCheckInputSchema, rawInput ?? {});

    const check = await this.repository.insert({
      id: randomUUID(),
      organisationId: actor.organisationId,
      note: input.note,
      requestedAt: this.clock.now(),
    });
    try {
      await this.producer.enqueue({ organisationId: actor.organisationId, checkId: check.id });
    } catch (error) {
      // Nothing half-written: a check that never reached the queue would wait forever.
      await this.repository.delete(actor.organisationId, check.id);
      throw error;
    }
    return check;
  }

  async get(actor: OrgActor, rawId: unknown): Promise<WorkerCheckEntity> {
    const check = await this.repository.findById(
      actor.organisationId,
      assertId(rawId, 'Worker check'),
    );
    if (!check) throw new NotFoundError('Worker check');
    return check;
  }

  async list(
    actor: OrgActor,
    rawArgs: { first?: number; after?: string | null },
  ): Promise<WorkerCheckPage> {
    const parsed = parseWithFieldErrors(pageArgsSchema, rawArgs, 'args');
    // Page arguments sit at the top level of the field: their paths have no root.
    if (!parsed.ok)
      throw new BadUserInputError(parsed.fieldErrors.map((e) => ({ ...e, path: e.path.slice(1) })));
    const { first, after } = parsed.value;
    const cursor = after ? decodeCursor(after) : null;
    if (after && !cursor)
      throw BadUserInputError.field(['after'], 'is not a cursor from this list');

    const [{ rows, hasNextPage }, totalCount] = await Promise.all([
      this.repository.page(actor.organisationId, first, cursor),
      this.repository.count(actor.organisationId),
    ]);
    const edges = rows.map((node) => ({
      cursor: encodeCursor({ at: node.requestedAt, id: node.id }),
      node,
    }));
    return {
      edges,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage },
      totalCount,
    };
  }

  /**
   * Worker side. Safe to run twice: a finished check is left alone, a retry of a running
   * one simply runs again.
   */
  async process(organisationId: string, checkId: string, attempt: number): Promise<void> {
    const check = await this.repository.findById(organisationId, checkId);
    if (!check) return; // deleted because enqueueing failed, or cleaned up: nothing to do
    const startedAt = this.clock.now();
    const claimed = await this.repository.markRunning(organisationId, checkId, startedAt, attempt);
    if (!claimed) return;

    const databaseVersion = await this.repository.serverVersion();
    const completedAt = this.clock.now();
    await this.repository.markSucceeded(organisationId, checkId, {
      completedAt,
      queueWaitMs: Math.max(0, startedAt.getTime() - check.requestedAt.getTime()),
      roundTripMs: Math.max(0, completedAt.getTime() - check.requestedAt.getTime()),
      workerHost: `${hostname()} (pid ${process.pid})`,
      databaseVersion,
    });
  }

  /** Worker side, after the last attempt failed. */
  async fail(organisationId: string, checkId: string, reason: string): Promise<void> {
    await this.repository.markFailed(
      organisationId,
      checkId,
      reason.slice(0, 500),
      this.clock.now(),
    );
  }
}
