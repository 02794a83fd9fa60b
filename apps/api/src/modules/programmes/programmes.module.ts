import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { ProgrammesRepository } from './programmes.repository';
import { ProgrammesResolver } from './programmes.resolver';
import { ProgrammesService } from './programmes.service';

@Module({
  imports: [AuditModule, UsersModule],
  providers: [ProgrammesRepository, ProgrammesService, ProgrammesResolver],
  exports: [ProgrammesRepository],
})
export class ProgrammesModule {}
