import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { MailOutboxService, MailSendFailedError } from './mail-outbox.service';
import { MAIL_QUEUE, MAIL_SEND_JOB, MAIL_SWEEP_JOB, mailSendPayload } from './mail.queue';

/** Worker only: parses the payload and hands it to the outbox service. */
@Processor(MAIL_QUEUE, { concurrency: 4 })
export class MailProcessor extends WorkerHost {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(private readonly outbox: MailOutboxService) {
    super();
  }

  async process(job: Job): Promise<void> {
    switch (job.name) {
      case MAIL_SEND_JOB: {
        const parsed = mailSendPayload.safeParse(job.data);
        if (!parsed.success) throw new UnrecoverableError(`Invalid payload for ${job.name}`);
        try {
          await this.outbox.send(parsed.data.outboxId, job.attemptsMade + 1);
        } catch (error) {
          // The row is FAILED: retrying the job would only skip it.
          if (error instanceof MailSendFailedError && error.final)
            throw new UnrecoverableError(error.message);
          throw error;
        }
        return;
      }
      case MAIL_SWEEP_JOB:
        await this.outbox.sweep();
        return;
      default:
        throw new UnrecoverableError(`Unknown job ${job.name}`);
    }
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    if (!job) return;
    const final =
      job.attemptsMade >= (job.opts.attempts ?? 1) || error instanceof UnrecoverableError;
    this.logger.warn(
      { jobId: job.id, job: job.name, attempt: job.attemptsMade, final, err: error.message },
      'mail job failed',
    );
  }
}
