import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue, UnrecoverableError } from 'bullmq';
import { FollowUpService } from './follow-up.service';
import {
  FOLLOW_UP_SEND_JOB,
  FOLLOW_UP_SWEEP_EVERY_MS,
  FOLLOW_UP_SWEEP_JOB,
  followUpSendPayload,
  SURVEYS_QUEUE,
  SurveysProducer,
} from './surveys.queue';

/** Worker only: the sweep fans out one send job per museum; each sends that museum's due waves. */
@Processor(SURVEYS_QUEUE, { concurrency: 2 })
export class SurveysProcessor extends WorkerHost {
  constructor(
    private readonly followUp: FollowUpService,
    private readonly producer: SurveysProducer,
  ) {
    super();
  }

  async process(job: Job): Promise<number> {
    switch (job.name) {
      case FOLLOW_UP_SWEEP_JOB: {
        const slot = Math.floor(Date.now() / FOLLOW_UP_SWEEP_EVERY_MS);
        const organisations = await this.followUp.organisationsWithDueInvitations();
        for (const organisationId of organisations)
          await this.producer.sendFollowUps({ organisationId }, slot);
        return organisations.length;
      }
      case FOLLOW_UP_SEND_JOB: {
        const parsed = followUpSendPayload.safeParse(job.data);
        if (!parsed.success) throw new UnrecoverableError(`Invalid payload for ${job.name}`);
        return this.followUp.sendDue(parsed.data.organisationId);
      }
      default:
        throw new UnrecoverableError(`Unknown job ${job.name}`);
    }
  }
}

/** Worker only: the follow-up sweep, upserted when the worker starts (runs once straight away). */
@Injectable()
export class SurveysSchedules implements OnApplicationBootstrap {
  constructor(@InjectQueue(SURVEYS_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      FOLLOW_UP_SWEEP_JOB,
      { every: FOLLOW_UP_SWEEP_EVERY_MS },
      {
        name: FOLLOW_UP_SWEEP_JOB,
        opts: { removeOnComplete: { count: 50 }, removeOnFail: { count: 200 } },
      },
    );
  }
}
