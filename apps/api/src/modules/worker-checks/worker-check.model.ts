import { WORKER_CHECK_STATUSES, type WorkerCheckStatus } from '@lantern/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../platform/graphql/enums';
import { PageInfoModel } from '../../platform/graphql/pagination';
import type { WorkerCheckEntity } from './worker-check.entity';

export const WorkerCheckStatusEnum = graphqlEnum(WORKER_CHECK_STATUSES, 'WorkerCheckStatus');

@ObjectType('WorkerCheck', {
  description:
    'One round trip through the background worker: requested by the API, processed by the worker.',
})
export class WorkerCheckModel {
  @Field(() => ID)
  id: string;

  @Field(() => WorkerCheckStatusEnum)
  status: WorkerCheckStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Milliseconds from request to completion.' })
  roundTripMs: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Host name and pid of the worker that ran it.',
  })
  workerHost: string | null;

  @Field(() => String, { nullable: true, description: 'PostgreSQL version the worker saw.' })
  databaseVersion: string | null;

  @Field(() => String, { nullable: true })
  error: string | null;

  static fromEntity(entity: WorkerCheckEntity): WorkerCheckModel {
    return Object.assign(new WorkerCheckModel(), {
      id: entity.id,
      status: entity.status,
      note: entity.note,
      requestedAt: entity.requestedAt,
      startedAt: entity.startedAt,
      completedAt: entity.completedAt,
      roundTripMs: entity.roundTripMs,
      workerHost: entity.workerHost,
      databaseVersion: entity.databaseVersion,
      error: entity.error,
    });
  }
}

@ObjectType('WorkerCheckEdge')
export class WorkerCheckEdgeModel {
  @Field()
  cursor: string;

  @Field(() => WorkerCheckModel)
  node: WorkerCheckModel;
}

@ObjectType('WorkerCheckConnection')
export class WorkerCheckConnectionModel {
  @Field(() => [WorkerCheckEdgeModel])
  edges: WorkerCheckEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;

  @Field(() => Int)
  totalCount: number;
}
