import {
  itemCodeForIndicator,
  meanWithCi,
  netPromoterScore,
  SCALE_RANGE,
  surveyItem,
  suppressSmallCells,
  type SurveyWave,
} from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  SurveyIndicatorSource,
  type SurveyIndicatorQuery,
  type SurveyIndicatorValue,
} from '../../platform/impact/survey-indicator-source';
import type {
  SurveyChangeModel,
  SurveyItemResultModel,
  SurveyResultsModel,
  SurveyWaveCountModel,
} from './survey.model';
import type { SurveyEntity } from './survey.entity';
import { SurveyStatisticsRepository } from './survey-statistics.repository';

const WAVE_ORDER: Record<SurveyWave, number> = { PRE: 0, SINGLE: 1, POST: 2, FOLLOW_UP: 3 };
const COMMENTS_SHOWN = 50;

function waveKey(wave: SurveyWave, months: number | null): string {
  return `${wave}:${months ?? ''}`;
}

/** The options of a scale, for complete distributions (quality items in tenths). */
function optionsOf(itemCode: string): number[] {
  const item = surveyItem(itemCode);
  if (!item || item.scale === 'FREE_TEXT') return [];
  const [low, high] = SCALE_RANGE[item.scale];
  if (item.scale === 'ZERO_ONE') return Array.from({ length: 11 }, (_, i) => i / 10);
  return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}

/**
 * Survey results (per question and wave, paired change, comments) and the survey-derived
 * indicator values, from SQL aggregates. Every breakdown passes through suppressSmallCells.
 */
@Injectable()
export class SurveyResultsService extends SurveyIndicatorSource {
  constructor(private readonly statistics: SurveyStatisticsRepository) {
    super();
  }

  async results(survey: SurveyEntity): Promise<SurveyResultsModel> {
    const scope = { organisationId: survey.organisationId, surveyId: survey.id };
    const [threshold, aggregates, distribution, paired, waveCounts, comments] = await Promise.all([
      this.statistics.smallCellThreshold(survey.organisationId),
      this.statistics.itemAggregates(scope),
      this.statistics.distribution(scope),
      survey.kind === 'PRE_POST' ? this.statistics.paired(scope) : Promise.resolve([]),
      this.statistics.waveCounts(scope),
      this.statistics.comments(scope, COMMENTS_SHOWN),
    ]);

    const waves: SurveyWaveCountModel[] = suppressSmallCells(
      waveCounts.map((w) => ({ ...w, value: w.n })),
      threshold,
    ).map((cell) => ({
      wave: cell.wave,
      followUpMonths: cell.followUpMonths,
      n: cell.n,
      suppressed: cell.suppressed,
    }));

    const order = new Map(survey.itemCodes.map((code, i) => [code, i]));
    const counts = new Map<string, Map<number, number>>();
    for (const row of distribution) {
      const key = `${row.itemCode}|${waveKey(row.wave, row.followUpMonths)}`;
      const byValue = counts.get(key) ?? new Map<number, number>();
      byValue.set(row.value, row.n);
      counts.set(key, byValue);
    }

    // One breakdown per item: its waves (so a wave answered by 1-4 people is withheld).
    const byItem = new Map<string, typeof aggregates>();
    for (const row of aggregates)
      byItem.set(row.itemCode, [...(byItem.get(row.itemCode) ?? []), row]);
    const items: SurveyItemResultModel[] = [];
    for (const [itemCode, rows] of byItem) {
      const bankItem = surveyItem(itemCode);
      const cells = suppressSmallCells(
        rows.map((row) => ({ ...row, value: row.mean })),
        threshold,
      );
      for (const cell of cells) {
        const key = `${itemCode}|${waveKey(cell.wave, cell.followUpMonths)}`;
        const optionCounts = counts.get(key) ?? new Map<number, number>();
        const options = cell.suppressed
          ? []
          : suppressSmallCells(
              optionsOf(itemCode).map((value) => ({ value, n: optionCounts.get(value) ?? 0 })),
              threshold,
            ).map((option, i) => ({
              value: optionsOf(itemCode)[i] as number,
              n: option.n,
              suppressed: option.suppressed,
            }));
        const n = cell.n ?? 0;
        const ci = cell.suppressed ? null : meanWithCi(n, cell.mean, cell.sd);
        items.push({
          itemCode,
          wave: cell.wave,
          followUpMonths: cell.followUpMonths,
          n: cell.n,
          suppressed: cell.suppressed,
          mean: ci?.mean ?? null,
          ciLow: ci?.ciLow ?? null,
          ciHigh: ci?.ciHigh ?? null,
          shareAgreeing:
            !cell.suppressed && bankItem?.scale === 'AGREE_5' && n
              ? (cell.agreeing / n) * 100
              : null,
          nps:
            !cell.suppressed && bankItem?.code === 'NPS_RECOMMEND'
              ? netPromoterScore(n, cell.promoters, cell.detractors)
              : null,
          distribution: options,
        });
      }
    }
    items.sort(
      (a, b) =>
        (order.get(a.itemCode) ?? 99) - (order.get(b.itemCode) ?? 99) ||
        WAVE_ORDER[a.wave] - WAVE_ORDER[b.wave] ||
        (a.followUpMonths ?? 0) - (b.followUpMonths ?? 0),
    );

    const changes: SurveyChangeModel[] = suppressSmallCells(
      paired.map((row) => ({ ...row, value: row.mean })),
      threshold,
    )
      .map((cell) => {
        const lowerIsBetter = surveyItem(cell.itemCode)?.lowerIsBetter ?? false;
        const ci = cell.suppressed ? null : meanWithCi(cell.n ?? 0, cell.mean, cell.sd);
        return {
          itemCode: cell.itemCode,
          n: cell.n,
          suppressed: cell.suppressed,
          meanChange: ci?.mean ?? null,
          ciLow: ci?.ciLow ?? null,
          ciHigh: ci?.ciHigh ?? null,
          proportionImproved:
            !cell.suppressed && cell.n
              ? ((lowerIsBetter ? cell.fell : cell.rose) / cell.n) * 100
              : null,
        };
      })
      .sort((a, b) => (order.get(a.itemCode) ?? 99) - (order.get(b.itemCode) ?? 99));

    return {
      surveyId: survey.id,
      responseCount: waveCounts.reduce((sum, w) => sum + w.n, 0),
      smallCellThreshold: threshold,
      waves,
      items,
      changes,
      comments: comments.map((c) => ({ ...c, date: c.localDate })),
    };
  }

  /**
   * One indicator value. MEAN_SCORE, SHARE_AGREEING and NPS count the responses given after
   * the activity (SINGLE and POST waves; not PRE, not follow-up); the paired statistics count
   * pairs whose POST response falls in the period. Percentages are 0-100.
   */
  async compute(query: SurveyIndicatorQuery, em?: EntityManager): Promise<SurveyIndicatorValue> {
    const itemCode = itemCodeForIndicator(query.itemCode);
    const empty = { value: null, n: 0, ciLow: null, ciHigh: null };
    if (!itemCode) return empty;
    const scope = {
      organisationId: query.organisationId,
      surveyId: query.surveyId,
      start: query.start,
      end: query.end,
      programmeId: query.programmeId,
      siteId: query.siteId,
      itemCode,
    };
    if (query.statistic === 'PRE_POST_CHANGE' || query.statistic === 'PROPORTION_IMPROVED') {
      const row = (await this.statistics.paired(scope, em))[0];
      if (!row || row.n === 0) return empty;
      if (query.statistic === 'PROPORTION_IMPROVED') {
        const improved = surveyItem(itemCode)?.lowerIsBetter ? row.fell : row.rose;
        return { value: (improved / row.n) * 100, n: row.n, ciLow: null, ciHigh: null };
      }
      const ci = meanWithCi(row.n, row.mean, row.sd);
      return { value: ci.mean, n: row.n, ciLow: ci.ciLow, ciHigh: ci.ciHigh };
    }
    const rows = await this.statistics.itemAggregates({ ...scope, waves: ['SINGLE', 'POST'] }, em);
    // Pool the waves: n, sum and sum of squares combine exactly.
    let n = 0;
    let sum = 0;
    let sumSquares = 0;
    let agreeing = 0;
    let promoters = 0;
    let detractors = 0;
    for (const row of rows) {
      const mean = row.mean ?? 0;
      const variance = (row.sd ?? 0) ** 2;
      n += row.n;
      sum += mean * row.n;
      sumSquares += variance * (row.n - 1) + row.n * mean * mean;
      agreeing += row.agreeing;
      promoters += row.promoters;
      detractors += row.detractors;
    }
    if (n === 0) return empty;
    if (query.statistic === 'SHARE_AGREEING') {
      if (surveyItem(itemCode)?.scale !== 'AGREE_5') return empty;
      return { value: (agreeing / n) * 100, n, ciLow: null, ciHigh: null };
    }
    if (query.statistic === 'NPS') {
      return { value: netPromoterScore(n, promoters, detractors), n, ciLow: null, ciHigh: null };
    }
    const mean = sum / n;
    const sd = n > 1 ? Math.sqrt(Math.max(0, (sumSquares - n * mean * mean) / (n - 1))) : null;
    const ci = meanWithCi(n, mean, sd);
    return { value: ci.mean, n, ciLow: ci.ciLow, ciHigh: ci.ciHigh };
  }
}
