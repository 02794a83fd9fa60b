import type { Period, PeriodSettings, ScopeKind } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { PeriodModel, resolvePeriod } from '../../platform/graphql/period';
import type { IndicatorResultEntity, IndicatorTargetEntity } from './indicator.entity';
import type { ScopeModel } from './indicator.model';
import { IndicatorsRepository, type OrganisationSettings } from './indicators.repository';

export interface ResolvedScope {
  kind: ScopeKind;
  id: string | null;
  /** MUSEUM, SITE:<id> or PROGRAMME:<id>. */
  key: string;
  label: string;
}

export function scopeKey(kind: ScopeKind, id: string | null): string {
  return kind === 'MUSEUM' || !id ? 'MUSEUM' : `${kind}:${id}`;
}

export function periodSettings(settings: OrganisationSettings): PeriodSettings {
  return {
    financialYearStartMonth: settings.financialYearStartMonth,
    academicYearStartMonth: settings.academicYearStartMonth,
  };
}

/** The period a target, result or lock row is for. */
export function periodOfRow(
  row: Pick<
    IndicatorTargetEntity,
    'periodType' | 'periodKey' | 'periodLabel' | 'periodStart' | 'periodEnd'
  >,
): PeriodModel {
  return PeriodModel.from({
    type: row.periodType as Period['type'],
    key: row.periodKey,
    label: row.periodLabel,
    start: row.periodStart,
    end: row.periodEnd,
  });
}

export function periodColumns(period: Period) {
  return {
    periodType: period.type,
    periodKey: period.key,
    periodLabel: period.label,
    periodStart: period.start,
    periodEnd: period.end,
  };
}

/** Scopes and periods as inputs name them, checked against the museum. */
@Injectable()
export class Scopes {
  constructor(private readonly repository: IndicatorsRepository) {}

  period(input: unknown, settings: OrganisationSettings, path: string[]): Period {
    const raw = (input ?? {}) as { key?: unknown; label?: unknown };
    if (typeof raw.key !== 'string') throw BadUserInputError.field(path, 'Choose a period');
    return resolvePeriod(
      { key: raw.key, label: typeof raw.label === 'string' ? raw.label : null },
      periodSettings(settings),
      path,
    );
  }

  /** The whole museum when no scope is given; another museum's site or programme is NOT_FOUND. */
  async resolve(
    organisationId: string,
    input: { kind?: unknown; id?: unknown } | null | undefined,
    path: string[],
    em?: EntityManager,
  ): Promise<ResolvedScope> {
    const kind = (input?.kind ?? 'MUSEUM') as ScopeKind;
    if (kind === 'MUSEUM') {
      const names = await this.repository.scopeNames(organisationId, [], [], em);
      return { kind, id: null, key: 'MUSEUM', label: names.organisationName };
    }
    if (!input?.id)
      throw BadUserInputError.field(
        [...path, 'id'],
        `Choose the ${kind === 'SITE' ? 'site' : 'programme'}`,
      );
    const what = kind === 'SITE' ? 'Site' : 'Programme';
    const id = assertId(input.id, what);
    const names = await this.repository.scopeNames(
      organisationId,
      kind === 'SITE' ? [id] : [],
      kind === 'PROGRAMME' ? [id] : [],
      em,
    );
    const label = (kind === 'SITE' ? names.sites : names.programmes).get(id);
    if (label === undefined) throw new NotFoundError(what);
    return { kind, id, key: scopeKey(kind, id), label };
  }

  /** Scope models for stored rows, with one query for all their names. */
  async models(
    organisationId: string,
    rows: ReadonlyArray<Pick<IndicatorResultEntity, 'scopeKind' | 'scopeId'>>,
  ): Promise<(row: Pick<IndicatorResultEntity, 'scopeKind' | 'scopeId'>) => ScopeModel> {
    const ids = (kind: ScopeKind) => [
      ...new Set(rows.filter((r) => r.scopeKind === kind && r.scopeId).map((r) => r.scopeId!)),
    ];
    const names = await this.repository.scopeNames(organisationId, ids('SITE'), ids('PROGRAMME'));
    return (row) => ({
      kind: row.scopeKind,
      id: row.scopeKind === 'MUSEUM' ? null : row.scopeId,
      label:
        row.scopeKind === 'MUSEUM'
          ? names.organisationName
          : ((row.scopeKind === 'SITE' ? names.sites : names.programmes).get(row.scopeId ?? '') ??
            ''),
    });
  }
}
