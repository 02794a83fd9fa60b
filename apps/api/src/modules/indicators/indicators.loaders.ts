import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { byKeys, requestLoader } from '../../platform/graphql/request-loaders';
import type { FrameworkElementEntity } from '../frameworks/framework-element.entity';
import type { IndicatorEntity, IndicatorTargetEntity } from './indicator.entity';
import { IndicatorsRepository, type OrganisationSettings } from './indicators.repository';

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

  /** The museum's period settings, once per request. */
  settings(req: Request, organisationId: string) {
    return requestLoader<string, OrganisationSettings>(
      req,
      `indicators.settings:${organisationId}`,
      async (ids) => Promise.all(ids.map((id) => this.repository.settings(id))),
    );
  }

  /** Labels of scopes (MUSEUM, SITE:<id>, PROGRAMME:<id>), batched per request. */
  scopeLabel(req: Request, organisationId: string) {
    return requestLoader<string, string>(
      req,
      `indicators.scopeLabel:${organisationId}`,
      async (keys) => {
        const ids = (kind: string) =>
          keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
        const names = await this.repository.scopeNames(
          organisationId,
          ids('SITE'),
          ids('PROGRAMME'),
        );
        return keys.map((key) => {
          if (key === 'MUSEUM') return names.organisationName;
          const [kind, id] = key.split(':') as [string, string];
          return (kind === 'SITE' ? names.sites : names.programmes).get(id) ?? '';
        });
      },
    );
  }
}
