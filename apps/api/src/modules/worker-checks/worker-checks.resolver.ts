import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../platform/auth/access.decorators';
import { RequestWorkerCheckInput } from './dto/request-worker-check.input';
import { WorkerChecksArgs } from './dto/worker-checks.args';
import { WorkerCheckConnectionModel, WorkerCheckModel } from './worker-check.model';
import { WorkerChecksService } from './worker-checks.service';

@Resolver(() => WorkerCheckModel)
export class WorkerChecksResolver {
  constructor(private readonly service: WorkerChecksService) {}

  // Platform diagnostics carry no museum data. Issue #3 narrows these to admins.
  @Public()
  @Query(() => WorkerCheckModel)
  async workerCheck(@Args('id', { type: () => ID }) id: string): Promise<WorkerCheckModel> {
    return WorkerCheckModel.fromEntity(await this.service.get(id));
  }

  @Public()
  @Query(() => WorkerCheckConnectionModel)
  async workerChecks(@Args() args: WorkerChecksArgs): Promise<WorkerCheckConnectionModel> {
    const page = await this.service.list(args);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: WorkerCheckModel.fromEntity(edge.node) })),
    };
  }

  @Public()
  @Mutation(() => WorkerCheckModel, {
    description: 'Queue a round trip through the background worker and record what it saw.',
  })
  async requestWorkerCheck(
    @Args('input', { type: () => RequestWorkerCheckInput }) input: RequestWorkerCheckInput,
  ): Promise<WorkerCheckModel> {
    return WorkerCheckModel.fromEntity(await this.service.request(input));
  }
}
