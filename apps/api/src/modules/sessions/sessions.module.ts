import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DeprivationModule } from '../deprivation/deprivation.module';
import { PeriodLocksModule } from '../indicators/period-locks.service';
import { UsersModule } from '../users/users.module';
import { SessionsExportController } from './sessions-export.controller';
import { SessionsLoaders } from './sessions.loaders';
import { SessionsRepository } from './sessions.repository';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';

/** Sessions and attendance: logging, the list with filters, "Log a session" defaults, exports. */
@Module({
  imports: [AuditModule, UsersModule, DeprivationModule, PeriodLocksModule],
  controllers: [SessionsExportController],
  providers: [SessionsRepository, SessionsLoaders, SessionsService, SessionsResolver],
  exports: [SessionsRepository, SessionsService],
})
export class SessionsModule {}
