import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FrameworksRepository } from './frameworks.repository';
import { FrameworksResolver } from './frameworks.resolver';
import { FrameworksService } from './frameworks.service';

@Module({
  imports: [AuditModule],
  providers: [FrameworksRepository, FrameworksService, FrameworksResolver],
  exports: [FrameworksRepository],
})
export class FrameworksModule {}
