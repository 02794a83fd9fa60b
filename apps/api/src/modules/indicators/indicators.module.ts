import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { IndicatorFiguresCache } from './indicator-figures.cache';
import { IndicatorValuesRepository } from './indicator-values.repository';
import { IndicatorValuesService } from './indicator-values.service';
import { IndicatorsLoaders } from './indicators.loaders';
import { IndicatorsRepository } from './indicators.repository';
import {
  IndicatorsResolver,
  PeriodLocksResolver,
  ResultsResolver,
  TargetsResolver,
} from './indicators.resolver';
import { IndicatorsService } from './indicators.service';
import { PeriodLocksModule } from './period-locks.service';
import { ResultsExportController } from './results-export.controller';
import { ResultsService } from './results.service';
import { Scopes } from './scopes';

/**
 * Indicators (built-in and the museum's own), targets, results, period locks and the results
 * export. Survey-derived values come from the SurveyIndicatorSource a global surveys module
 * provides (optional: without it they say surveys are not available).
 */
@Module({
  imports: [AuditModule, UsersModule, PeriodLocksModule],
  controllers: [ResultsExportController],
  providers: [
    IndicatorsRepository,
    IndicatorValuesRepository,
    IndicatorsLoaders,
    Scopes,
    { provide: IndicatorFiguresCache, useValue: new IndicatorFiguresCache() },
    IndicatorsService,
    IndicatorValuesService,
    ResultsService,
    IndicatorsResolver,
    TargetsResolver,
    ResultsResolver,
    PeriodLocksResolver,
  ],
  exports: [IndicatorsRepository, IndicatorValuesService, ResultsService],
})
export class IndicatorsModule {}
