import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { z } from 'zod';

/** Queue for survey background work: sending follow-up invitations. */
export const SURVEYS_QUEUE = 'surveys';
export const FOLLOW_UP_SWEEP_JOB = 'surveys.follow-up-sweep';
export const FOLLOW_UP_SEND_JOB = 'surveys.follow-up-send';
/** How often the worker looks for follow-up invitations that are due. */
export const FOLLOW_UP_SWEEP_EVERY_MS = 15 * 60 * 1000;

export const followUpSendPayload = z.object({ organisationId: z.uuid() });
export type FollowUpSendPayload = z.infer<typeof followUpSendPayload>;

/** Enqueues one send job per museum, with an id per museum and sweep slot (a repeat is a no-op). */
@Injectable()
export class SurveysProducer {
  constructor(@InjectQueue(SURVEYS_QUEUE) private readonly queue: Queue) {}

  async sendFollowUps(payload: FollowUpSendPayload, slot: number): Promise<void> {
    const data = followUpSendPayload.parse(payload);
    await this.queue.add(FOLLOW_UP_SEND_JOB, data, {
      jobId: `${FOLLOW_UP_SEND_JOB}.${data.organisationId}.${slot}`,
      attempts: 3,
      backoff: { type: 'exponential', delay: 5000 },
      removeOnComplete: { age: 24 * 3600, count: 1000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }
}
