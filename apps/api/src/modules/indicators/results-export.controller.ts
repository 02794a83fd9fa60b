import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { localDateIn, RESULT_STATUSES, type ResultStatus } from '@lantern/domain';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { stringify } from 'csv-stringify';
import type { Response } from 'express';
import { RequirePermission } from '../../platform/auth/access.decorators';
import type { OrgActor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { Clock } from '../../platform/clock/clock';
import { BadUserInputError } from '../../platform/graphql/app-errors';
import { csvSafeText } from '../sessions/sessions-export';
import type { IndicatorResultModel } from './indicator.model';
import { IndicatorsRepository } from './indicators.repository';
import { ResultsService } from './results.service';

export const RESULTS_EXPORT_COLUMNS = [
  'result_id',
  'indicator_code',
  'indicator_name',
  'unit',
  'scope_kind',
  'scope_id',
  'scope_label',
  'period_key',
  'period_label',
  'period_start',
  'period_end',
  'disaggregation',
  'cell_key',
  'cell_label',
  'value',
  'n',
  'suppressed',
  'status',
  'commentary',
  'approved_at',
  'updated_at',
] as const;

type Row = Record<(typeof RESULTS_EXPORT_COLUMNS)[number], string | number | boolean | null>;

/**
 * Results of a period as CSV (`?period=FQ2025-1[&status=APPROVED]`): the same results, the
 * same drafts rule and the same small-cell suppression as the results query (suppressed
 * cells have an empty value and n, and suppressed=true).
 */
@Controller('api/exports')
export class ResultsExportController {
  constructor(
    private readonly results: ResultsService,
    private readonly repository: IndicatorsRepository,
    private readonly clock: Clock,
  ) {}

  @RequirePermission('dashboards.read')
  @Get('results.csv')
  async csv(
    @CurrentActor() actor: OrgActor,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const period = query['period'];
    if (typeof period !== 'string' || !period)
      throw BadUserInputError.field(['period'], 'Choose a period, e.g. period=FQ2025-1');
    const status = query['status'];
    if (
      status !== undefined &&
      (typeof status !== 'string' || !RESULT_STATUSES.includes(status as ResultStatus))
    )
      throw BadUserInputError.field(['status'], 'is not DRAFT, APPROVED or LOCKED');
    const models = await this.results.list(actor, {
      period: { key: period },
      status: (status as ResultStatus | undefined) ?? null,
    });
    const indicators = new Map(
      (
        await this.repository.findByIds(actor.organisationId, [
          ...new Set(models.map((m) => m.indicatorId)),
        ])
      ).map((i) => [i.id, i]),
    );
    const { timeZone } = await this.repository.settings(actor.organisationId);
    const today = localDateIn(this.clock.now(), timeZone);
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="results-${period}-${today}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const csv = stringify({
      bom: true,
      header: true,
      columns: [...RESULTS_EXPORT_COLUMNS],
      cast: { boolean: (value) => (value ? 'true' : 'false'), string: csvSafeText },
    });
    await pipeline(Readable.from(models.map((m) => exportRow(m, indicators))), csv, res);
  }
}

function exportRow(
  m: IndicatorResultModel,
  indicators: Map<string, { code: string; name: string; unit: string }>,
): Row {
  const indicator = indicators.get(m.indicatorId);
  return {
    result_id: m.id,
    indicator_code: indicator?.code ?? null,
    indicator_name: indicator?.name ?? null,
    unit: indicator?.unit ?? null,
    scope_kind: m.scope.kind,
    scope_id: m.scope.id,
    scope_label: m.scope.label,
    period_key: m.period.key,
    period_label: m.period.label,
    period_start: m.period.start,
    period_end: m.period.end,
    disaggregation: m.disaggregation,
    cell_key: m.cellKey,
    cell_label: m.cellLabel,
    value: m.value,
    n: m.n,
    suppressed: m.suppressed,
    status: m.status,
    commentary: m.commentary,
    approved_at: m.approvedAt?.toISOString() ?? null,
    updated_at: m.updatedAt.toISOString(),
  };
}
