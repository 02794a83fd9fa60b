import { addDays, COVERAGE_ACTION_WINDOW_DAYS, localDateIn, type Period } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import type { OrgActor } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { resolvePeriod } from '../../platform/graphql/period';
import { seesDrafts } from '../evidence/evidence.service';
import { CoverageRepository, type PrincipleCounts } from './coverage.repository';

export interface ManifestoCoverage {
  period: Period;
  actionsFrom: string;
  actionsUntil: string;
  principles: PrincipleCounts[];
}

/** Manifesto coverage per principle and period. */
@Injectable()
export class CoverageService {
  constructor(
    private readonly repository: CoverageRepository,
    private readonly clock: Clock,
  ) {}

  async manifestoCoverage(
    actor: OrgActor,
    input: { key: string; label?: string | null },
  ): Promise<ManifestoCoverage> {
    const settings = await this.repository.settings(actor.organisationId);
    const period = resolvePeriod(input, settings);
    const today = localDateIn(this.clock.now(), settings.timeZone);
    const actionsUntil = period.end < today ? period.end : today;
    const actionsFrom = addDays(actionsUntil, -(COVERAGE_ACTION_WINDOW_DAYS - 1));
    const counts = await this.repository.counts(actor.organisationId, {
      periodStart: period.start,
      periodEnd: period.end,
      actionsFrom,
      actionsUntil,
      onlyPublishable: !seesDrafts(actor),
    });
    return {
      period,
      actionsFrom,
      actionsUntil,
      principles: counts,
    };
  }
}
