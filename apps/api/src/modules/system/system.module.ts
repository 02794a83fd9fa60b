import { Module } from '@nestjs/common';
import { HealthModule } from '../../platform/health/health.module';
import { WorkerChecksModule } from '../worker-checks/worker-checks.module';
import { SystemResolver } from './system.resolver';

@Module({
  imports: [HealthModule, WorkerChecksModule.forApi()],
  providers: [SystemResolver],
})
export class SystemModule {}
