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
import { Int } from '@nestjs/graphql';
import type { Request } from 'express';
import { RequirePermission } from '../../platform/auth/access.decorators';
import type { OrgActor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { LocalDateScalar } from '../../platform/graphql/local-date.scalar';
import { byKeys, requestLoader } from '../../platform/graphql/request-loaders';
import { FrameworkElementModel } from '../frameworks/framework.model';
import type { IndicatorEntity } from '../indicators/indicator.entity';
import { IndicatorModel } from '../indicators/indicator.model';
import { IndicatorsRepository } from '../indicators/indicators.repository';
import { FrameworkElementEntity } from '../frameworks/framework-element.entity';
import type { ActionEntryEntity } from './action-entry.entity';
import { ActionLogService } from './action-log.service';
import {
  ActionEntryModel,
  CommitmentFilterInput,
  CommitmentModel,
  CommitmentOwnerModel,
  CreateCommitmentInput,
  DeleteCommitmentInput,
  SayDoGapItemModel,
  SayDoGapModel,
  UpdateCommitmentInput,
} from './commitment.model';
import { CommitmentsService, type CommitmentFactsWithGap } from './commitments.service';
import { DataSource } from 'typeorm';

@Resolver(() => CommitmentModel)
export class CommitmentsResolver {
  constructor(
    private readonly service: CommitmentsService,
    private readonly actions: ActionLogService,
    private readonly dataSource: DataSource,
    private readonly indicators: IndicatorsRepository,
  ) {}

  @RequirePermission('dashboards.read')
  @Query(() => [CommitmentModel], { description: 'Commitments, by framework element then title.' })
  async commitments(
    @CurrentActor() actor: OrgActor,
    @Args('filter', { type: () => CommitmentFilterInput, nullable: true })
    filter: CommitmentFilterInput | null,
  ): Promise<CommitmentModel[]> {
    return (await this.service.list(actor, filter ?? {})).map((c) => CommitmentModel.fromEntity(c));
  }

  @RequirePermission('dashboards.read')
  @Query(() => CommitmentModel)
  async commitment(
    @CurrentActor() actor: OrgActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CommitmentModel> {
    return CommitmentModel.fromEntity(await this.service.get(actor, id));
  }

  @RequirePermission('dashboards.read')
  @Query(() => [SayDoGapItemModel], {
    description:
      'Open commitments with no action inside their review window (as of today in the museum’s time zone), or whose review date has passed with no action since.',
  })
  async sayDoGaps(@CurrentActor() actor: OrgActor): Promise<SayDoGapItemModel[]> {
    const facts = await this.service.facts(actor, null, true);
    const commitments = new Map(
      (
        await this.service.findByIds(
          actor,
          facts.map((f) => f.commitmentId),
        )
      ).map((c) => [c.id, c]),
    );
    return facts.flatMap((fact) => {
      const commitment = commitments.get(fact.commitmentId);
      if (!commitment || !fact.gap) return [];
      return [
        {
          commitment: CommitmentModel.fromEntity(commitment),
          reason: fact.gap.reason,
          message: fact.gap.message,
          lastActionOn: fact.lastActionOn,
        },
      ];
    });
  }

  private facts(actor: OrgActor, req: Request, id: string): Promise<CommitmentFactsWithGap | null> {
    return requestLoader<string, CommitmentFactsWithGap | null>(
      req,
      'commitmentFacts',
      async (ids) => byKeys(ids, await this.service.facts(actor, ids), (row) => row.commitmentId),
    ).load(id);
  }

  @RequirePermission('dashboards.read')
  @ResolveField('sayDoGap', () => SayDoGapModel, {
    nullable: true,
    description: 'Set when the commitment shows a say/do gap today.',
  })
  async sayDoGap(
    @CurrentActor() actor: OrgActor,
    @Parent() commitment: CommitmentModel,
    @Context('req') req: Request,
  ): Promise<SayDoGapModel | null> {
    return (await this.facts(actor, req, commitment.id))?.gap ?? null;
  }

  @RequirePermission('dashboards.read')
  @ResolveField('lastActionOn', () => LocalDateScalar, { nullable: true })
  async lastActionOn(
    @CurrentActor() actor: OrgActor,
    @Parent() commitment: CommitmentModel,
    @Context('req') req: Request,
  ): Promise<string | null> {
    return (await this.facts(actor, req, commitment.id))?.lastActionOn ?? null;
  }

  @RequirePermission('dashboards.read')
  @ResolveField('actionCount', () => Int, {
    description: 'Entries in force (a corrected entry counts once, as its correction).',
  })
  async actionCount(
    @CurrentActor() actor: OrgActor,
    @Parent() commitment: CommitmentModel,
    @Context('req') req: Request,
  ): Promise<number> {
    return (await this.facts(actor, req, commitment.id))?.actionCount ?? 0;
  }

  @RequirePermission('dashboards.read')
  @ResolveField('frameworkElement', () => FrameworkElementModel)
  async frameworkElement(
    @CurrentActor() actor: OrgActor,
    @Parent() commitment: CommitmentModel,
    @Context('req') req: Request,
  ): Promise<FrameworkElementModel> {
    const element = await requestLoader<string, FrameworkElementEntity | null>(
      req,
      'commitmentElements',
      async (ids) =>
        byKeys(
          ids,
          await this.dataSource
            .getRepository(FrameworkElementEntity)
            .createQueryBuilder('element')
            .where('element.id IN (:...ids)', { ids: [...ids] })
            .andWhere(
              '(element.organisation_id IS NULL OR element.organisation_id = :organisationId)',
              { organisationId: actor.organisationId },
            )
            .getMany(),
          (row) => row.id,
        ),
    ).load(commitment.frameworkElementId);
    if (!element) throw new Error(`Commitment ${commitment.id} has no visible element`);
    return FrameworkElementModel.fromEntity(element);
  }

  @RequirePermission('dashboards.read')
  @ResolveField('indicators', () => [IndicatorModel], {
    description: 'The indicators that show whether it is being kept, in library order.',
  })
  async linkedIndicators(
    @CurrentActor() actor: OrgActor,
    @Parent() commitment: CommitmentModel,
    @Context('req') req: Request,
  ): Promise<IndicatorModel[]> {
    const found = await requestLoader<string, IndicatorEntity | null>(
      req,
      'commitmentIndicators',
      async (ids) =>
        byKeys(ids, await this.indicators.findByIds(actor.organisationId, ids), (row) => row.id),
    ).loadMany(commitment.indicatorIds);
    return found
      .filter((row): row is IndicatorEntity => !!row && !(row instanceof Error))
      .map((row) => IndicatorModel.fromEntity(row));
  }

  @RequirePermission('dashboards.read')
  @ResolveField('owner', () => CommitmentOwnerModel, { nullable: true })
  async owner(
    @CurrentActor() actor: OrgActor,
    @Parent() commitment: CommitmentModel,
    @Context('req') req: Request,
  ): Promise<CommitmentOwnerModel | null> {
    if (!commitment.ownerId) return null;
    return requestLoader<string, CommitmentOwnerModel | null>(
      req,
      'commitmentOwners',
      async (ids) => byKeys(ids, await this.service.memberNames(actor, ids), (row) => row.id),
    ).load(commitment.ownerId);
  }

  @RequirePermission('dashboards.read')
  @ResolveField('actions', () => [ActionEntryModel], {
    description:
      'Its action timeline, newest first; corrected entries are included (see amendedById).',
  })
  async actionsOf(
    @CurrentActor() actor: OrgActor,
    @Parent() commitment: CommitmentModel,
    @Context('req') req: Request,
  ): Promise<ActionEntryModel[]> {
    const rows = await requestLoader<string, ActionEntryEntity[]>(
      req,
      'commitmentActions',
      async (ids) => {
        const all = await this.actions.forCommitments(actor, ids);
        return ids.map((id) => all.filter((entry) => entry.commitmentId === id));
      },
    ).load(commitment.id);
    return rows.map((row) => ActionEntryModel.fromEntity(row));
  }

  @RequirePermission('commitments.manage')
  @Mutation(() => CommitmentModel)
  async createCommitment(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => CreateCommitmentInput }) input: CreateCommitmentInput,
  ): Promise<CommitmentModel> {
    return CommitmentModel.fromEntity(await this.service.create(actor, { ...input }));
  }

  @RequirePermission('commitments.manage')
  @Mutation(() => CommitmentModel)
  async updateCommitment(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => UpdateCommitmentInput }) input: UpdateCommitmentInput,
  ): Promise<CommitmentModel> {
    return CommitmentModel.fromEntity(await this.service.update(actor, { ...input }));
  }

  @RequirePermission('commitments.manage')
  @Mutation(() => CommitmentModel, {
    description:
      'Deletes a commitment with no actions (CONFLICT otherwise: set it to DROPPED); returns it as it was.',
  })
  async deleteCommitment(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => DeleteCommitmentInput }) input: DeleteCommitmentInput,
  ): Promise<CommitmentModel> {
    return CommitmentModel.fromEntity(await this.service.remove(actor, input.id));
  }
}
