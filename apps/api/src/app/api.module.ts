import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { RestErrorsFilter } from '../platform/http/rest-errors.filter';
import { AuditModule } from '../modules/audit/audit.module';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AuthModule } from '../modules/auth/auth.module';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { DeprivationModule } from '../modules/deprivation/deprivation.module';
import { DeprivationResolver } from '../modules/deprivation/deprivation.resolver';
import { IndicatorsModule } from '../modules/indicators/indicators.module';
import {
  IndicatorsResolver,
  PeriodLocksResolver,
  ResultsResolver,
  TargetsResolver,
} from '../modules/indicators/indicators.resolver';
import { ImportsModule } from '../modules/imports/imports.module';
import { EvidenceModule } from '../modules/evidence/evidence.module';
import { EvidenceResolver } from '../modules/evidence/evidence.resolver';
import { CommitmentsModule } from '../modules/commitments/commitments.module';
import { CommitmentsResolver } from '../modules/commitments/commitments.resolver';
import { ActionLogResolver } from '../modules/commitments/action-log.resolver';
import { CoverageModule } from '../modules/manifesto-coverage/coverage.module';
import { CoverageResolver } from '../modules/manifesto-coverage/coverage.resolver';
import { ImportsResolver } from '../modules/imports/imports.resolver';
import { PartnersModule } from '../modules/partners/partners.module';
import { PartnersResolver } from '../modules/partners/partners.resolver';
import { SessionsModule } from '../modules/sessions/sessions.module';
import { SessionsResolver } from '../modules/sessions/sessions.resolver';
import { SurveysModule } from '../modules/surveys/surveys.module';
import { SurveysResolver } from '../modules/surveys/surveys.resolver';
import { FrameworksModule } from '../modules/frameworks/frameworks.module';
import { FrameworksResolver } from '../modules/frameworks/frameworks.resolver';
import { MembersModule } from '../modules/members/members.module';
import { MembersResolver } from '../modules/members/members.resolver';
import { OrganisationsModule } from '../modules/organisations/organisations.module';
import { OrganisationsResolver } from '../modules/organisations/organisations.resolver';
import { ProgrammesModule } from '../modules/programmes/programmes.module';
import { ProgrammesResolver } from '../modules/programmes/programmes.resolver';
import { WorkerChecksResolver } from '../modules/worker-checks/worker-checks.resolver';
import { DevMailboxResolver } from '../platform/mail/dev-mailbox.resolver';
import { MailModule } from '../platform/mail/mail.module';
import { WorkerChecksModule } from '../modules/worker-checks/worker-checks.module';
import { SystemModule } from '../modules/system/system.module';
import { SystemResolver } from '../modules/system/system.resolver';
import { AccessGuard } from '../platform/auth/access.guard';
import type { AppConfig } from '../platform/config';
import { ApiGraphQLModule } from '../platform/graphql/graphql.module';
import { HealthModule } from '../platform/health/health.module';
import { PlatformModule } from './platform.module';

/**
 * Every resolver class the API serves. `cli schema` builds apps/api/schema.graphql from this
 * list without a database; the drift test compares that file with the running schema.
 */
export const API_RESOLVERS = [
  AuthResolver,
  OrganisationsResolver,
  MembersResolver,
  AuditResolver,
  FrameworksResolver,
  ProgrammesResolver,
  PartnersResolver,
  DeprivationResolver,
  SessionsResolver,
  DevMailboxResolver,
  SystemResolver,
  WorkerChecksResolver,
  ImportsResolver,
  IndicatorsResolver,
  TargetsResolver,
  ResultsResolver,
  PeriodLocksResolver,
  EvidenceResolver,
  CommitmentsResolver,
  ActionLogResolver,
  CoverageResolver,
  SurveysResolver,
];

/** HTTP + GraphQL process: platform, features and GraphQL; no processors. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformModule.forRoot(config, 'api'),
        ApiGraphQLModule.forRoot(),
        HealthModule,
        AuthModule,
        OrganisationsModule,
        MembersModule,
        AuditModule,
        FrameworksModule,
        ProgrammesModule,
        DeprivationModule,
        PartnersModule,
        SessionsModule,
        ImportsModule.forApi(),
        MailModule.forApi(),
        SystemModule,
        WorkerChecksModule.forApi(),
        IndicatorsModule,
        EvidenceModule,
        CommitmentsModule,
        CoverageModule,
        SurveysModule.forApi(),
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: RestErrorsFilter },
      ],
    };
  }
}
