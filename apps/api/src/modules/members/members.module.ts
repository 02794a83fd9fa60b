import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { UsersModule } from '../users/users.module';
import { InvitationsService } from './invitations.service';
import { MembersRepository } from './members.repository';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';

@Module({
  imports: [AuditModule, UsersModule, OrganisationsModule],
  providers: [MembersRepository, MembersService, InvitationsService, MembersResolver],
  exports: [MembersRepository],
})
export class MembersModule {}
