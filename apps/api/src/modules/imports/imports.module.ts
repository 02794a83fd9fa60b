import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { DeprivationModule } from '../deprivation/deprivation.module';
import { PeriodLocksModule } from '../indicators/period-locks.service';
import { UsersModule } from '../users/users.module';
import { ActivityImportEntity, ImportColumnMappingEntity } from './activity-import.entity';
import { ImportCommitRepository } from './import-commit.repository';
import { ImportJobsService } from './import-jobs.service';
import { ImportsController } from './imports.controller';
import { ImportsProcessor } from './imports.processor';
import { IMPORTS_QUEUE, ImportsProducer } from './imports.queue';
import { ImportsRepository } from './imports.repository';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';

const shared = {
  imports: [
    TypeOrmModule.forFeature([ActivityImportEntity, ImportColumnMappingEntity]),
    BullModule.registerQueue({ name: IMPORTS_QUEUE }),
    AuditModule,
    DeprivationModule,
    UsersModule,
    PeriodLocksModule,
  ],
  providers: [ImportsRepository, ImportCommitRepository, ImportsProducer],
};

/** The API gets the upload endpoint and resolver; the worker gets the processor. */
@Module({})
export class ImportsModule {
  static forApi(): DynamicModule {
    return {
      module: ImportsModule,
      imports: shared.imports,
      controllers: [ImportsController],
      providers: [...shared.providers, ImportsService, ImportsResolver],
      exports: [ImportsService],
    };
  }

  static forWorker(): DynamicModule {
    return {
      module: ImportsModule,
      imports: shared.imports,
      providers: [...shared.providers, ImportJobsService, ImportsProcessor],
      exports: [ImportJobsService],
    };
  }
}
