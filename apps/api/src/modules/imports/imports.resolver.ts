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
import { UserModel } from '../users/user.model';
import { UsersLoaders } from '../users/users.loaders';
import { ActivityImportConnectionModel, ActivityImportModel } from './activity-import.model';
import {
  ActivityImportsArgs,
  CommitImportInput,
  DiscardImportInput,
  SetImportMappingInput,
} from './dto/import.inputs';
import { ImportsService } from './imports.service';

/** Spreadsheet imports of activity logs. The file itself is uploaded to POST /api/imports. */
@Resolver(() => ActivityImportModel)
export class ImportsResolver {
  constructor(
    private readonly service: ImportsService,
    private readonly users: UsersLoaders,
  ) {}

  @RequirePermission('sessions.write')
  @Query(() => ActivityImportConnectionModel, {
    description: 'Imports of the museum, newest first.',
  })
  async activityImports(
    @CurrentActor() actor: OrgActor,
    @Args() args: ActivityImportsArgs,
  ): Promise<ActivityImportConnectionModel> {
    const page = await this.service.list(actor, args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({
        cursor: edge.cursor,
        node: ActivityImportModel.fromEntity(edge.node),
      })),
    };
  }

  @RequirePermission('sessions.write')
  @Query(() => ActivityImportModel)
  async activityImport(
    @CurrentActor() actor: OrgActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ActivityImportModel> {
    return ActivityImportModel.fromEntity(await this.service.get(actor, id));
  }

  @RequirePermission('sessions.write')
  @Mutation(() => ActivityImportModel, {
    description:
      'Choose which column fills which field; the worker then checks every row (VALIDATING -> READY or INVALID).',
  })
  async setImportMapping(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => SetImportMappingInput }) input: SetImportMappingInput,
  ): Promise<ActivityImportModel> {
    return ActivityImportModel.fromEntity(await this.service.setMapping(actor, input));
  }

  @RequirePermission('sessions.write')
  @Mutation(() => ActivityImportModel, {
    description:
      'Bring a READY import in: the whole file in one transaction, or nothing (COMMITTING -> COMMITTED or FAILED).',
  })
  async commitImport(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => CommitImportInput }) input: CommitImportInput,
  ): Promise<ActivityImportModel> {
    return ActivityImportModel.fromEntity(await this.service.commit(actor, input));
  }

  @RequirePermission('sessions.write')
  @Mutation(() => ActivityImportModel, {
    description:
      'Delete an import and its stored file (not while committing). Sessions it committed stay.',
  })
  async discardImport(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => DiscardImportInput }) input: DiscardImportInput,
  ): Promise<ActivityImportModel> {
    return ActivityImportModel.fromEntity(await this.service.discard(actor, input));
  }

  @RequirePermission('sessions.write')
  @ResolveField('createdBy', () => UserModel, { nullable: true })
  async createdBy(
    @Parent() activityImport: ActivityImportModel,
    @Context('req') req: Request,
  ): Promise<UserModel | null> {
    if (!activityImport.createdByUserId) return null;
    const user = await this.users.byId(req).load(activityImport.createdByUserId);
    return user ? UserModel.fromEntity(user) : null;
  }
}
