import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { z } from 'zod';

/** Queue for spreadsheet imports: checking a file and committing it. */
export const IMPORTS_QUEUE = 'imports';

export const VALIDATE_IMPORT_JOB = 'imports.validate';
export const COMMIT_IMPORT_JOB = 'imports.commit';
export type ImportJobName = typeof VALIDATE_IMPORT_JOB | typeof COMMIT_IMPORT_JOB;

/**
 * Which import, in which museum, at which revision: the revision is bumped by every step that
 * enqueues (setImportMapping, commitImport), so a job overtaken by a later step does nothing.
 */
export const importJobPayload = z.object({
  organisationId: z.uuid(),
  importId: z.uuid(),
  revision: z.number().int().min(1),
  /** Who asked for the step, for the audit trail. */
  actorUserId: z.uuid().nullable().optional(),
});
export type ImportJobPayload = z.infer<typeof importJobPayload>;

export const IMPORT_JOB_ATTEMPTS = 3;

/** The job id of one step: the same step enqueued twice is one job. */
export function importJobId(name: ImportJobName, payload: ImportJobPayload): string {
  return `${name}.${payload.importId}.${payload.revision}`;
}

/** Enqueues import jobs with deterministic ids, retries and backoff. */
@Injectable()
export class ImportsProducer {
  constructor(@InjectQueue(IMPORTS_QUEUE) private readonly queue: Queue) {}

  async enqueue(name: ImportJobName, payload: ImportJobPayload): Promise<void> {
    const data = importJobPayload.parse(payload);
    await this.queue.add(name, data, {
      jobId: importJobId(name, data),
      attempts: IMPORT_JOB_ATTEMPTS,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: 24 * 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }
}
