import { DynamicModule, Module } from '@nestjs/common';
import { WorkerChecksModule } from '../modules/worker-checks/worker-checks.module';
import type { AppConfig } from '../platform/config';
import { PlatformModule } from './platform.module';

/** BullMQ worker process: platform, features, processors and schedulers; no GraphQL. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot(config, 'worker'), WorkerChecksModule.forWorker()],
    };
  }
}
