import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../../platform/auth/access.decorators';
import type { OrgActor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { PeriodInput, PeriodModel } from '../../platform/graphql/period';
import { FrameworkElementModel } from '../frameworks/framework.model';
import { ManifestoCoverageModel } from './coverage.model';
import { CoverageService } from './coverage.service';

@Resolver(() => ManifestoCoverageModel)
export class CoverageResolver {
  constructor(private readonly service: CoverageService) {}

  @RequirePermission('dashboards.read')
  @Query(() => ManifestoCoverageModel, {
    description:
      'Per principle of the Museums Association manifesto (MA_LE_2020): active commitments, recent actions, programmes and sessions tagged, indicators with results and evidence items.',
  })
  async manifestoCoverage(
    @CurrentActor() actor: OrgActor,
    @Args('period', { type: () => PeriodInput }) period: PeriodInput,
  ): Promise<ManifestoCoverageModel> {
    const coverage = await this.service.manifestoCoverage(actor, period);
    return {
      period: PeriodModel.from(coverage.period),
      actionsFrom: coverage.actionsFrom,
      actionsUntil: coverage.actionsUntil,
      principles: coverage.principles.map((row) => ({
        principle: Object.assign(new FrameworkElementModel(), row.element),
        activeCommitments: row.activeCommitments,
        actionsLast90Days: row.actionsLast90Days,
        programmesTagged: row.programmesTagged,
        sessionsTagged: row.sessionsTagged,
        evidenceItems: row.evidenceItems,
        indicatorsWithResults: row.indicatorsWithResults,
      })),
    };
  }
}
