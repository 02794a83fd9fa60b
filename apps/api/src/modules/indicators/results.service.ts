import {
  can,
  DISAGGREGATIONS,
  disaggregationCellLabel,
  lockPeriodInputSchema,
  RESULT_STATUSES,
  resultInputSchema,
  suppressSmallCells,
  unlockPeriodInputSchema,
  type Disaggregation,
  type Period,
  type ResultStatus,
} from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OrgActor } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { parseInput } from '../../platform/graphql/parse-input';
import { AuditService, auditedBy, diff } from '../audit/audit.service';
import { IndicatorResultEntity, type PeriodLockEntity } from './indicator.entity';
import type { IndicatorResultModel } from './indicator.model';
import { builtInFigure, IndicatorValuesService } from './indicator-values.service';
import { IndicatorsRepository } from './indicators.repository';
import { PeriodLockedError, PeriodLocksService } from './period-locks.service';
import { periodColumns, periodOfRow, Scopes, type ResolvedScope } from './scopes';

const RESULT_FIELDS = ['value', 'n', 'commentary', 'status'] as const;

function pick<T extends object>(object: T, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, (object as Record<string, unknown>)[key]]));
}

function cellSlot(disaggregation: Disaggregation | null, cellKey: string | null): string {
  return disaggregation ? `${disaggregation}:${cellKey}` : '';
}

/**
 * Results, with small cells withheld. Every output of results (GraphQL and the CSV export)
 * goes through here: each breakdown's cells (one indicator, scope, period and disaggregation)
 * pass through suppressSmallCells together. A disaggregated result saved without n is
 * withheld too: the number of people it describes is unknown, so it might be small. Totals
 * (no disaggregation) are shown as they are.
 */
export function suppressResults(
  rows: readonly IndicatorResultEntity[],
  threshold: number,
): Map<string, { value: number | null; n: number | null; suppressed: boolean }> {
  const out = new Map<string, { value: number | null; n: number | null; suppressed: boolean }>();
  const groups = new Map<string, IndicatorResultEntity[]>();
  for (const row of rows) {
    if (!row.disaggregation) {
      out.set(row.id, { value: row.value, n: row.n, suppressed: false });
      continue;
    }
    const key = `${row.indicatorId}|${row.scopeKey}|${row.periodKey}|${row.disaggregation}`;
    const group = groups.get(key) ?? [];
    group.push(row);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const cells = suppressSmallCells(
      group.map((row) => ({ id: row.id, value: row.value as number | null, n: row.n })),
      threshold,
    );
    for (const cell of cells)
      out.set(cell.id, { value: cell.value, n: cell.n, suppressed: cell.suppressed });
  }
  return out;
}

/** Results per indicator, scope, period and cell; approval; period locks. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: IndicatorsRepository,
    private readonly values: IndicatorValuesService,
    private readonly scopes: Scopes,
    private readonly periodLocks: PeriodLocksService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Results as the caller may see them: drafts only with drafts.read, small cells withheld. */
  async list(
    actor: OrgActor,
    args: {
      period: unknown;
      indicatorId?: unknown;
      scope?: { kind?: unknown; id?: unknown } | null;
      status?: ResultStatus | null;
    },
  ): Promise<IndicatorResultModel[]> {
    const orgId = actor.organisationId;
    const settings = await this.repository.settings(orgId);
    const period = this.scopes.period(args.period, settings, ['period', 'key']);
    const indicatorId = args.indicatorId ? assertId(args.indicatorId, 'Indicator') : null;
    const scope = args.scope ? await this.scopes.resolve(orgId, args.scope, ['scope']) : null;
    if (args.status && !RESULT_STATUSES.includes(args.status))
      throw BadUserInputError.field(['status'], 'is not a result status');
    const includeDrafts = can(actor.role, 'drafts.read');
    if (args.status === 'DRAFT' && !includeDrafts) return [];
    const rows = await this.repository.results(orgId, {
      periodKey: period.key,
      indicatorIds: indicatorId ? [indicatorId] : null,
      scopeKey: scope?.key ?? null,
      includeDrafts,
    });
    // Suppress over each whole breakdown the caller can see, then filter by status: a filter
    // must not change which cells are withheld.
    const models = await this.models(orgId, rows, settings.smallCellThreshold);
    return args.status ? models.filter((m) => m.status === args.status) : models;
  }

  async models(
    organisationId: string,
    rows: readonly IndicatorResultEntity[],
    threshold: number,
  ): Promise<IndicatorResultModel[]> {
    const suppressed = suppressResults(rows, threshold);
    const scopeOf = await this.scopes.models(organisationId, rows);
    return rows.map((row) => {
      const figure = suppressed.get(row.id)!;
      return {
        id: row.id,
        indicatorId: row.indicatorId,
        enteredByUserId: row.enteredByUserId,
        approvedByUserId: row.approvedByUserId,
        scope: scopeOf(row),
        period: periodOfRow(row),
        disaggregation: row.disaggregation,
        cellKey: row.cellKey,
        cellLabel: row.cellLabel,
        value: figure.value,
        n: figure.n,
        suppressed: figure.suppressed,
        status: row.status,
        commentary: row.commentary,
        approvedAt: row.approvedAt,
        updatedAt: row.updatedAt,
      };
    });
  }

  /** One result, as the caller sees it (suppressed within its breakdown). */
  private async modelOf(actor: OrgActor, row: IndicatorResultEntity, em?: EntityManager) {
    const settings = await this.repository.settings(actor.organisationId, em);
    const siblings = row.disaggregation
      ? (
          await this.repository.results(
            actor.organisationId,
            {
              periodKey: row.periodKey,
              indicatorIds: [row.indicatorId],
              scopeKey: row.scopeKey,
              includeDrafts: can(actor.role, 'drafts.read'),
            },
            em,
          )
        ).filter((r) => r.disaggregation === row.disaggregation && r.id !== row.id)
      : [];
    const models = await this.models(
      actor.organisationId,
      [row, ...siblings],
      settings.smallCellThreshold,
    );
    return models[0]!;
  }

  async save(actor: OrgActor, rawInput: Record<string, unknown>): Promise<IndicatorResultModel> {
    const orgId = actor.organisationId;
    const saved = await this.dataSource.transaction(async (em) => {
      const indicator = await this.repository.findById(
        orgId,
        assertId(rawInput['indicatorId'], 'Indicator'),
        em,
      );
      if (!indicator) throw new NotFoundError('Indicator');
      const settings = await this.repository.settings(orgId, em);
      const scope = await this.scopes.resolve(
        orgId,
        rawInput['scope'] as { kind?: unknown; id?: unknown } | null,
        ['input', 'scope'],
        em,
      );
      const period = this.scopes.period(rawInput['period'], settings, ['input', 'period', 'key']);
      const input = parseInput(resultInputSchema, rawInput);
      const disaggregation = (rawInput['disaggregation'] ?? null) as Disaggregation | null;
      const cellKey = (rawInput['cellKey'] ?? null) as string | null;
      let cellLabel: string | null = null;
      if (disaggregation || cellKey) {
        if (!disaggregation || !DISAGGREGATIONS.includes(disaggregation))
          throw BadUserInputError.field(
            ['input', 'disaggregation'],
            'Choose the breakdown of the cell',
          );
        if (!indicator.allowedDisaggregations.includes(disaggregation))
          throw BadUserInputError.field(
            ['input', 'disaggregation'],
            `${indicator.name} is not broken down by ${disaggregation}`,
          );
        cellLabel = cellKey ? disaggregationCellLabel(disaggregation, cellKey) : null;
        if (!cellLabel)
          throw BadUserInputError.field(['input', 'cellKey'], `is not a cell of ${disaggregation}`);
      }
      await this.assertResultsOpen(em, orgId, period, ['input', 'period', 'key']);
      const existing = await this.repository.findResultAt(
        orgId,
        {
          indicatorId: indicator.id,
          scopeKey: scope.key,
          periodKey: period.key,
          cellSlot: cellSlot(disaggregation, cellKey),
        },
        em,
      );
      if (existing?.status === 'LOCKED')
        throw new ConflictError(`The result is locked with ${existing.periodLabel}`);
      const before = existing ? pick(existing, RESULT_FIELDS) : {};
      const row =
        existing ??
        this.repository.newResult(
          {
            organisationId: orgId,
            indicatorId: indicator.id,
            scopeKind: scope.kind,
            scopeId: scope.id,
            scopeKey: scope.key,
            ...periodColumns(period),
            disaggregation,
            cellKey,
            cellLabel,
            cellSlot: cellSlot(disaggregation, cellKey),
          },
          em,
        );
      Object.assign(row, {
        value: input.value,
        n: input.n,
        commentary: input.commentary,
        status: 'DRAFT',
        enteredByUserId: actor.userId,
        approvedByUserId: null,
        approvedAt: null,
      });
      const result = await this.repository.saveResult(row, em);
      const changes = diff(before, pick(result, RESULT_FIELDS));
      if (changes.length)
        await this.audit.record(em, {
          ...auditedBy(actor),
          action: existing ? 'result.updated' : 'result.created',
          entityType: 'indicator_result',
          entityId: result.id,
          summary: `${actor.userName} entered ${result.value} for ${indicator.name} (${scope.label}, ${period.label}${cellLabel ? `, ${cellLabel}` : ''})`,
          changes,
        });
      return result;
    });
    return this.modelOf(actor, saved);
  }

  /** Snapshots every built-in (total and each allowed breakdown's cells) as DRAFT results. */
  async recordComputed(
    actor: OrgActor,
    rawInput: Record<string, unknown>,
  ): Promise<IndicatorResultModel[]> {
    const orgId = actor.organisationId;
    const { settings, rows } = await this.dataSource.transaction(async (em) => {
      const settings = await this.repository.settings(orgId, em);
      const period = this.scopes.period(rawInput['period'], settings, ['input', 'period', 'key']);
      const scope = await this.scopes.resolve(
        orgId,
        rawInput['scope'] as { kind?: unknown; id?: unknown } | null,
        ['input', 'scope'],
        em,
      );
      await this.assertResultsOpen(em, orgId, period, ['input', 'period', 'key']);
      const builtIns = await this.repository.list(orgId, {
        source: 'BUILT_IN',
        search: null,
        includeArchived: false,
      });
      const breakdowns = [
        ...new Set(builtIns.flatMap((i) => i.allowedDisaggregations)),
      ] as Disaggregation[];
      const values: Array<Partial<IndicatorResultEntity>> = [];
      const base = {
        organisationId: orgId,
        scopeKind: scope.kind,
        scopeId: scope.id,
        scopeKey: scope.key,
        ...periodColumns(period),
        status: 'DRAFT' as const,
        enteredByUserId: actor.userId,
        approvedByUserId: null,
        approvedAt: null,
        commentary: null,
      };
      const add = (
        indicatorId: string,
        disaggregation: Disaggregation | null,
        cell: { key: string; label: string } | null,
        figure: { value: number | null; n: number | null },
      ) => {
        if (figure.value === null) return; // nothing to record (e.g. a share of nobody)
        values.push({
          ...base,
          indicatorId,
          disaggregation,
          cellKey: cell?.key ?? null,
          cellLabel: cell?.label ?? null,
          cellSlot: cellSlot(disaggregation, cell?.key ?? null),
          value: figure.value,
          n: figure.n,
        });
      };
      const total = await this.values.computeBuiltIns(
        orgId,
        builtIns,
        period,
        scope,
        null,
        settings,
        em,
      );
      for (const indicator of builtIns) {
        const figure = builtInFigure(indicator, total.get(indicator.id)!, null);
        add(indicator.id, null, null, figure.total);
        if (indicator.code === 'ATTENDANCES_BY_AUDIENCE_TYPE' && figure.disaggregation)
          for (const cell of figure.cells) add(indicator.id, figure.disaggregation, cell, cell);
      }
      for (const disaggregation of breakdowns) {
        const figures = await this.values.computeBuiltIns(
          orgId,
          builtIns,
          period,
          scope,
          disaggregation,
          settings,
          em,
        );
        for (const indicator of builtIns) {
          if (indicator.code === 'ATTENDANCES_BY_AUDIENCE_TYPE') continue;
          const figure = builtInFigure(indicator, figures.get(indicator.id)!, disaggregation);
          if (figure.disaggregation !== disaggregation) continue;
          for (const cell of figure.cells) add(indicator.id, disaggregation, cell, cell);
        }
      }
      await this.writeComputed(
        orgId,
        builtIns.map((i) => i.id),
        scope,
        period,
        values,
        em,
      );
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'results.recorded',
        entityType: 'indicator_result',
        entityId: null,
        summary: `${actor.userName} recorded the built-in indicators for ${period.label} (${scope.label}) as draft results`,
        changes: [{ field: 'results', before: null, after: values.length }],
      });
      const rows = await this.repository.results(
        orgId,
        {
          periodKey: period.key,
          indicatorIds: builtIns.map((i) => i.id),
          scopeKey: scope.key,
          includeDrafts: true,
        },
        em,
      );
      return { settings, rows };
    });
    return this.models(orgId, rows, settings.smallCellThreshold);
  }

  /** Upserts the snapshot and removes cells of these indicators that are no longer there. */
  private async writeComputed(
    organisationId: string,
    indicatorIds: string[],
    scope: ResolvedScope,
    period: Period,
    values: Array<Partial<IndicatorResultEntity>>,
    em: EntityManager,
  ): Promise<void> {
    const slots = values.map((v) => `${v.indicatorId}|${v.cellSlot}`);
    await em.query(
      `DELETE FROM indicator_results
        WHERE organisation_id = $1 AND indicator_id = ANY($2::uuid[]) AND scope_key = $3
          AND period_key = $4 AND NOT (indicator_id::text || '|' || cell_slot = ANY($5::text[]))`,
      [organisationId, indicatorIds, scope.key, period.key, slots],
    );
    for (let i = 0; i < values.length; i += 500) {
      await em
        .createQueryBuilder()
        .insert()
        .into(IndicatorResultEntity)
        .values(values.slice(i, i + 500))
        .orUpdate(
          [
            'value',
            'n',
            'status',
            'cell_label',
            'period_label',
            'entered_by_user_id',
            'approved_by_user_id',
            'approved_at',
            'updated_at',
          ],
          ['organisation_id', 'indicator_id', 'scope_key', 'period_key', 'cell_slot'],
        )
        .execute();
    }
  }

  async approve(actor: OrgActor, rawIds: unknown): Promise<IndicatorResultModel[]> {
    const orgId = actor.organisationId;
    const ids = [
      ...new Set((Array.isArray(rawIds) ? rawIds : []).map((id) => assertId(id, 'Result'))),
    ];
    if (!ids.length)
      throw BadUserInputError.field(['input', 'ids'], 'Choose the results to approve');
    const rows = await this.dataSource.transaction(async (em) => {
      const rows = await this.repository.findResultsForUpdate(orgId, ids, em);
      if (rows.length !== ids.length) throw new NotFoundError('Result');
      const periods = [...new Map(rows.map((r) => [r.periodKey, r])).values()];
      for (const row of periods)
        await this.assertResultsOpen(em, orgId, { ...periodOfRow(row) }, ['input', 'ids']);
      const drafts = rows.filter((r) => r.status === 'DRAFT');
      const now = this.clock.now();
      for (const row of drafts) {
        row.status = 'APPROVED';
        row.approvedByUserId = actor.userId;
        row.approvedAt = now;
        await this.repository.saveResult(row, em);
      }
      if (drafts.length)
        await this.audit.record(em, {
          ...auditedBy(actor),
          action: 'results.approved',
          entityType: 'indicator_result',
          entityId: drafts.length === 1 ? drafts[0]!.id : null,
          summary: `${actor.userName} approved ${drafts.length} result${drafts.length === 1 ? '' : 's'}`,
          changes: [{ field: 'approvedIds', before: null, after: drafts.map((r) => r.id) }],
        });
      return rows;
    });
    return Promise.all(rows.map((row) => this.modelOf(actor, row)));
  }

  async remove(actor: OrgActor, rawId: unknown): Promise<IndicatorResultModel> {
    const orgId = actor.organisationId;
    const id = assertId(rawId, 'Result');
    return this.dataSource.transaction(async (em) => {
      const [row] = await this.repository.findResultsForUpdate(orgId, [id], em);
      if (!row) throw new NotFoundError('Result');
      await this.assertResultsOpen(em, orgId, periodOfRow(row));
      if (row.status !== 'DRAFT')
        throw new ConflictError('Only draft results can be deleted: this one is approved');
      const model = await this.modelOf(actor, row, em);
      await this.repository.deleteResult(orgId, id, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'result.deleted',
        entityType: 'indicator_result',
        entityId: id,
        summary: `${actor.userName} deleted a draft result for ${row.periodLabel}`,
        changes: diff(pick(row, RESULT_FIELDS), {}),
      });
      return model;
    });
  }

  // ---- period locks --------------------------------------------------------------------------

  locks(actor: OrgActor): Promise<PeriodLockEntity[]> {
    return this.repository.locks(actor.organisationId);
  }

  async lock(actor: OrgActor, rawInput: Record<string, unknown>): Promise<PeriodLockEntity> {
    const orgId = actor.organisationId;
    return this.dataSource.transaction(async (em) => {
      await this.periodLocks.holdExclusive(em, orgId);
      const settings = await this.repository.settings(orgId, em);
      const period = this.scopes.period(rawInput['period'], settings, ['input', 'period', 'key']);
      const { reason } = parseInput(lockPeriodInputSchema, rawInput);
      if (await this.repository.findLockByKey(orgId, period.key, em))
        throw new ConflictError(`${period.label} is already locked`);
      const within = await this.repository.resultsWithin(orgId, period.start, period.end, em);
      const drafts = within.filter((r) => r.status === 'DRAFT');
      if (drafts.length)
        throw new ConflictError(
          `${drafts.length === 1 ? 'One draft result remains' : `${drafts.length} draft results remain`} in ${period.label}: approve or delete ${drafts.length === 1 ? 'it' : 'them'} before locking the period`,
        );
      const lock = await this.repository.insertLock(
        {
          organisationId: orgId,
          ...periodColumns(period),
          reason,
          lockedByUserId: actor.userId,
          lockedAt: this.clock.now(),
        },
        em,
      );
      const approved = within.filter((r) => r.status === 'APPROVED').map((r) => r.id);
      await this.repository.setStatus(orgId, approved, 'LOCKED', em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'period.locked',
        entityType: 'period_lock',
        entityId: lock.id,
        summary: `${actor.userName} locked ${period.label}${reason ? ` (${reason})` : ''}`,
        changes: [
          { field: 'period', before: null, after: period.key },
          { field: 'reason', before: null, after: reason },
          { field: 'lockedResults', before: null, after: approved.length },
        ],
      });
      return lock;
    });
  }

  async unlock(actor: OrgActor, rawInput: Record<string, unknown>): Promise<PeriodLockEntity> {
    const orgId = actor.organisationId;
    const id = assertId(rawInput['id'], 'Period lock');
    return this.dataSource.transaction(async (em) => {
      await this.periodLocks.holdExclusive(em, orgId);
      const lock = await this.repository.findLock(orgId, id, em);
      if (!lock) throw new NotFoundError('Period lock');
      const { reason } = parseInput(unlockPeriodInputSchema, rawInput);
      await this.repository.deleteLock(orgId, id, em);
      const remaining = await this.repository.locks(orgId, em);
      const within = await this.repository.resultsWithin(
        orgId,
        lock.periodStart,
        lock.periodEnd,
        em,
      );
      const reopened = within
        .filter((r) => r.status === 'LOCKED')
        .filter(
          (r) =>
            !remaining.some((l) => l.periodStart <= r.periodStart && r.periodEnd <= l.periodEnd),
        )
        .map((r) => r.id);
      await this.repository.setStatus(orgId, reopened, 'APPROVED', em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'period.unlocked',
        entityType: 'period_lock',
        entityId: lock.id,
        summary: `${actor.userName} unlocked ${lock.periodLabel}: ${reason}`,
        changes: [
          { field: 'period', before: lock.periodKey, after: null },
          { field: 'reason', before: null, after: reason },
          { field: 'reopenedResults', before: null, after: reopened.length },
        ],
      });
      return lock;
    });
  }

  /** Results in a period inside a locked period cannot change. */
  private async assertResultsOpen(
    em: EntityManager,
    organisationId: string,
    period: Pick<Period, 'start' | 'end'>,
    path?: string[],
  ): Promise<void> {
    const locks = await this.periodLocks.locksCovering(em, organisationId, [
      period.start,
      period.end,
    ]);
    const lock = locks.find((l) => l.periodStart <= period.start && period.end <= l.periodEnd);
    if (lock) throw new PeriodLockedError(lock, path);
  }
}
