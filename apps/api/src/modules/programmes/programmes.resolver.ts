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
import { requestLoader } from '../../platform/graphql/request-loaders';
import { FrameworkElementModel } from '../frameworks/framework.model';
import { SiteModel } from '../organisations/organisation.model';
import { UserModel } from '../users/user.model';
import { UsersLoaders } from '../users/users.loaders';
import type { ProgrammeFrameworkElementEntity, ProgrammeSiteEntity } from './programme.entity';
import {
  CreateProgrammeInput,
  DeleteProgrammeInput,
  ProgrammeConnectionModel,
  ProgrammeFilterInput,
  ProgrammeModel,
  UpdateProgrammeInput,
} from './programme.model';
import { ProgrammesRepository } from './programmes.repository';
import { ProgrammesService } from './programmes.service';

/** Programme lists are short: the cursor is an opaque offset. */
function encodeOffset(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeOffset(cursor: string): number | null {
  const match = /^offset:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

@Resolver(() => ProgrammeModel)
export class ProgrammesResolver {
  constructor(
    private readonly service: ProgrammesService,
    private readonly repository: ProgrammesRepository,
    private readonly users: UsersLoaders,
  ) {}

  @RequirePermission('programmes.read')
  @Query(() => ProgrammeConnectionModel)
  async programmes(
    @CurrentActor() actor: OrgActor,
    @Args('filter', { type: () => ProgrammeFilterInput, nullable: true })
    filter: ProgrammeFilterInput | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ProgrammeConnectionModel> {
    if (first < 1 || first > PAGE_SIZE_MAX)
      throw BadUserInputError.field(['first'], `first must be between 1 and ${PAGE_SIZE_MAX}`);
    const start = after ? decodeOffset(after) : 0;
    if (start === null) throw BadUserInputError.field(['after'], 'is not a cursor from this list');
    const { rows, total } = await this.service.list(actor, filter ?? {}, first, start);
    const edges = rows.map((row, i) => ({
      cursor: encodeOffset(start + i + 1),
      node: ProgrammeModel.fromEntity(row),
    }));
    return {
      edges,
      totalCount: total,
      pageInfo: {
        endCursor: edges.at(-1)?.cursor ?? null,
        hasNextPage: start + rows.length < total,
      },
    };
  }

  @RequirePermission('programmes.read')
  @Query(() => ProgrammeModel)
  async programme(
    @CurrentActor() actor: OrgActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ProgrammeModel> {
    return ProgrammeModel.fromEntity(await this.service.get(actor, id));
  }

  @RequirePermission('programmes.read')
  @ResolveField('lead', () => UserModel, { nullable: true })
  async lead(
    @Parent() programme: ProgrammeModel,
    @Context('req') req: Request,
  ): Promise<UserModel | null> {
    if (!programme.leadUserId) return null;
    const user = await this.users.byId(req).load(programme.leadUserId);
    return user ? UserModel.fromEntity(user) : null;
  }

  @RequirePermission('programmes.read')
  @ResolveField('sites', () => [SiteModel])
  async sites(
    @CurrentActor() actor: OrgActor,
    @Parent() programme: ProgrammeModel,
    @Context('req') req: Request,
  ): Promise<SiteModel[]> {
    const loader = requestLoader<string, ProgrammeSiteEntity[]>(
      req,
      'programmeSites',
      async (ids) => {
        const links = await this.repository.siteLinks(actor.organisationId, ids);
        return ids.map((id) => links.filter((link) => link.programmeId === id));
      },
    );
    return (await loader.load(programme.id)).flatMap((link) =>
      link.site ? [SiteModel.fromEntity(link.site)] : [],
    );
  }

  @RequirePermission('programmes.read')
  @ResolveField('frameworkElements', () => [FrameworkElementModel])
  async frameworkElements(
    @CurrentActor() actor: OrgActor,
    @Parent() programme: ProgrammeModel,
    @Context('req') req: Request,
  ): Promise<FrameworkElementModel[]> {
    const loader = requestLoader<string, ProgrammeFrameworkElementEntity[]>(
      req,
      'programmeElements',
      async (ids) => {
        const links = await this.repository.elementLinks(actor.organisationId, ids);
        return ids.map((id) => links.filter((link) => link.programmeId === id));
      },
    );
    return (await loader.load(programme.id)).flatMap((link) =>
      link.element ? [FrameworkElementModel.fromEntity(link.element)] : [],
    );
  }

  @RequirePermission('programmes.write')
  @Mutation(() => ProgrammeModel)
  async createProgramme(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => CreateProgrammeInput }) input: CreateProgrammeInput,
  ): Promise<ProgrammeModel> {
    return ProgrammeModel.fromEntity(await this.service.create(actor, input));
  }

  @RequirePermission('programmes.write')
  @Mutation(() => ProgrammeModel)
  async updateProgramme(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => UpdateProgrammeInput }) input: UpdateProgrammeInput,
  ): Promise<ProgrammeModel> {
    return ProgrammeModel.fromEntity(await this.service.update(actor, { ...input }));
  }

  @RequirePermission('programmes.write')
  @Mutation(() => ProgrammeModel, { description: 'Deletes a programme; returns it as it was.' })
  async deleteProgramme(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => DeleteProgrammeInput }) input: DeleteProgrammeInput,
  ): Promise<ProgrammeModel> {
    return ProgrammeModel.fromEntity(await this.service.remove(actor, input.id));
  }
}
