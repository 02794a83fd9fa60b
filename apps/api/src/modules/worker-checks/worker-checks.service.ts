import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { pageArgsSchema, parseWithFieldErrors, requestWorkerCheckInputSchema } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../platform/clock/clock';
import { BadUserInputError, NotFoundError } from '../../platform/graphql/app-errors';
import { decodeCursor, encodeCursor } from '../../platform/graphql/pagination';
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

  async request(rawInput: unknown): Promise<WorkerCheckEntity> {
    const parsed = parseWithFieldErrors(requestWorkerCheckInputSchema, rawInput ?? {});
    if (!parsed.ok) throw new BadUserInputError(parsed.fieldErrors);

    const check = await this.repository.insert({
      id: randomUUID(),
      note: parsed.value.note,
      requestedAt: this.clock.now(),
    });
    try {
      await this.producer.enqueue({ checkId: check.id });
    } catch (error) {
      // Nothing half-written: a check that never reached the queue would wait forever.
      await this.repository.delete(check.id);
      throw error;
    }
    return check;
  }

  async get(id: string): Promise<WorkerCheckEntity> {
    const check = await this.repository.findById(id);
    if (!check) throw new NotFoundError('Worker check');
    return check;
  }

  async list(rawArgs: { first?: number; after?: string | null }): Promise<WorkerCheckPage> {
    const parsed = parseWithFieldErrors(pageArgsSchema, rawArgs, 'args');
    if (!parsed.ok) throw new BadUserInputError(parsed.fieldErrors.map((e) => ({ ...e, path: e.path.slice(1) })));
    const { first, after } = parsed.value;
    const cursor = after ? decodeCursor(after) : null;
    if (after && !cursor) throw BadUserInputError.field(['after'], 'is not a cursor from this list');

    const [{ rows, hasNextPage }, totalCount] = await Promise.all([
      this.repository.page(first, cursor),
      this.repository.count(),
    ]);
    const edges = rows.map((node) => ({ cursor: encodeCursor({ at: node.requestedAt, id: node.id }), node }));
    return { edges, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage }, totalCount };
  }

  /**
   * Worker side. Safe to run twice: a finished check is left alone, a retry of a running
   * one simply runs again.
   */
  async process(checkId: string, attempt: number): Promise<void> {
    const check = await this.repository.findById(checkId);
    if (!check) return; // deleted because enqueueing failed, or cleaned up: nothing to do
    const startedAt = this.clock.now();
    const claimed = await this.repository.markRunning(checkId, startedAt, attempt);
    if (!claimed) return;

    const databaseVersion = await this.repository.serverVersion();
    const completedAt = this.clock.now();
    await this.repository.markSucceeded(checkId, {
      completedAt,
      queueWaitMs: Math.max(0, startedAt.getTime() - check.requestedAt.getTime()),
      roundTripMs: Math.max(0, completedAt.getTime() - check.requestedAt.getTime()),
      workerHost: `${hostname()} (pid ${process.pid})`,
      databaseVersion,
    });
  }

  /** Worker side, after the last attempt failed. */
  async fail(checkId: string, reason: string): Promise<void> {
    await this.repository.markFailed(checkId, reason.slice(0, 500), this.clock.now());
  }
}
