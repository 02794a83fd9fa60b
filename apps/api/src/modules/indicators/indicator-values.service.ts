import {
  can,
  cumulativeWindow,
  DISAGGREGATIONS,
  disaggregationCells,
  ragStatus,
  suppressSmallCells,
  type BuiltInIndicatorCode,
  type Disaggregation,
  type Period,
} from '@lantern/domain';
import { Injectable, Optional } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrgActor } from '../../platform/auth/actor';
import { BadUserInputError, NotFoundError } from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { PeriodModel } from '../../platform/graphql/period';
import { SurveyIndicatorSource } from '../../platform/impact/survey-indicator-source';
import type {
  IndicatorEntity,
  IndicatorResultEntity,
  IndicatorTargetEntity,
} from './indicator.entity';
import {
  IndicatorModel,
  type IndicatorCellModel,
  type IndicatorValueModel,
  type TargetModel,
} from './indicator.model';
import {
  IndicatorValuesRepository,
  type BuiltInFigures,
  type RawFigure,
} from './indicator-values.repository';
import { IndicatorFiguresCache } from './indicator-figures.cache';
import { IndicatorsRepository, type OrganisationSettings } from './indicators.repository';
import { periodOfRow, periodSettings, Scopes, type ResolvedScope } from './scopes';

export const SURVEYS_UNAVAILABLE = 'Survey results are not available';
export const ENTER_RESULTS = 'Enter results for manual indicators';
export const ENTER_MILESTONE = 'Record the milestone as a result for this period';

/** One computed figure of a built-in indicator, with its breakdown's cells (not yet suppressed). */
export interface ComputedFigure {
  total: RawFigure;
  disaggregation: Disaggregation | null;
  cells: Array<{ key: string; label: string; value: number | null; n: number | null }>;
}

export function targetModel(
  target: IndicatorTargetEntity,
  scope: TargetModel['scope'],
): TargetModel {
  return {
    id: target.id,
    indicatorId: target.indicatorId,
    scope,
    period: periodOfRow(target),
    targetValue: target.targetValue,
    baselineValue: target.baselineValue,
    baselineLabel: target.baselineLabel,
    greenThreshold: target.greenThreshold,
    amberThreshold: target.amberThreshold,
    note: target.note,
    updatedAt: target.updatedAt,
  };
}

/** Cells of a breakdown in the vocabulary's order, labelled. */
function orderedCells(
  disaggregation: Disaggregation,
  figures: Map<string, RawFigure> | undefined,
): ComputedFigure['cells'] {
  if (!figures) return [];
  return disaggregationCells(disaggregation).flatMap(({ key, label }) => {
    const figure = figures.get(key);
    return figure ? [{ key, label, ...figure }] : [];
  });
}

/** A built-in's figure (total and cells) out of one statement's figures. */
export function builtInFigure(
  indicator: Pick<IndicatorEntity, 'code' | 'allowedDisaggregations'>,
  figures: BuiltInFigures,
  disaggregation: Disaggregation | null,
): ComputedFigure {
  const code = indicator.code as BuiltInIndicatorCode;
  const total = figures.total[code];
  if (code === 'ATTENDANCES_BY_AUDIENCE_TYPE') {
    const allowed = indicator.allowedDisaggregations.includes('AUDIENCE_TYPE');
    return {
      total,
      disaggregation: allowed ? 'AUDIENCE_TYPE' : null,
      cells: allowed ? orderedCells('AUDIENCE_TYPE', figures.byAudienceType) : [],
    };
  }
  if (!disaggregation || !indicator.allowedDisaggregations.includes(disaggregation))
    return { total, disaggregation: null, cells: [] };
  return { total, disaggregation, cells: orderedCells(disaggregation, figures.cells[code]) };
}

/** Indicator values for a period and scope: computed, survey-derived or from results. */
@Injectable()
export class IndicatorValuesService {
  constructor(
    private readonly repository: IndicatorsRepository,
    private readonly figures: IndicatorValuesRepository,
    private readonly scopes: Scopes,
    private readonly cache: IndicatorFiguresCache,
    @Optional() private readonly surveys?: SurveyIndicatorSource,
  ) {}

  async values(
    actor: OrgActor,
    rawPeriod: unknown,
    rawScope: { kind?: unknown; id?: unknown } | null,
    rawIndicatorIds: unknown[] | null,
    disaggregation: Disaggregation | null,
  ): Promise<IndicatorValueModel[]> {
    const orgId = actor.organisationId;
    if (disaggregation && !DISAGGREGATIONS.includes(disaggregation))
      throw BadUserInputError.field(['disaggregation'], 'is not a breakdown');
    const settings = await this.repository.settings(orgId);
    const period = this.scopes.period(rawPeriod, settings, ['period', 'key']);
    const scope = await this.scopes.resolve(orgId, rawScope, ['scope']);
    let indicators: IndicatorEntity[];
    if (rawIndicatorIds) {
      const ids = [...new Set(rawIndicatorIds.map((id) => assertId(id, 'Indicator')))];
      indicators = await this.repository.findByIds(orgId, ids);
      if (indicators.length !== ids.length) throw new NotFoundError('Indicator');
    } else {
      indicators = await this.repository.list(orgId, {
        source: null,
        search: null,
        includeArchived: false,
      });
    }
    if (!indicators.length) return [];

    const includeDrafts = can(actor.role, 'drafts.read');
    const [builtIn, resultRows, targets] = await Promise.all([
      this.computeBuiltIns(orgId, indicators, period, scope, disaggregation, settings),
      indicators.some((i) => i.source === 'MANUAL' || i.source === 'MILESTONE')
        ? this.repository.results(orgId, {
            periodKey: period.key,
            indicatorIds: indicators
              .filter((i) => i.source === 'MANUAL' || i.source === 'MILESTONE')
              .map((i) => i.id),
            scopeKey: scope.key,
            includeDrafts,
          })
        : Promise.resolve([] as IndicatorResultEntity[]),
      this.repository.targets(orgId, {
        periodKey: period.key,
        indicatorIds: indicators.map((i) => i.id),
        scopeKey: scope.key,
      }),
    ]);
    const scopeModel = { kind: scope.kind, id: scope.id, label: scope.label };
    const periodModel = PeriodModel.from(period);

    return Promise.all(
      indicators.map(async (indicator) => {
        let figure: ComputedFigure = {
          total: { value: null, n: 0 },
          disaggregation: null,
          cells: [],
        };
        let ci: { low: number | null; high: number | null } = { low: null, high: null };
        let note: string | null = null;
        let n: number | null = null;
        if (indicator.source === 'BUILT_IN') {
          figure = builtInIndicatorFigure(indicator, builtIn, disaggregation);
          n = figure.total.n;
        } else if (indicator.source === 'SURVEY') {
          const survey = await this.surveyValue(orgId, indicator, period, scope, settings);
          figure.total = { value: survey.value, n: survey.n ?? 0 };
          n = survey.n;
          ci = { low: survey.ciLow, high: survey.ciHigh };
          note = survey.note;
        } else {
          const rows = resultRows.filter((r) => r.indicatorId === indicator.id);
          const total = rows.find((r) => r.disaggregation === null);
          figure.total = { value: total?.value ?? null, n: total?.n ?? 0 };
          n = total ? total.n : null;
          if (!total) note = indicator.source === 'MILESTONE' ? ENTER_MILESTONE : ENTER_RESULTS;
          if (disaggregation && indicator.allowedDisaggregations.includes(disaggregation)) {
            figure.disaggregation = disaggregation;
            const byKey = new Map(
              rows
                .filter((r) => r.disaggregation === disaggregation && r.cellKey !== null)
                .map((r) => [r.cellKey!, { value: r.value, n: r.n }] as const),
            );
            figure.cells = disaggregationCells(disaggregation).flatMap(({ key, label }) => {
              const cell = byKey.get(key);
              return cell ? [{ key, label, value: cell.value, n: cell.n }] : [];
            });
          }
        }
        const target = targets.find((t) => t.indicatorId === indicator.id) ?? null;
        const value: IndicatorValueModel = {
          indicator: IndicatorModel.fromEntity(indicator),
          period: periodModel,
          scope: scopeModel,
          value: figure.total.value,
          n,
          ciLow: ci.low,
          ciHigh: ci.high,
          benchmark: indicator.benchmark,
          disaggregation: figure.disaggregation,
          cells: suppressedCells(figure.cells, settings.smallCellThreshold),
          target: target ? targetModel(target, scopeModel) : null,
          rag: ragStatus(indicator.direction, figure.total.value, target),
          note,
        };
        return value;
      }),
    );
  }

  /**
   * Built-in figures for every window the indicators need (one statement per window: all
   * built-ins are the period alone today, so one statement).
   */
  async computeBuiltIns(
    organisationId: string,
    indicators: IndicatorEntity[],
    period: Period,
    scope: ResolvedScope,
    disaggregation: Disaggregation | null,
    settings: OrganisationSettings,
    em?: EntityManager,
  ): Promise<Map<string, BuiltInFigures>> {
    const windows = new Map<string, { start: string; end: string }>();
    for (const indicator of indicators.filter((i) => i.source === 'BUILT_IN')) {
      const window = cumulativeWindow(indicator.cumulativeClass, period, periodSettings(settings));
      windows.set(`${window.start}_${window.end}`, window);
    }
    const byWindow = new Map<string, BuiltInFigures>();
    // Inside a transaction (recording results) the figures are computed afresh; otherwise they
    // are cached under the museum's data version.
    const version = em || !windows.size ? null : await this.repository.dataVersion(organisationId);
    for (const [key, window] of windows) {
      const compute = () =>
        this.figures.builtIns(organisationId, window, scope, disaggregation, em);
      byWindow.set(
        key,
        version === null
          ? await compute()
          : await this.cache.get(
              [organisationId, version, key, scope.key, disaggregation ?? ''].join('|'),
              compute,
            ),
      );
    }
    return new Map(
      indicators
        .filter((i) => i.source === 'BUILT_IN')
        .map((i) => {
          const w = cumulativeWindow(i.cumulativeClass, period, periodSettings(settings));
          return [i.id, byWindow.get(`${w.start}_${w.end}`)!];
        }),
    );
  }

  private async surveyValue(
    organisationId: string,
    indicator: IndicatorEntity,
    period: Period,
    scope: ResolvedScope,
    settings: OrganisationSettings,
  ): Promise<{
    value: number | null;
    n: number | null;
    ciLow: number | null;
    ciHigh: number | null;
    note: string | null;
  }> {
    if (!this.surveys || !indicator.surveyStatistic || !indicator.surveyItemCode)
      return { value: null, n: null, ciLow: null, ciHigh: null, note: SURVEYS_UNAVAILABLE };
    const window = cumulativeWindow(indicator.cumulativeClass, period, periodSettings(settings));
    const result = await this.surveys.compute({
      organisationId,
      statistic: indicator.surveyStatistic,
      itemCode: indicator.surveyItemCode,
      surveyId: indicator.surveyId,
      start: window.start,
      end: window.end,
      programmeId: scope.kind === 'PROGRAMME' ? scope.id : null,
      siteId: scope.kind === 'SITE' ? scope.id : null,
    });
    return {
      value: result.value,
      n: result.n,
      ciLow: result.ciLow,
      ciHigh: result.ciHigh,
      note: result.n === 0 ? 'No survey responses in this period yet' : null,
    };
  }
}

function builtInIndicatorFigure(
  indicator: IndicatorEntity,
  figures: Map<string, BuiltInFigures>,
  disaggregation: Disaggregation | null,
): ComputedFigure {
  const computed = figures.get(indicator.id);
  if (!computed) return { total: { value: null, n: 0 }, disaggregation: null, cells: [] };
  return builtInFigure(indicator, computed, disaggregation);
}

/** The one way cells leave the API: through suppressSmallCells with the museum's threshold. */
export function suppressedCells(
  cells: ComputedFigure['cells'],
  threshold: number,
): IndicatorCellModel[] {
  return suppressSmallCells(cells, threshold).map((cell) => ({
    key: cell.key,
    label: cell.label,
    value: cell.value,
    n: cell.n,
    suppressed: cell.suppressed,
  }));
}
