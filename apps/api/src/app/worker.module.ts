import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ImportsModule } from '../modules/imports/imports.module';
import { SurveysModule } from '../modules/surveys/surveys.module';
import { WorkerChecksModule } from '../modules/worker-checks/worker-checks.module';
import type { AppConfig } from '../platform/config';
import { MailModule } from '../platform/mail/mail.module';
import { WorkerShutdownService } from '../platform/queue/worker-shutdown.service';
import { PlatformModule } from './platform.module';

/** BullMQ worker process: platform, features, processors and schedulers; no GraphQL. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(config, 'worker'),
        DiscoveryModule,
        WorkerChecksModule.forWorker(),
        ImportsModule.forWorker(),
        MailModule.forWorker(),
        SurveysModule.forWorker(),
      ],
      providers: [WorkerShutdownService],
    };
  }
}
