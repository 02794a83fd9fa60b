import { PAGE_SIZE_DEFAULT } from '@lantern/domain';
import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class WorkerChecksArgs {
  @Field(() => Int, { defaultValue: PAGE_SIZE_DEFAULT })
  first: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
