import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkerCheckEntity } from './worker-check.entity';
import { WorkerChecksProcessor } from './worker-checks.processor';
import { DIAGNOSTICS_QUEUE, WorkerChecksProducer } from './worker-checks.queue';
import { WorkerChecksRepository } from './worker-checks.repository';
import { WorkerChecksResolver } from './worker-checks.resolver';
import { WorkerChecksService } from './worker-checks.service';

const shared = {
  imports: [
    TypeOrmModule.forFeature([WorkerCheckEntity]),
    BullModule.registerQueue({ name: DIAGNOSTICS_QUEUE }),
  ],
  providers: [WorkerChecksService, WorkerChecksRepository, WorkerChecksProducer],
};

/** The API gets the resolver; the worker gets the processor. */
@Module({})
export class WorkerChecksModule {
  static forApi(): DynamicModule {
    return {
      module: WorkerChecksModule,
      imports: shared.imports,
      providers: [...shared.providers, WorkerChecksResolver],
      exports: [WorkerChecksProducer],
    };
  }

  static forWorker(): DynamicModule {
    return {
      module: WorkerChecksModule,
      imports: shared.imports,
      providers: [...shared.providers, WorkerChecksProcessor],
    };
  }
}
