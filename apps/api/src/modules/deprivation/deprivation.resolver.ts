import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { RequirePermission } from '../../platform/auth/access.decorators';
import type { OrgActor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { OrganisationModel } from '../organisations/organisation.model';
import { UserModel } from '../users/user.model';
import { UsersLoaders } from '../users/users.loaders';
import { DeprivationLookupsService } from './deprivation-lookups.service';
import {
  DeleteDeprivationLookupInput,
  DeprivationLookupModel,
  PostcodeDecileModel,
  SetDeprivationIndexInput,
} from './deprivation.model';

/**
 * The museum's deprivation lookups (admins). Files are loaded through the REST upload
 * `POST /api/deprivation-lookups/:indexVersion`; everything else is here.
 */
@Resolver(() => DeprivationLookupModel)
export class DeprivationResolver {
  constructor(
    private readonly service: DeprivationLookupsService,
    private readonly users: UsersLoaders,
  ) {}

  @RequirePermission('lookups.manage')
  @Query(() => [DeprivationLookupModel], {
    description: 'Each loaded index version of the lookup, in index order.',
  })
  async deprivationLookups(@CurrentActor() actor: OrgActor): Promise<DeprivationLookupModel[]> {
    return (await this.service.list(actor)).map(({ version, active }) =>
      DeprivationLookupModel.fromEntity(version, active),
    );
  }

  @RequirePermission('programmes.read')
  @Query(() => PostcodeDecileModel, {
    nullable: true,
    description: "A postcode's decile in the active index; null when the lookup lacks it.",
  })
  async deprivationDecile(
    @CurrentActor() actor: OrgActor,
    @Args('postcode') postcode: string,
  ): Promise<PostcodeDecileModel | null> {
    return this.service.check(actor, postcode);
  }

  @RequirePermission('lookups.manage')
  @ResolveField('loadedBy', () => UserModel, { nullable: true })
  async loadedBy(
    @Parent() lookup: DeprivationLookupModel,
    @Context('req') req: Request,
  ): Promise<UserModel | null> {
    if (!lookup.loadedByUserId) return null;
    const user = await this.users.byId(req).load(lookup.loadedByUserId);
    return user ? UserModel.fromEntity(user) : null;
  }

  @RequirePermission('lookups.manage')
  @Mutation(() => DeprivationLookupModel, {
    description:
      'Deletes a loaded lookup; deciles derived from it are re-derived from the next active index or cleared. Returns it as it was.',
  })
  async deleteDeprivationLookup(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => DeleteDeprivationLookupInput })
    input: DeleteDeprivationLookupInput,
  ): Promise<DeprivationLookupModel> {
    const { version, active } = await this.service.remove(actor, { ...input });
    return DeprivationLookupModel.fromEntity(version, active);
  }

  @RequirePermission('lookups.manage')
  @Mutation(() => OrganisationModel, {
    description:
      "Chooses the index partners' and sessions' deciles come from (null: the latest loaded lookup) and re-derives them.",
  })
  async setDeprivationIndex(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => SetDeprivationIndexInput }) input: SetDeprivationIndexInput,
  ): Promise<OrganisationModel> {
    return OrganisationModel.fromEntity(await this.service.choose(actor, { ...input }));
  }
}
