import {
  builtInIndicator,
  indicatorInputSchema,
  INDICATOR_SOURCES,
  targetInputSchema,
  thresholdProblem,
  type IndicatorInput,
  type IndicatorSource,
} from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OrgActor } from '../../platform/auth/actor';
import { Clock } from '../../platform/clock/clock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { parseInput } from '../../platform/graphql/parse-input';
import { AuditService, auditedBy, diff } from '../audit/audit.service';
import type { IndicatorEntity, IndicatorTargetEntity } from './indicator.entity';
import { IndicatorsRepository } from './indicators.repository';
import { periodColumns, Scopes } from './scopes';

const INDICATOR_FIELDS = [
  'code',
  'name',
  'definition',
  'type',
  'source',
  'unit',
  'direction',
  'cumulativeClass',
  'allowedDisaggregations',
  'ownerUserId',
  'surveyStatistic',
  'surveyItemCode',
  'surveyId',
] as const;

/** Fields of a built-in that are fixed (its computed definition). */
const BUILT_IN_FIXED = [
  'code',
  'name',
  'definition',
  'type',
  'source',
  'unit',
  'direction',
  'cumulativeClass',
  'surveyStatistic',
  'surveyItemCode',
  'surveyId',
] as const;

const TARGET_FIELDS = [
  'targetValue',
  'baselineValue',
  'baselineLabel',
  'greenThreshold',
  'amberThreshold',
  'note',
] as const;

function pick<T extends object>(object: T, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, (object as Record<string, unknown>)[key]]));
}

/** The indicator library (built-ins and the museum's own) and targets. */
@Injectable()
export class IndicatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: IndicatorsRepository,
    private readonly scopes: Scopes,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(
    actor: OrgActor,
    filter: {
      source?: IndicatorSource | null;
      search?: string | null;
      includeArchived?: boolean | null;
    } | null,
  ): Promise<IndicatorEntity[]> {
    const source = filter?.source ?? null;
    if (source && !INDICATOR_SOURCES.includes(source))
      throw BadUserInputError.field(['filter', 'source'], 'is not an indicator source');
    return this.repository.list(actor.organisationId, {
      source,
      search: filter?.search?.trim() || null,
      includeArchived: !!filter?.includeArchived,
    });
  }

  async get(actor: OrgActor, rawId: unknown, em?: EntityManager): Promise<IndicatorEntity> {
    const indicator = await this.repository.findById(
      actor.organisationId,
      assertId(rawId, 'Indicator'),
      em,
    );
    if (!indicator) throw new NotFoundError('Indicator');
    return indicator;
  }

  async create(actor: OrgActor, rawInput: Record<string, unknown>): Promise<IndicatorEntity> {
    return this.dataSource.transaction(async (em) => {
      const input = await this.checked(actor, rawInput, em);
      if (input.source === 'BUILT_IN')
        throw BadUserInputError.field(
          ['input', 'source'],
          'Built-in indicators come with Lantern: choose manual, survey or milestone',
        );
      await this.assertCodeFree(actor, input.code, null, em);
      const indicator = await this.repository.insert(
        {
          organisationId: actor.organisationId,
          ...this.columns(input),
        },
        em,
      );
      await this.repository.setElements(
        actor.organisationId,
        indicator.id,
        input.frameworkElementIds,
        em,
      );
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'indicator.created',
        entityType: 'indicator',
        entityId: indicator.id,
        summary: `${actor.userName} added the indicator ${indicator.code} ${indicator.name}`,
        changes: diff(
          {},
          { ...pick(indicator, INDICATOR_FIELDS), frameworkElementIds: input.frameworkElementIds },
        ),
      });
      return indicator;
    });
  }

  async update(actor: OrgActor, rawInput: Record<string, unknown>): Promise<IndicatorEntity> {
    const id = assertId(rawInput['id'], 'Indicator');
    return this.dataSource.transaction(async (em) => {
      const indicator = await this.repository.findForUpdate(actor.organisationId, id, em);
      if (!indicator) throw new NotFoundError('Indicator');
      const input = await this.checked(actor, rawInput, em);
      const builtIn = indicator.source === 'BUILT_IN' ? builtInIndicator(indicator.code) : null;
      if (indicator.source === 'BUILT_IN') {
        const wanted = this.columns(input) as Record<string, unknown>;
        for (const field of BUILT_IN_FIXED) {
          const current = (indicator as unknown as Record<string, unknown>)[field] ?? null;
          if ((wanted[field] ?? null) !== current)
            throw BadUserInputError.field(
              ['input', field],
              'is fixed for a built-in indicator (only the owner, framework elements and breakdowns can change)',
            );
        }
        const unsupported = input.allowedDisaggregations.find(
          (d) => !builtIn?.supportedDisaggregations.includes(d),
        );
        if (unsupported)
          throw BadUserInputError.field(
            ['input', 'allowedDisaggregations'],
            `${indicator.name} cannot be broken down by ${unsupported}`,
          );
      } else if (input.source === 'BUILT_IN') {
        throw BadUserInputError.field(
          ['input', 'source'],
          'An indicator of your own cannot become built in',
        );
      }
      if (input.code !== indicator.code) await this.assertCodeFree(actor, input.code, id, em);
      const before = {
        ...pick(indicator, INDICATOR_FIELDS),
        frameworkElementIds: await this.repository.elementIdsOf(actor.organisationId, id, em),
      };
      Object.assign(indicator, this.columns(input));
      if (builtIn) indicator.allowedDisaggregations = [...input.allowedDisaggregations];
      const saved = await this.repository.save(indicator, em);
      await this.repository.setElements(actor.organisationId, id, input.frameworkElementIds, em);
      const changes = diff(before, {
        ...pick(saved, INDICATOR_FIELDS),
        frameworkElementIds: [...input.frameworkElementIds].sort(),
      });
      if (changes.length)
        await this.audit.record(em, {
          ...auditedBy(actor),
          action: 'indicator.updated',
          entityType: 'indicator',
          entityId: id,
          summary: `${actor.userName} changed the indicator ${saved.code} (${changes.map((c) => c.field).join(', ')})`,
          changes,
        });
      return saved;
    });
  }

  async setArchived(actor: OrgActor, rawId: unknown, archived: boolean): Promise<IndicatorEntity> {
    const id = assertId(rawId, 'Indicator');
    return this.dataSource.transaction(async (em) => {
      const indicator = await this.repository.findForUpdate(actor.organisationId, id, em);
      if (!indicator) throw new NotFoundError('Indicator');
      if ((indicator.archivedAt !== null) === archived) return indicator;
      indicator.archivedAt = archived ? this.clock.now() : null;
      const saved = await this.repository.save(indicator, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: archived ? 'indicator.archived' : 'indicator.restored',
        entityType: 'indicator',
        entityId: id,
        summary: `${actor.userName} ${archived ? 'archived' : 'restored'} the indicator ${indicator.code}`,
        changes: [{ field: 'archived', before: !archived, after: archived }],
      });
      return saved;
    });
  }

  async remove(actor: OrgActor, rawId: unknown): Promise<IndicatorEntity> {
    const id = assertId(rawId, 'Indicator');
    return this.dataSource.transaction(async (em) => {
      const indicator = await this.repository.findForUpdate(actor.organisationId, id, em);
      if (!indicator) throw new NotFoundError('Indicator');
      if (indicator.source === 'BUILT_IN')
        throw new ConflictError('Built-in indicators cannot be deleted: archive it instead');
      if (await this.repository.hasTargetsOrResults(actor.organisationId, id, em))
        throw new ConflictError(
          `${indicator.name} has targets, results or commitments that follow it: archive it instead, or remove them first`,
        );
      const elements = await this.repository.elementIdsOf(actor.organisationId, id, em);
      await this.repository.delete(actor.organisationId, id, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'indicator.deleted',
        entityType: 'indicator',
        entityId: id,
        summary: `${actor.userName} deleted the indicator ${indicator.code} ${indicator.name}`,
        changes: diff({ ...pick(indicator, INDICATOR_FIELDS), frameworkElementIds: elements }, {}),
      });
      return indicator;
    });
  }

  // ---- targets -------------------------------------------------------------------------------

  async targets(
    actor: OrgActor,
    rawPeriod: unknown,
    rawIndicatorId: unknown,
  ): Promise<IndicatorTargetEntity[]> {
    const settings = await this.repository.settings(actor.organisationId);
    const period = rawPeriod ? this.scopes.period(rawPeriod, settings, ['period', 'key']) : null;
    const indicatorId = rawIndicatorId ? assertId(rawIndicatorId, 'Indicator') : null;
    return this.repository.targets(actor.organisationId, {
      periodKey: period?.key ?? null,
      indicatorIds: indicatorId ? [indicatorId] : null,
    });
  }

  async setTarget(
    actor: OrgActor,
    rawInput: Record<string, unknown>,
  ): Promise<IndicatorTargetEntity> {
    return this.dataSource.transaction(async (em) => {
      const indicator = await this.get(actor, rawInput['indicatorId'], em);
      const settings = await this.repository.settings(actor.organisationId, em);
      const scope = await this.scopes.resolve(
        actor.organisationId,
        rawInput['scope'] as { kind?: unknown; id?: unknown } | null,
        ['input', 'scope'],
        em,
      );
      const period = this.scopes.period(rawInput['period'], settings, ['input', 'period', 'key']);
      const input = parseInput(targetInputSchema, rawInput);
      const problem = thresholdProblem(indicator.direction, input);
      if (problem) throw BadUserInputError.field(['input', problem.field], problem.message);
      const existing = await this.repository.findTargetAt(
        actor.organisationId,
        indicator.id,
        scope.key,
        period.key,
        em,
      );
      const before = existing ? pick(existing, TARGET_FIELDS) : {};
      const target =
        existing ??
        this.repository.newTarget(
          {
            organisationId: actor.organisationId,
            indicatorId: indicator.id,
            scopeKind: scope.kind,
            scopeId: scope.id,
            scopeKey: scope.key,
            ...periodColumns(period),
          },
          em,
        );
      Object.assign(target, input, { periodLabel: period.label });
      const saved = await this.repository.saveTarget(target, em);
      const changes = diff(before, pick(saved, TARGET_FIELDS));
      if (changes.length)
        await this.audit.record(em, {
          ...auditedBy(actor),
          action: existing ? 'target.updated' : 'target.created',
          entityType: 'indicator_target',
          entityId: saved.id,
          summary: `${actor.userName} set the ${period.label} target for ${indicator.name} (${scope.label}) to ${saved.targetValue}`,
          changes,
        });
      return saved;
    });
  }

  async deleteTarget(actor: OrgActor, rawId: unknown): Promise<IndicatorTargetEntity> {
    const id = assertId(rawId, 'Target');
    return this.dataSource.transaction(async (em) => {
      const target = await this.repository.findTarget(actor.organisationId, id, em);
      if (!target) throw new NotFoundError('Target');
      await this.repository.deleteTarget(actor.organisationId, id, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'target.deleted',
        entityType: 'indicator_target',
        entityId: id,
        summary: `${actor.userName} removed the ${target.periodLabel} target of an indicator`,
        changes: diff(pick(target, TARGET_FIELDS), {}),
      });
      return target;
    });
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** References first (another museum's element or member is NOT_FOUND), then the input. */
  private async checked(
    actor: OrgActor,
    rawInput: Record<string, unknown>,
    em: EntityManager,
  ): Promise<IndicatorInput> {
    const elementIds = Array.isArray(rawInput['frameworkElementIds'])
      ? (rawInput['frameworkElementIds'] as unknown[]).map((id) =>
          assertId(id, 'Framework element'),
        )
      : [];
    const visible = await this.repository.visibleElementIds(actor.organisationId, elementIds, em);
    if (elementIds.some((id) => !visible.has(id))) throw new NotFoundError('Framework element');
    if (rawInput['ownerId']) {
      const ownerId = assertId(rawInput['ownerId'], 'Member');
      if (!(await this.repository.isMember(actor.organisationId, ownerId, em)))
        throw new NotFoundError('Member');
    }
    const input = parseInput(indicatorInputSchema, rawInput);
    if (
      input.surveyId &&
      !(await this.repository.surveyExists(actor.organisationId, input.surveyId, em))
    )
      throw new NotFoundError('Survey');
    return input;
  }

  private async assertCodeFree(
    actor: OrgActor,
    code: string,
    exceptId: string | null,
    em: EntityManager,
  ): Promise<void> {
    const clash = await this.repository.findByCode(actor.organisationId, code, em);
    if (clash && clash.id !== exceptId)
      throw BadUserInputError.field(
        ['input', 'code'],
        `${code} is already the code of ${clash.name}: choose another`,
      );
  }

  private columns(input: IndicatorInput): Partial<IndicatorEntity> {
    return {
      code: input.code,
      name: input.name,
      definition: input.definition,
      type: input.type,
      source: input.source,
      unit: input.unit,
      direction: input.direction,
      cumulativeClass: input.cumulativeClass,
      allowedDisaggregations: [...input.allowedDisaggregations],
      ownerUserId: input.ownerId,
      surveyStatistic: input.surveyStatistic,
      surveyItemCode: input.surveyItemCode,
      surveyId: input.surveyId,
    };
  }
}
