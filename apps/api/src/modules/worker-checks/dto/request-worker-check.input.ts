import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class RequestWorkerCheckInput {
  @Field(() => String, {
    nullable: true,
    description: 'Optional note shown beside the check, at most 200 characters.',
  })
  note?: string | null;
}
