import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { DIAGNOSTICS_QUEUE, WORKER_CHECK_JOB, workerCheckPayload } from './worker-checks.queue';
import { WorkerChecksService } from './worker-checks.service';

/** Worker only: parses the payload and hands it to the service. */
@Processor(DIAGNOSTICS_QUEUE)
export class WorkerChecksProcessor extends WorkerHost {
  private readonly logger = new Logger(WorkerChecksProcessor.name);

  constructor(private readonly service: WorkerChecksService) {
    super();
  }

  async process(job: Job): Promise<void> {
    if (job.name !== WORKER_CHECK_JOB) throw new UnrecoverableError(`Unknown job ${job.name}`);
    const parsed = workerCheckPayload.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`Invalid payload for ${job.name}`);
    await this.service.process(
      parsed.data.organisationId,
      parsed.data.checkId,
      job.attemptsMade + 1,
    );
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    if (!job) return;
    const final =
      job.attemptsMade >= (job.opts.attempts ?? 1) || error instanceof UnrecoverableError;
    this.logger.warn(
      { jobId: job.id, attempt: job.attemptsMade, final, err: error },
      'worker check failed',
    );
    const parsed = workerCheckPayload.safeParse(job.data);
    if (final && parsed.success)
      await this.service.fail(parsed.data.organisationId, parsed.data.checkId, error.message);
  }
}
