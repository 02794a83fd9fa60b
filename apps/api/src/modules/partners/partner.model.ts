import { PARTNER_TYPES, type DeprivationIndex, type PartnerType } from '@lantern/domain';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../platform/graphql/enums';
import { PageInfoModel } from '../../platform/graphql/pagination';
import { DeprivationIndexEnum } from '../deprivation/deprivation.model';
import type { PartnerEntity } from './partner.entity';

export const PartnerTypeEnum = graphqlEnum(PARTNER_TYPES, 'PartnerType');

@ObjectType('Partner', {
  description: 'A school, college, community group or other body the museum works with.',
})
export class PartnerModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => PartnerTypeEnum)
  type: PartnerType;

  @Field(() => String, { nullable: true, description: 'DfE unique reference number (schools).' })
  urn: string | null;

  @Field(() => String, { nullable: true, description: 'Canonical form, e.g. "ZZ1 1AA".' })
  postcode: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "The postcode's decile in the museum's active index (1 = most deprived 10%).",
  })
  deprivationDecile: number | null;

  @Field(() => DeprivationIndexEnum, {
    nullable: true,
    description: 'The index the decile comes from; set exactly when the decile is.',
  })
  deprivationIndex: DeprivationIndex | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  static fromEntity(entity: PartnerEntity): PartnerModel {
    return Object.assign(new PartnerModel(), {
      id: entity.id,
      name: entity.name,
      type: entity.type,
      urn: entity.urn,
      postcode: entity.postcode,
      deprivationDecile: entity.deprivationDecile,
      deprivationIndex: entity.deprivationIndex,
      notes: entity.notes,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

@ObjectType('PartnerEdge')
export class PartnerEdgeModel {
  @Field()
  cursor: string;

  @Field(() => PartnerModel)
  node: PartnerModel;
}

@ObjectType('PartnerConnection')
export class PartnerConnectionModel {
  @Field(() => [PartnerEdgeModel])
  edges: PartnerEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;

  @Field(() => Int)
  totalCount: number;
}

@InputType()
export class PartnerFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name (case, spacing and quote styles ignored), a URN or a postcode.',
  })
  search?: string | null;

  @Field(() => PartnerTypeEnum, { nullable: true })
  type?: PartnerType | null;
}

@InputType()
export class CreatePartnerInput {
  @Field()
  name: string;

  @Field(() => PartnerTypeEnum, {
    nullable: true,
    description: 'Guessed from the name and URN when left out.',
  })
  type?: PartnerType | null;

  @Field(() => String, { nullable: true, description: 'Six digits; schools and colleges only.' })
  urn?: string | null;

  @Field(() => String, { nullable: true })
  postcode?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType({
  description: 'Replaces the partner with these details (send everything, as an edit form does).',
})
export class UpdatePartnerInput extends CreatePartnerInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class DeletePartnerInput {
  @Field(() => ID)
  id: string;
}
