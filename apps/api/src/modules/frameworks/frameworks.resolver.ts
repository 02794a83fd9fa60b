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
import { requestLoader } from '../../platform/graphql/request-loaders';
import type { FrameworkElementEntity } from './framework-element.entity';
import {
  AddFrameworkElementInput,
  CreateFrameworkInput,
  FrameworkElementModel,
  FrameworkIdInput,
  FrameworkModel,
  UpdateFrameworkElementInput,
  UpdateFrameworkInput,
} from './framework.model';
import { FrameworksRepository } from './frameworks.repository';
import { FrameworksService } from './frameworks.service';

@Resolver(() => FrameworkModel)
export class FrameworksResolver {
  constructor(
    private readonly service: FrameworksService,
    private readonly repository: FrameworksRepository,
  ) {}

  @RequirePermission('organisation.read')
  @Query(() => [FrameworkModel], { description: 'Sector frameworks first, then your own.' })
  async frameworks(@CurrentActor() actor: OrgActor): Promise<FrameworkModel[]> {
    return (await this.service.list(actor)).map((f) => FrameworkModel.fromEntity(f));
  }

  @RequirePermission('organisation.read')
  @Query(() => FrameworkModel)
  async framework(
    @CurrentActor() actor: OrgActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<FrameworkModel> {
    return FrameworkModel.fromEntity(await this.service.get(actor, id));
  }

  @RequirePermission('organisation.read')
  @ResolveField('elements', () => [FrameworkElementModel])
  async elements(
    @Parent() framework: FrameworkModel,
    @Context('req') req: Request,
  ): Promise<FrameworkElementModel[]> {
    const loader = requestLoader<string, FrameworkElementEntity[]>(
      req,
      'frameworkElements',
      async (ids) => {
        const elements = await this.repository.elementsOf(ids);
        return ids.map((id) => elements.filter((element) => element.frameworkId === id));
      },
    );
    return (await loader.load(framework.id)).map((e) => FrameworkElementModel.fromEntity(e));
  }

  @RequirePermission('frameworks.manage')
  @Mutation(() => FrameworkModel)
  async createFramework(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => CreateFrameworkInput }) input: CreateFrameworkInput,
  ): Promise<FrameworkModel> {
    return FrameworkModel.fromEntity(await this.service.create(actor, input));
  }

  @RequirePermission('frameworks.manage')
  @Mutation(() => FrameworkModel)
  async updateFramework(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => UpdateFrameworkInput }) input: UpdateFrameworkInput,
  ): Promise<FrameworkModel> {
    return FrameworkModel.fromEntity(await this.service.update(actor, { ...input }));
  }

  @RequirePermission('frameworks.manage')
  @Mutation(() => FrameworkModel, {
    description: 'Removes one of your frameworks and its elements; returns it as it was.',
  })
  async deleteFramework(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => FrameworkIdInput }) input: FrameworkIdInput,
  ): Promise<FrameworkModel> {
    return FrameworkModel.fromEntity(await this.service.remove(actor, input.id));
  }

  @RequirePermission('frameworks.manage')
  @Mutation(() => FrameworkElementModel)
  async addFrameworkElement(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => AddFrameworkElementInput }) input: AddFrameworkElementInput,
  ): Promise<FrameworkElementModel> {
    return FrameworkElementModel.fromEntity(await this.service.addElement(actor, { ...input }));
  }

  @RequirePermission('frameworks.manage')
  @Mutation(() => FrameworkElementModel)
  async updateFrameworkElement(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => UpdateFrameworkElementInput }) input: UpdateFrameworkElementInput,
  ): Promise<FrameworkElementModel> {
    return FrameworkElementModel.fromEntity(await this.service.updateElement(actor, { ...input }));
  }

  @RequirePermission('frameworks.manage')
  @Mutation(() => FrameworkElementModel, {
    description: 'Removes one of your elements; returns it as it was.',
  })
  async removeFrameworkElement(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => FrameworkIdInput }) input: FrameworkIdInput,
  ): Promise<FrameworkElementModel> {
    return FrameworkElementModel.fromEntity(await this.service.removeElement(actor, input.id));
  }
}
