import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ServiceHealth')
export class ServiceHealthModel {
  @Field()
  ok: boolean;

  @Field(() => Float, { nullable: true })
  latencyMs: number | null;
}

@ObjectType('QueueHealth')
export class QueueHealthModel {
  @Field(() => Int)
  waiting: number;

  @Field(() => Int)
  active: number;

  @Field(() => Int)
  failed: number;

  @Field(() => Int)
  delayed: number;

  @Field(() => Int, { description: 'Worker processes currently connected to the queue.' })
  workers: number;
}

@ObjectType('SystemStatus')
export class SystemStatusModel {
  @Field()
  version: string;

  @Field()
  environment: string;

  @Field(() => ServiceHealthModel)
  database: ServiceHealthModel;

  @Field(() => ServiceHealthModel)
  redis: ServiceHealthModel;

  @Field(() => QueueHealthModel)
  queue: QueueHealthModel;
}
