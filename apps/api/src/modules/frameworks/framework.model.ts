import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { FrameworkElementEntity } from './framework-element.entity';
import type { FrameworkEntity } from './framework.entity';

@ObjectType('FrameworkElement', {
  description: 'A principle, outcome or aim that work is tagged against.',
})
export class FrameworkElementModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  frameworkId: string;

  @Field({ description: 'Stable identifier, e.g. MA_LE.2' })
  code: string;

  @Field()
  label: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int)
  position: number;

  static fromEntity(entity: FrameworkElementEntity): FrameworkElementModel {
    return Object.assign(new FrameworkElementModel(), {
      id: entity.id,
      frameworkId: entity.frameworkId,
      code: entity.code,
      label: entity.label,
      description: entity.description,
      position: entity.position,
    });
  }
}

@ObjectType('Framework')
export class FrameworkModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable identifier, e.g. MA_LE_2020' })
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  version: string | null;

  @Field(() => String, { nullable: true })
  publisher: string | null;

  @Field(() => String, { nullable: true, description: "Where the publisher's own text lives." })
  url: string | null;

  @Field({ description: 'A sector framework shared by every museum: read-only.' })
  isSystem: boolean;

  static fromEntity(entity: FrameworkEntity): FrameworkModel {
    return Object.assign(new FrameworkModel(), {
      id: entity.id,
      code: entity.code,
      name: entity.name,
      version: entity.version,
      publisher: entity.publisher,
      url: entity.url,
      isSystem: entity.organisationId === null,
    });
  }
}

@InputType()
export class CreateFrameworkInput {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  version?: string | null;
}

@InputType()
export class UpdateFrameworkInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  version?: string | null;
}

@InputType()
export class FrameworkIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class AddFrameworkElementInput {
  @Field(() => ID)
  frameworkId: string;

  @Field()
  code: string;

  @Field()
  label: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class UpdateFrameworkElementInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  label?: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
