import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrganisationsLoaders } from './organisations.loaders';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [AuditModule],
  providers: [
    OrganisationsRepository,
    OrganisationsService,
    OrganisationsLoaders,
    OrganisationsResolver,
  ],
  exports: [OrganisationsRepository],
})
export class OrganisationsModule {}
