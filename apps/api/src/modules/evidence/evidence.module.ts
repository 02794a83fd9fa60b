import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EvidenceFilesController } from './evidence-files.controller';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceResolver } from './evidence.resolver';
import { EvidenceService } from './evidence.service';

@Module({
  imports: [AuditModule],
  controllers: [EvidenceFilesController],
  providers: [EvidenceRepository, EvidenceService, EvidenceResolver],
  exports: [EvidenceRepository, EvidenceService],
})
export class EvidenceModule {}
