import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { MAIL_QUEUE, MAIL_SWEEP_EVERY_MS, MAIL_SWEEP_JOB } from './mail.queue';

/**
 * Worker only: the periodic outbox sweep, upserted when the worker starts (safe with several
 * workers: one scheduler per id). An `every` scheduler also runs once straight away, so mail
 * committed while no worker was running goes out as soon as one starts.
 */
@Injectable()
export class MailSchedules implements OnApplicationBootstrap {
  constructor(@InjectQueue(MAIL_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      MAIL_SWEEP_JOB,
      { every: MAIL_SWEEP_EVERY_MS },
      {
        name: MAIL_SWEEP_JOB,
        opts: { removeOnComplete: { count: 50 }, removeOnFail: { count: 200 } },
      },
    );
  }
}
