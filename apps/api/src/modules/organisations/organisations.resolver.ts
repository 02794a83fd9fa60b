import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { RequirePermission } from '../../platform/auth/access.decorators';
import type { OrgActor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import {
  CreateSiteInput,
  DeleteSiteInput,
  UpdateOrganisationInput,
  UpdateSiteInput,
} from './dto/organisation.inputs';
import { OrganisationModel, SiteModel } from './organisation.model';
import { OrganisationsLoaders } from './organisations.loaders';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(
    private readonly service: OrganisationsService,
    private readonly loaders: OrganisationsLoaders,
  ) {}

  @RequirePermission('organisation.read')
  @Query(() => OrganisationModel, { description: 'The organisation the caller is working in.' })
  async organisation(@CurrentActor() actor: OrgActor): Promise<OrganisationModel> {
    return OrganisationModel.fromEntity(await this.service.get(actor));
  }

  @RequirePermission('organisation.read')
  @ResolveField('sites', () => [SiteModel])
  async sites(
    @Parent() organisation: OrganisationModel,
    @Context('req') req: Request,
  ): Promise<SiteModel[]> {
    const sites = await this.loaders.sitesByOrganisation(req).load(organisation.id);
    return sites.map((site) => SiteModel.fromEntity(site));
  }

  @RequirePermission('organisation.manage')
  @Mutation(() => OrganisationModel)
  async updateOrganisation(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => UpdateOrganisationInput }) input: UpdateOrganisationInput,
  ): Promise<OrganisationModel> {
    return OrganisationModel.fromEntity(await this.service.update(actor, input));
  }

  @RequirePermission('sites.manage')
  @Mutation(() => SiteModel)
  async createSite(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => CreateSiteInput }) input: CreateSiteInput,
  ): Promise<SiteModel> {
    return SiteModel.fromEntity(await this.service.createSite(actor, input));
  }

  @RequirePermission('sites.manage')
  @Mutation(() => SiteModel)
  async updateSite(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => UpdateSiteInput }) input: UpdateSiteInput,
  ): Promise<SiteModel> {
    return SiteModel.fromEntity(await this.service.updateSite(actor, { ...input }));
  }

  @RequirePermission('sites.manage')
  @Mutation(() => SiteModel, { description: 'Removes a site; returns it as it was.' })
  async deleteSite(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => DeleteSiteInput }) input: DeleteSiteInput,
  ): Promise<SiteModel> {
    return SiteModel.fromEntity(await this.service.deleteSite(actor, input.id));
  }
}
