import { Module } from '@nestjs/common';
import { AppConfig } from '../../platform/config';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { DeprivationLookupsController } from './deprivation-lookups.controller';
import { DeprivationLookupsService, LookupUploadSettings } from './deprivation-lookups.service';
import { DeprivationRepository } from './deprivation.repository';
import { DeprivationResolver } from './deprivation.resolver';
import { DeprivationService } from './deprivation.service';

/**
 * Postcode -> decile lookups: the upload endpoint, the admin resolver, and DeprivationService
 * (deciles for sessions, partners and imports).
 */
@Module({
  imports: [AuditModule, UsersModule],
  controllers: [DeprivationLookupsController],
  providers: [
    DeprivationRepository,
    DeprivationService,
    DeprivationLookupsService,
    DeprivationResolver,
    {
      provide: LookupUploadSettings,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        Object.assign(new LookupUploadSettings(), { maxBytes: config.lookupMaxBytes }),
    },
  ],
  exports: [DeprivationService],
})
export class DeprivationModule {}
