import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { z } from 'zod';

/** Queue for outgoing mail. The outbox table is the truth; jobs only say "look at this row". */
export const MAIL_QUEUE = 'mail';

export const MAIL_SEND_JOB = 'mail.send';
export const MAIL_SWEEP_JOB = 'mail.sweep';

export const mailSendPayload = z.object({ outboxId: z.uuid() });
export type MailSendPayload = z.infer<typeof mailSendPayload>;

/** Tries per message (the row's `attempts` counts them); exponential backoff 2 s, 4 s, ... 128 s. */
export const MAIL_SEND_ATTEMPTS = 8;
export const MAIL_SEND_BACKOFF_MS = 2000;

/** How often the worker looks for mail that was committed but never queued (or lost its job). */
export const MAIL_SWEEP_EVERY_MS = 15_000;
export const MAIL_SWEEP_LIMIT = 100;

/** Delay before try `attempt + 1` after `attempt` tries failed: the same curve BullMQ uses. */
export function mailBackoffMs(attempt: number): number {
  return MAIL_SEND_BACKOFF_MS * 2 ** Math.max(0, attempt - 1);
}

const SEND_OPTIONS: JobsOptions = {
  attempts: MAIL_SEND_ATTEMPTS,
  backoff: { type: 'exponential', delay: MAIL_SEND_BACKOFF_MS },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** Enqueues mail jobs. The job id is the outbox id, so a repeat is a no-op. */
@Injectable()
export class MailProducer {
  constructor(@InjectQueue(MAIL_QUEUE) private readonly queue: Queue) {}

  async send(payload: MailSendPayload): Promise<void> {
    const data = mailSendPayload.parse(payload);
    await this.queue.add(MAIL_SEND_JOB, data, { ...SEND_OPTIONS, jobId: data.outboxId });
  }

  /**
   * For the sweep: queue the row again unless a job for it is still waiting, delayed or
   * running. A finished job (completed or failed) kept for inspection would make `send` a
   * no-op, so it is replaced. Returns whether a job was added.
   */
  async resend(payload: MailSendPayload): Promise<boolean> {
    const data = mailSendPayload.parse(payload);
    const existing = await this.queue.getJob(data.outboxId);
    if (existing) {
      const state = await existing.getState();
      if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return false;
      if (state !== 'unknown') await existing.remove();
    }
    await this.queue.add(MAIL_SEND_JOB, data, { ...SEND_OPTIONS, jobId: data.outboxId });
    return true;
  }
}
