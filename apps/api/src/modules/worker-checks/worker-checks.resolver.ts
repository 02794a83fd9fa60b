import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../../platform/auth/access.decorators';
import type { OrgActor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { RequestWorkerCheckInput } from './dto/request-worker-check.input';
import { WorkerChecksArgs } from './dto/worker-checks.args';
import { WorkerCheckConnectionModel, WorkerCheckModel } from './worker-check.model';
import { WorkerChecksService } from './worker-checks.service';

@Resolver(() => WorkerCheckModel)
export class WorkerChecksResolver {
  constructor(private readonly service: WorkerChecksService) {}

  // Platform diagnostics: admins only.
  @RequirePermission('system.manage')
  @Query(() => WorkerCheckModel)
  async workerCheck(
    @CurrentActor() actor: OrgActor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<WorkerCheckModel> {
    return WorkerCheckModel.fromEntity(await this.service.get(actor, id));
  }

  @RequirePermission('system.manage')
  @Query(() => WorkerCheckConnectionModel)
  async workerChecks(
    @CurrentActor() actor: OrgActor,
    @Args() args: WorkerChecksArgs,
  ): Promise<WorkerCheckConnectionModel> {
    const page = await this.service.list(actor, args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({
        cursor: edge.cursor,
        node: WorkerCheckModel.fromEntity(edge.node),
      })),
    };
  }

  @RequirePermission('system.manage')
  @Mutation(() => WorkerCheckModel, {
    description: 'Queue a round trip through the background worker and record what it saw.',
  })
  async requestWorkerCheck(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => RequestWorkerCheckInput }) input: RequestWorkerCheckInput,
  ): Promise<WorkerCheckModel> {
    return WorkerCheckModel.fromEntity(await this.service.request(actor, input));
  }
}
