import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DeprivationModule } from '../deprivation/deprivation.module';
import { PartnersRepository } from './partners.repository';
import { PartnersResolver } from './partners.resolver';
import { PartnersService } from './partners.service';

@Module({
  imports: [AuditModule, DeprivationModule],
  providers: [PartnersRepository, PartnersService, PartnersResolver],
  exports: [PartnersRepository],
})
export class PartnersModule {}
