import type { Disaggregation, ResultStatus } from '@lantern/domain';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { Request } from 'express';
import { RequirePermission } from '../../platform/auth/access.decorators';
import type { OrgActor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { PeriodInput } from '../../platform/graphql/period';
import { FrameworkElementModel } from '../frameworks/framework.model';
import { UserModel } from '../users/user.model';
import { UsersLoaders } from '../users/users.loaders';
import {
  CreateIndicatorInput,
  IndicatorFilterInput,
  IndicatorIdInput,
  LockPeriodInput,
  RecordComputedResultsInput,
  ResultIdInput,
  ResultIdsInput,
  SaveResultInput,
  ScopeInput,
  SetTargetInput,
  TargetIdInput,
  UnlockPeriodInput,
  UpdateIndicatorInput,
} from './dto/indicator.inputs';
import type { IndicatorTargetEntity } from './indicator.entity';
import {
  DisaggregationEnum,
  IndicatorModel,
  IndicatorResultModel,
  IndicatorValueModel,
  PeriodLockModel,
  ResultStatusEnum,
  TargetModel,
} from './indicator.model';
import { targetModel, IndicatorValuesService } from './indicator-values.service';
import { IndicatorsLoaders } from './indicators.loaders';
import { IndicatorsService } from './indicators.service';
import { ResultsService } from './results.service';
import { Scopes } from './scopes';

/** Target models with their scopes' names looked up once. */
async function targetModels(
  scopes: Scopes,
  organisationId: string,
  rows: IndicatorTargetEntity[],
): Promise<TargetModel[]> {
  const scopeOf = await scopes.models(organisationId, rows);
  return rows.map((row) => targetModel(row, scopeOf(row)));
}

@Resolver(() => IndicatorModel)
export class IndicatorsResolver {
  constructor(
    private readonly service: IndicatorsService,
    private readonly values: IndicatorValuesService,
    private readonly loaders: IndicatorsLoaders,
    private readonly users: UsersLoaders,
    private readonly scopes: Scopes,
  ) {}

  @RequirePermission('dashboards.read')
  @Query(() => [IndicatorModel], { description: 'Built-ins first (fixed order), then by name.' })
  async indicators(
    @CurrentActor() actor: OrgActor,
    @Args('filter', { type: () => IndicatorFilterInput, nullable: true })
    filter: IndicatorFilterInput | null,
  ): Promise<IndicatorModel[]> {
    return (await this.service.list(actor, filter)).map((i) => IndicatorModel.fromEntity(i));
  }

  @RequirePermission('dashboards.read')
  @Query(() => IndicatorModel)
  async indicator(
    @CurrentActor() actor: OrgActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<IndicatorModel> {
    return IndicatorModel.fromEntity(await this.service.get(actor, id));
  }

  @RequirePermission('dashboards.read')
  @Query(() => [IndicatorValueModel], {
    description:
      'Indicators for a period and scope (the whole museum by default) against their targets; every non-archived indicator when indicatorIds is null. Small cells are withheld.',
  })
  indicatorValues(
    @CurrentActor() actor: OrgActor,
    @Args('period', { type: () => PeriodInput }) period: PeriodInput,
    @Args('scope', { type: () => ScopeInput, nullable: true }) scope: ScopeInput | null,
    @Args('indicatorIds', { type: () => [ID], nullable: true }) indicatorIds: string[] | null,
    @Args('disaggregation', { type: () => DisaggregationEnum, nullable: true })
    disaggregation: Disaggregation | null,
  ): Promise<IndicatorValueModel[]> {
    return this.values.values(
      actor,
      { ...period },
      scope ? { ...scope } : null,
      indicatorIds,
      disaggregation,
    );
  }

  @RequirePermission('dashboards.read')
  @Query(() => [TargetModel])
  async targets(
    @CurrentActor() actor: OrgActor,
    @Args('period', { type: () => PeriodInput, nullable: true }) period: PeriodInput | null,
    @Args('indicatorId', { type: () => ID, nullable: true }) indicatorId: string | null,
  ): Promise<TargetModel[]> {
    const rows = await this.service.targets(actor, period ? { ...period } : null, indicatorId);
    return targetModels(this.scopes, actor.organisationId, rows);
  }

  @RequirePermission('dashboards.read')
  @ResolveField('frameworkElements', () => [FrameworkElementModel])
  async frameworkElements(
    @CurrentActor() actor: OrgActor,
    @Parent() indicator: IndicatorModel,
    @Context('req') req: Request,
  ): Promise<FrameworkElementModel[]> {
    const elements = await this.loaders
      .frameworkElements(req, actor.organisationId)
      .load(indicator.id);
    return elements.map((e) => FrameworkElementModel.fromEntity(e));
  }

  @RequirePermission('dashboards.read')
  @ResolveField('owner', () => UserModel, { nullable: true })
  async owner(
    @Parent() indicator: IndicatorModel,
    @Context('req') req: Request,
  ): Promise<UserModel | null> {
    if (!indicator.ownerUserId) return null;
    const user = await this.users.byId(req).load(indicator.ownerUserId);
    return user ? UserModel.fromEntity(user) : null;
  }

  @RequirePermission('dashboards.read')
  @ResolveField('targets', () => [TargetModel])
  async targetsOf(
    @CurrentActor() actor: OrgActor,
    @Parent() indicator: IndicatorModel,
    @Context('req') req: Request,
    @Args('period', { type: () => PeriodInput, nullable: true }) period: PeriodInput | null,
  ): Promise<TargetModel[]> {
    let periodKey: string | null = null;
    if (period) {
      const settings = await this.loaders
        .settings(req, actor.organisationId)
        .load(actor.organisationId);
      periodKey = this.scopes.period({ ...period }, settings, ['period', 'key']).key;
    }
    const rows = await this.loaders
      .targets(req, actor.organisationId, periodKey)
      .load(indicator.id);
    const labels = this.loaders.scopeLabel(req, actor.organisationId);
    return Promise.all(
      rows.map(async (row) =>
        targetModel(row, {
          kind: row.scopeKind,
          id: row.scopeKind === 'MUSEUM' ? null : row.scopeId,
          label: await labels.load(row.scopeKey),
        }),
      ),
    );
  }

  @RequirePermission('indicators.manage')
  @Mutation(() => IndicatorModel, { description: 'Adds a manual, survey or milestone indicator.' })
  async createIndicator(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => CreateIndicatorInput }) input: CreateIndicatorInput,
  ): Promise<IndicatorModel> {
    return IndicatorModel.fromEntity(await this.service.create(actor, { ...input }));
  }

  @RequirePermission('indicators.manage')
  @Mutation(() => IndicatorModel)
  async updateIndicator(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => UpdateIndicatorInput }) input: UpdateIndicatorInput,
  ): Promise<IndicatorModel> {
    return IndicatorModel.fromEntity(await this.service.update(actor, { ...input }));
  }

  @RequirePermission('indicators.manage')
  @Mutation(() => IndicatorModel)
  async archiveIndicator(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => IndicatorIdInput }) input: IndicatorIdInput,
  ): Promise<IndicatorModel> {
    return IndicatorModel.fromEntity(await this.service.setArchived(actor, input.id, true));
  }

  @RequirePermission('indicators.manage')
  @Mutation(() => IndicatorModel)
  async restoreIndicator(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => IndicatorIdInput }) input: IndicatorIdInput,
  ): Promise<IndicatorModel> {
    return IndicatorModel.fromEntity(await this.service.setArchived(actor, input.id, false));
  }

  @RequirePermission('indicators.manage')
  @Mutation(() => IndicatorModel, {
    description:
      "Deletes an indicator of the museum's own; CONFLICT when targets, results or commitments refer to it.",
  })
  async deleteIndicator(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => IndicatorIdInput }) input: IndicatorIdInput,
  ): Promise<IndicatorModel> {
    return IndicatorModel.fromEntity(await this.service.remove(actor, input.id));
  }

  @RequirePermission('indicators.manage')
  @Mutation(() => TargetModel, {
    description: 'Sets (or replaces) the target for an indicator, scope and period.',
  })
  async setTarget(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => SetTargetInput }) input: SetTargetInput,
  ): Promise<TargetModel> {
    const row = await this.service.setTarget(actor, { ...input });
    return (await targetModels(this.scopes, actor.organisationId, [row]))[0]!;
  }

  @RequirePermission('indicators.manage')
  @Mutation(() => TargetModel)
  async deleteTarget(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => TargetIdInput }) input: TargetIdInput,
  ): Promise<TargetModel> {
    const row = await this.service.deleteTarget(actor, input.id);
    return (await targetModels(this.scopes, actor.organisationId, [row]))[0]!;
  }
}

@Resolver(() => TargetModel)
export class TargetsResolver {
  constructor(private readonly loaders: IndicatorsLoaders) {}

  @RequirePermission('dashboards.read')
  @ResolveField('indicator', () => IndicatorModel)
  async indicator(
    @CurrentActor() actor: OrgActor,
    @Parent() target: TargetModel,
    @Context('req') req: Request,
  ): Promise<IndicatorModel> {
    const indicator = await this.loaders
      .indicator(req, actor.organisationId)
      .load(target.indicatorId);
    if (!indicator) throw new Error(`indicator ${target.indicatorId} of a target is missing`);
    return IndicatorModel.fromEntity(indicator);
  }
}

@Resolver(() => IndicatorResultModel)
export class ResultsResolver {
  constructor(
    private readonly service: ResultsService,
    private readonly loaders: IndicatorsLoaders,
    private readonly users: UsersLoaders,
  ) {}

  @RequirePermission('dashboards.read')
  @Query(() => [IndicatorResultModel], {
    description:
      'Results of a period; drafts only for roles with drafts.read; small cells withheld.',
  })
  results(
    @CurrentActor() actor: OrgActor,
    @Args('period', { type: () => PeriodInput }) period: PeriodInput,
    @Args('indicatorId', { type: () => ID, nullable: true }) indicatorId: string | null,
    @Args('scope', { type: () => ScopeInput, nullable: true }) scope: ScopeInput | null,
    @Args('status', { type: () => ResultStatusEnum, nullable: true }) status: ResultStatus | null,
  ): Promise<IndicatorResultModel[]> {
    return this.service.list(actor, {
      period: { ...period },
      indicatorId,
      scope: scope ? { ...scope } : null,
      status,
    });
  }

  @RequirePermission('dashboards.read')
  @ResolveField('indicator', () => IndicatorModel)
  async indicator(
    @CurrentActor() actor: OrgActor,
    @Parent() result: IndicatorResultModel,
    @Context('req') req: Request,
  ): Promise<IndicatorModel> {
    const indicator = await this.loaders
      .indicator(req, actor.organisationId)
      .load(result.indicatorId);
    if (!indicator) throw new Error(`indicator ${result.indicatorId} of a result is missing`);
    return IndicatorModel.fromEntity(indicator);
  }

  @RequirePermission('dashboards.read')
  @ResolveField('enteredBy', () => UserModel, { nullable: true })
  async enteredBy(
    @Parent() result: IndicatorResultModel,
    @Context('req') req: Request,
  ): Promise<UserModel | null> {
    if (!result.enteredByUserId) return null;
    const user = await this.users.byId(req).load(result.enteredByUserId);
    return user ? UserModel.fromEntity(user) : null;
  }

  @RequirePermission('dashboards.read')
  @ResolveField('approvedBy', () => UserModel, { nullable: true })
  async approvedBy(
    @Parent() result: IndicatorResultModel,
    @Context('req') req: Request,
  ): Promise<UserModel | null> {
    if (!result.approvedByUserId) return null;
    const user = await this.users.byId(req).load(result.approvedByUserId);
    return user ? UserModel.fromEntity(user) : null;
  }

  @RequirePermission('results.write')
  @Mutation(() => IndicatorResultModel, {
    description:
      'Saves a result for an indicator, scope, period and cell (a draft: saving over an approved result returns it to draft); refused in a locked period.',
  })
  saveResult(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => SaveResultInput }) input: SaveResultInput,
  ): Promise<IndicatorResultModel> {
    return this.service.save(actor, { ...input });
  }

  @RequirePermission('results.write')
  @Mutation(() => [IndicatorResultModel], {
    description: 'Snapshots every built-in indicator (total and cells) as draft results.',
  })
  recordComputedResults(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => RecordComputedResultsInput }) input: RecordComputedResultsInput,
  ): Promise<IndicatorResultModel[]> {
    return this.service.recordComputed(actor, { ...input });
  }

  @RequirePermission('results.approve')
  @Mutation(() => [IndicatorResultModel])
  approveResults(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => ResultIdsInput }) input: ResultIdsInput,
  ): Promise<IndicatorResultModel[]> {
    return this.service.approve(actor, input.ids);
  }

  @RequirePermission('results.write')
  @Mutation(() => IndicatorResultModel, { description: 'Deletes a draft result.' })
  deleteResult(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => ResultIdInput }) input: ResultIdInput,
  ): Promise<IndicatorResultModel> {
    return this.service.remove(actor, input.id);
  }
}

@Resolver(() => PeriodLockModel)
export class PeriodLocksResolver {
  constructor(
    private readonly service: ResultsService,
    private readonly users: UsersLoaders,
  ) {}

  @RequirePermission('dashboards.read')
  @Query(() => [PeriodLockModel], { description: 'Locked periods, latest first.' })
  async periodLocks(@CurrentActor() actor: OrgActor): Promise<PeriodLockModel[]> {
    return (await this.service.locks(actor)).map((lock) => PeriodLockModel.fromEntity(lock));
  }

  @RequirePermission('dashboards.read')
  @ResolveField('lockedBy', () => UserModel, { nullable: true })
  async lockedBy(
    @Parent() lock: PeriodLockModel,
    @Context('req') req: Request,
  ): Promise<UserModel | null> {
    if (!lock.lockedByUserId) return null;
    const user = await this.users.byId(req).load(lock.lockedByUserId);
    return user ? UserModel.fromEntity(user) : null;
  }

  @RequirePermission('periods.lock')
  @Mutation(() => PeriodLockModel, {
    description:
      'Locks a period: its sessions, attendance and results can no longer change. CONFLICT while draft results remain in it; its approved results become locked.',
  })
  async lockPeriod(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => LockPeriodInput }) input: LockPeriodInput,
  ): Promise<PeriodLockModel> {
    return PeriodLockModel.fromEntity(await this.service.lock(actor, { ...input }));
  }

  @RequirePermission('periods.lock')
  @Mutation(() => PeriodLockModel, {
    description: 'Unlocks a period (the reason is audited); its results go back to approved.',
  })
  async unlockPeriod(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => UnlockPeriodInput }) input: UnlockPeriodInput,
  ): Promise<PeriodLockModel> {
    return PeriodLockModel.fromEntity(await this.service.unlock(actor, { ...input }));
  }
}
