import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { ImportJobsService } from './import-jobs.service';
import {
  COMMIT_IMPORT_JOB,
  IMPORTS_QUEUE,
  importJobPayload,
  VALIDATE_IMPORT_JOB,
} from './imports.queue';

/** Worker only: parses the payload and hands it to the service. One import at a time. */
@Processor(IMPORTS_QUEUE, { concurrency: 1 })
export class ImportsProcessor extends WorkerHost {
  private readonly logger = new Logger(ImportsProcessor.name);

  constructor(private readonly service: ImportJobsService) {
    super();
  }

  async process(job: Job): Promise<void> {
    const parsed = importJobPayload.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`Invalid payload for ${job.name}`);
    switch (job.name) {
      case VALIDATE_IMPORT_JOB:
        return this.service.validate(parsed.data);
      case COMMIT_IMPORT_JOB:
        return this.service.commit(parsed.data);
      default:
        throw new UnrecoverableError(`Unknown job ${job.name}`);
    }
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    if (!job) return;
    const final =
      job.attemptsMade >= (job.opts.attempts ?? 1) || error instanceof UnrecoverableError;
    this.logger.warn(
      { jobId: job.id, attempt: job.attemptsMade, final, err: error },
      'import job failed',
    );
    const parsed = importJobPayload.safeParse(job.data);
    if (!final || !parsed.success) return;
    const step = job.name === COMMIT_IMPORT_JOB ? 'COMMITTING' : 'VALIDATING';
    await this.service.fail(parsed.data, step, error.message);
  }
}
