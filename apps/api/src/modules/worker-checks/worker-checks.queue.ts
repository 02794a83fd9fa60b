import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { z } from 'zod';

/** Queue for platform diagnostics: small jobs that prove the worker path works. */
export const DIAGNOSTICS_QUEUE = 'diagnostics';

export const WORKER_CHECK_JOB = 'diagnostics.worker-check';

export const workerCheckPayload = z.object({ organisationId: z.uuid(), checkId: z.uuid() });
export type WorkerCheckPayload = z.infer<typeof workerCheckPayload>;

export const WORKER_CHECK_ATTEMPTS = 3;

/** Enqueues worker checks. The job id is the check id, so a repeat is a no-op. */
@Injectable()
export class WorkerChecksProducer {
  constructor(@InjectQueue(DIAGNOSTICS_QUEUE) private readonly queue: Queue) {}

  async enqueue(payload: WorkerCheckPayload): Promise<void> {
    const data = workerCheckPayload.parse(payload);
    await this.queue.add(WORKER_CHECK_JOB, data, {
      jobId: data.checkId,
      attempts: WORKER_CHECK_ATTEMPTS,
      backoff: { type: 'exponential', delay: 500 },
      removeOnComplete: { age: 24 * 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }

  async health(): Promise<{
    waiting: number;
    active: number;
    failed: number;
    delayed: number;
    workers: number;
  }> {
    const [counts, workers] = await Promise.all([
      this.queue.getJobCounts('waiting', 'active', 'failed', 'delayed'),
      this.queue.getWorkersCount(),
    ]);
    return {
      waiting: counts['waiting'] ?? 0,
      active: counts['active'] ?? 0,
      failed: counts['failed'] ?? 0,
      delayed: counts['delayed'] ?? 0,
      workers,
    };
  }
}
