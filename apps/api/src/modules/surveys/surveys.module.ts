import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { RateLimiter } from '../../platform/auth/rate-limiter.service';
import { Clock } from '../../platform/clock/clock';
import { SurveyIndicatorSource } from '../../platform/impact/survey-indicator-source';
import { AuditModule } from '../audit/audit.module';
import { FollowUpService } from './follow-up.service';
import { PublicSurveyCache } from './public-survey.cache';
import { PublicSurveysController } from './public-surveys.controller';
import { PublicSurveysService } from './public-surveys.service';
import { SurveyQrController } from './survey-qr.controller';
import { SurveyResultsService } from './survey-results.service';
import { SurveyStatisticsRepository } from './survey-statistics.repository';
import { SurveysProcessor, SurveysSchedules } from './surveys.processor';
import { SURVEYS_QUEUE, SurveysProducer } from './surveys.queue';
import { SurveysRepository } from './surveys.repository';
import { SurveysResolver } from './surveys.resolver';
import { SurveysService } from './surveys.service';

const shared = {
  imports: [BullModule.registerQueue({ name: SURVEYS_QUEUE }), AuditModule],
  providers: [
    Clock,
    SurveysRepository,
    SurveyStatisticsRepository,
    SurveyResultsService,
    { provide: SurveyIndicatorSource, useExisting: SurveyResultsService },
    FollowUpService,
    SurveysProducer,
  ],
  exports: [SurveyIndicatorSource, SurveyResultsService],
};

/**
 * Participant voice and long-term follow-up. Global so indicators can inject
 * SurveyIndicatorSource. The API gets the resolver and the public endpoints; the worker gets
 * the follow-up processor and its schedule.
 */
@Global()
@Module({})
export class SurveysModule {
  static forApi(): DynamicModule {
    return {
      module: SurveysModule,
      global: true,
      imports: shared.imports,
      controllers: [PublicSurveysController, SurveyQrController],
      providers: [
        ...shared.providers,
        RateLimiter,
        PublicSurveyCache,
        SurveysService,
        PublicSurveysService,
        SurveysResolver,
      ],
      exports: shared.exports,
    };
  }

  static forWorker(): DynamicModule {
    return {
      module: SurveysModule,
      global: true,
      imports: shared.imports,
      providers: [...shared.providers, SurveysProcessor, SurveysSchedules],
      exports: shared.exports,
    };
  }
}
