import { PAGE_SIZE_DEFAULT, type TargetField } from '@lantern/domain';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ImportFieldEnum } from '../activity-import.model';

@InputType()
export class ImportColumnInput {
  @Field({ description: 'A header of the file, exactly as the import lists it.' })
  column: string;

  @Field(() => ImportFieldEnum, { nullable: true, description: 'Null: do not import this column.' })
  field?: TargetField | null;
}

@InputType()
export class SetImportMappingInput {
  @Field(() => ID)
  importId: string;

  @Field(() => [ImportColumnInput], {
    description: 'Which field each column fills; columns left out are not imported.',
  })
  columns: ImportColumnInput[];
}

@InputType()
export class CommitImportInput {
  @Field(() => ID)
  importId: string;
}

@InputType()
export class DiscardImportInput {
  @Field(() => ID)
  importId: string;
}

@ArgsType()
export class ActivityImportsArgs {
  @Field(() => Int, { defaultValue: PAGE_SIZE_DEFAULT })
  first: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
