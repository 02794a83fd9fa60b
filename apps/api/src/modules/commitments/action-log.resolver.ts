import { PAGE_SIZE_MAX } from '@lantern/domain';
import {
  Args,
  Context,
  ID,
  Int,
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
import { BadUserInputError } from '../../platform/graphql/app-errors';
import { byKeys, requestLoader } from '../../platform/graphql/request-loaders';
import { EvidenceModel } from '../evidence/evidence.model';
import { EvidenceService } from '../evidence/evidence.service';
import { ActionLogService } from './action-log.service';
import {
  ActionEntryConnectionModel,
  ActionEntryModel,
  ActionLogVerificationModel,
  AmendActionInput,
  AppendActionInput,
  CommitmentModel,
} from './commitment.model';
import { CommitmentsService } from './commitments.service';

const cursorOf = (sequence: number) => Buffer.from(`seq:${sequence}`, 'utf8').toString('base64url');

function sequenceOf(cursor: string): number | null {
  const match = /^seq:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

@Resolver(() => ActionEntryModel)
export class ActionLogResolver {
  constructor(
    private readonly service: ActionLogService,
    private readonly commitments: CommitmentsService,
    private readonly evidence: EvidenceService,
  ) {}

  @RequirePermission('dashboards.read')
  @Query(() => ActionEntryConnectionModel, {
    description: 'The museum’s whole action log, latest recorded first.',
  })
  async actionLog(
    @CurrentActor() actor: OrgActor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ActionEntryConnectionModel> {
    if (first < 1 || first > PAGE_SIZE_MAX)
      throw BadUserInputError.field(['first'], `first must be between 1 and ${PAGE_SIZE_MAX}`);
    const before = after ? sequenceOf(after) : null;
    if (after && before === null)
      throw BadUserInputError.field(['after'], 'is not a cursor from this list');
    const { rows, total } = await this.service.page(actor, first + 1, before);
    const edges = rows.slice(0, first).map((row) => ({
      cursor: cursorOf(row.sequence),
      node: ActionEntryModel.fromEntity(row),
    }));
    return {
      edges,
      totalCount: total,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > first },
    };
  }

  @RequirePermission('dashboards.read')
  @Query(() => ActionLogVerificationModel, {
    description:
      'Recomputes every hash of the museum’s action log in order: ok, how many entries were checked, and the first broken entry.',
  })
  async verifyActionLog(@CurrentActor() actor: OrgActor): Promise<ActionLogVerificationModel> {
    return this.service.verify(actor);
  }

  @RequirePermission('sessions.write')
  @Mutation(() => ActionEntryModel, {
    description: 'Appends a dated action to the log (learning officers and heads of learning).',
  })
  async appendAction(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => AppendActionInput }) input: AppendActionInput,
  ): Promise<ActionEntryModel> {
    return ActionEntryModel.fromEntity(await this.service.append(actor, { ...input }));
  }

  @RequirePermission('sessions.write')
  @Mutation(() => ActionEntryModel, {
    description:
      'Corrects an entry: appends a new entry that amends it (the original stays, marked as corrected).',
  })
  async amendAction(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => AmendActionInput }) input: AmendActionInput,
  ): Promise<ActionEntryModel> {
    return ActionEntryModel.fromEntity(await this.service.amend(actor, { ...input }));
  }

  @RequirePermission('dashboards.read')
  @ResolveField('amendedById', () => ID, {
    nullable: true,
    description: 'The entry that corrects this one, if it has been corrected.',
  })
  async amendedById(
    @CurrentActor() actor: OrgActor,
    @Parent() entry: ActionEntryModel,
    @Context('req') req: Request,
  ): Promise<string | null> {
    const row = await requestLoader<string, { amendsId: string; id: string } | null>(
      req,
      'actionAmendedBy',
      async (ids) => byKeys(ids, await this.service.amendedBy(actor, ids), (r) => r.amendsId),
    ).load(entry.id);
    return row?.id ?? null;
  }

  @RequirePermission('dashboards.read')
  @ResolveField('evidence', () => [EvidenceModel], {
    description: 'The evidence it points to that still exists and the caller may see.',
  })
  async evidenceOf(
    @CurrentActor() actor: OrgActor,
    @Parent() entry: ActionEntryModel,
    @Context('req') req: Request,
  ): Promise<EvidenceModel[]> {
    const loader = requestLoader<string, EvidenceModel | null>(req, 'actionEvidence', async (ids) =>
      byKeys(
        ids,
        (await this.evidence.findByIds(actor, ids)).map((row) => EvidenceModel.fromEntity(row)),
        (row) => row.id,
      ),
    );
    const found = await loader.loadMany(entry.evidenceIds);
    return found.filter((row): row is EvidenceModel => !!row && !(row instanceof Error));
  }

  @RequirePermission('dashboards.read')
  @ResolveField('commitment', () => CommitmentModel)
  async commitment(
    @CurrentActor() actor: OrgActor,
    @Parent() entry: ActionEntryModel,
    @Context('req') req: Request,
  ): Promise<CommitmentModel> {
    const row = await requestLoader<string, CommitmentModel | null>(
      req,
      'actionCommitment',
      async (ids) =>
        byKeys(
          ids,
          (await this.commitments.findByIds(actor, ids)).map((c) => CommitmentModel.fromEntity(c)),
          (c) => c.id,
        ),
    ).load(entry.commitmentId);
    if (!row) throw new Error(`Action entry ${entry.id} has no commitment`);
    return row;
  }
}
