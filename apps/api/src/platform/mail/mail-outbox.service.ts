import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { Clock } from '../clock/clock';
import type { MailOutboxEntity } from './mail-outbox.entity';
import { MailOutboxRepository } from './mail-outbox.repository';
import { MAIL_SEND_ATTEMPTS, MAIL_SWEEP_LIMIT, MailProducer, mailBackoffMs } from './mail.queue';
import { describeMailError, MailTransport } from './mail.transport';

export interface OutboxMessage {
  /** The museum the mail is about, or null (e.g. a password reset). */
  organisationId: string | null;
  /** What kind of mail, e.g. 'invitation', 'password-reset'. */
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
}

const outboxMessageSchema = z.object({
  organisationId: z.uuid().nullable(),
  kind: z.string().regex(/^[a-z][a-z0-9.-]{0,63}$/, 'must be a short lower-case name'),
  to: z.email(),
  subject: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .refine((subject) => !/[\r\n]/.test(subject), 'must be one line'),
  text: z.string().min(1).max(100_000),
  html: z.string().max(500_000).nullish(),
});

export type MailSendOutcome = 'sent' | 'skipped';

/** A try that failed; `final` when the row is now FAILED and retrying is pointless. */
export class MailSendFailedError extends Error {
  override name = 'MailSendFailedError';
  constructor(
    message: string,
    readonly final: boolean,
  ) {
    super(message);
  }
}

/**
 * The mail outbox. API side: `enqueue` inside the transaction that causes the mail, then
 * `dispatch` once it has committed. Worker side: `send` one row, `sweep` for stragglers.
 *
 * Delivery is at least once: a worker that dies after the SMTP server accepted a message
 * but before the row is marked SENT sends it again. Everything else is exactly once: a row
 * is sent under a row lock and a SENT row is never sent again.
 */
@Injectable()
export class MailOutboxService {
  private readonly logger = new Logger(MailOutboxService.name);

  constructor(
    private readonly repository: MailOutboxRepository,
    private readonly producer: MailProducer,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
  ) {}

  /**
   * Writes the mail with the caller's transaction manager, so it exists if and only if the
   * change commits. Call `dispatch([mail.id])` after the commit.
   */
  async enqueue(manager: EntityManager, message: OutboxMessage): Promise<MailOutboxEntity> {
    const mail = outboxMessageSchema.parse(message);
    return this.repository.insert(manager, {
      organisationId: mail.organisationId,
      kind: mail.kind,
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html ?? null,
      nextAttemptAt: this.clock.now(),
    });
  }

  /**
   * After the commit: queue a send job per id. Best effort and never throws; if Redis is
   * unavailable the sweep finds the rows within MAIL_SWEEP_EVERY_MS.
   */
  async dispatch(ids: readonly string[]): Promise<void> {
    for (const outboxId of ids) {
      try {
        await this.producer.send({ outboxId });
      } catch (error) {
        this.logger.warn(
          { outboxId, err: describeMailError(error) },
          'could not queue mail; the outbox sweep will pick it up',
        );
      }
    }
  }

  /**
   * Worker side: delivers one row. Skips (returns 'skipped') when the row is gone, is being
   * sent by someone else, or is no longer PENDING. On a delivery error it records the try
   * and throws so BullMQ retries; after MAIL_SEND_ATTEMPTS tries the row is FAILED and the
   * error is unrecoverable. `attempt` is the job's try number, for the logs; the row's own
   * `attempts` decides when to give up, so a re-queued row does not start counting again.
   */
  async send(outboxId: string, attempt = 1): Promise<MailSendOutcome> {
    const outcome = await this.repository.transaction(async (manager) => {
      const mail = await this.repository.lockForSending(manager, outboxId);
      if (!mail || mail.status !== 'PENDING') return { sent: false as const };
      const tries = mail.attempts + 1;
      try {
        await this.transport.send({
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.textBody,
          html: mail.htmlBody,
        });
      } catch (error) {
        const final = tries >= MAIL_SEND_ATTEMPTS;
        const lastError = describeMailError(error);
        const now = this.clock.now();
        await this.repository.recordFailure(manager, outboxId, {
          status: final ? 'FAILED' : 'PENDING',
          attempts: tries,
          lastError,
          nextAttemptAt: final ? now : new Date(now.getTime() + mailBackoffMs(tries)),
        });
        return { sent: false as const, failure: { lastError, final, tries } };
      }
      await this.repository.markSent(manager, outboxId, tries, this.clock.now());
      return { sent: true as const };
    });

    if ('failure' in outcome && outcome.failure) {
      const { lastError, final, tries } = outcome.failure;
      this.logger.warn({ outboxId, attempt, tries, final, err: lastError }, 'mail delivery failed');
      // The stored message, not the original error: BullMQ keeps it in Redis.
      throw new MailSendFailedError(lastError, final);
    }
    return outcome.sent ? 'sent' : 'skipped';
  }

  /**
   * Worker side, periodic: queues every PENDING row that is due (at most MAIL_SWEEP_LIMIT).
   * Covers a crash or a Redis outage between commit and dispatch, and rows whose job ended.
   * Returns how many rows were due.
   */
  async sweep(): Promise<number> {
    const ids = await this.repository.findDueIds(this.clock.now(), MAIL_SWEEP_LIMIT);
    let queued = 0;
    for (const outboxId of ids) {
      if (await this.producer.resend({ outboxId })) queued += 1;
    }
    if (queued > 0) this.logger.log({ due: ids.length, queued }, 'outbox sweep queued mail');
    return ids.length;
  }

  /** One outbox row, for diagnostics and tests. */
  get(outboxId: string): Promise<MailOutboxEntity | null> {
    return this.repository.findById(outboxId);
  }
}
