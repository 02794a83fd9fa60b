import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { byKeys, requestLoader } from '../../platform/graphql/request-loaders';
import type { FrameworkElementEntity } from '../frameworks/framework-element.entity';
import type { IndicatorEntity, IndicatorTargetEntity } from './indicator.entity';
import { IndicatorsRepository } from './indicators.repository';

/** Indicators' relations, batched per request and bound to the caller's museum. */
@Injectable()
export class IndicatorsLoaders {
  constructor(private readonly repository: IndicatorsRepository) {}

  indicator(req: Request, organisationId: string) {
    return requestLoader<string, IndicatorEntity | null>(
      req,
      `indicators.byId:${organisationId}`,
      async (ids) => byKeys(ids, await this.repository.findByIds(organisationId, ids), (i) => i.id),
    );
  }

  frameworkElements(req: Request, organisationId: string) {
    return requestLoader<string, FrameworkElementEntity[]>(
      req,
      `indicators.frameworkElements:${organisationId}`,
      async (ids) => {
        const rows = await this.repository.elementsOf(organisationId, ids);
        return ids.map((id) =>
          rows
            .filter((row) => row.indicatorId === id)
            .map(({ indicatorId: _, ...element }) => element as FrameworkElementEntity),
        );
      },
    );
  }

  /** Targets of each indicator, in one period (or all periods when periodKey is null). */
  targets(req: Request, organisationId: string, periodKey: string | null) {
    return requestLoader<string, IndicatorTargetEntity[]>(
      req,
      `indicators.targets:${organisationId}:${periodKey ?? '*'}`,
      async (ids) => {
        const rows = await this.repository.targets(organisationId, {
          periodKey,
          indicatorIds: ids,
        });
        return ids.map((id) => rows.filter((row) => row.indicatorId === id));
      },
    );
  }
}
