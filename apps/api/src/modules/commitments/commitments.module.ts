import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { ActionLogRepository } from './action-log.repository';
import { ActionLogResolver } from './action-log.resolver';
import { ActionLogService } from './action-log.service';
import { CommitmentsRepository } from './commitments.repository';
import { CommitmentsResolver } from './commitments.resolver';
import { CommitmentsService } from './commitments.service';

@Module({
  imports: [AuditModule, EvidenceModule, IndicatorsModule],
  providers: [
    CommitmentsRepository,
    ActionLogRepository,
    CommitmentsService,
    ActionLogService,
    CommitmentsResolver,
    ActionLogResolver,
  ],
  exports: [CommitmentsService, ActionLogService],
})
export class CommitmentsModule {}
