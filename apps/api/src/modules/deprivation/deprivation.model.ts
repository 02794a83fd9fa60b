import { DEPRIVATION_INDEXES, type DeprivationIndex } from '@lantern/domain';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../platform/graphql/enums';
import type { DeprivationLookupVersionEntity } from './deprivation-lookup.entity';

/** The index versions a decile can come from; deciles of different versions never mix. */
export const DeprivationIndexEnum = graphqlEnum(DEPRIVATION_INDEXES, 'DeprivationIndex');

@ObjectType('DeprivationLookup', {
  description: "One loaded version of the museum's postcode -> area -> decile lookup.",
})
export class DeprivationLookupModel {
  @Field(() => ID)
  id: string;

  @Field(() => DeprivationIndexEnum)
  indexVersion: DeprivationIndex;

  @Field(() => Int, { description: 'Postcodes in the lookup.' })
  rowCount: number;

  @Field(() => String, { nullable: true })
  sourceFilename: string | null;

  @Field()
  loadedAt: Date;

  @Field({
    description:
      "Whether partners' and sessions' deciles come from this version (the chosen index, else the latest loaded).",
  })
  active: boolean;

  loadedByUserId: string | null;

  static fromEntity(
    entity: DeprivationLookupVersionEntity,
    active: boolean,
  ): DeprivationLookupModel {
    return Object.assign(new DeprivationLookupModel(), {
      id: entity.id,
      indexVersion: entity.indexVersion,
      rowCount: entity.rowCount,
      sourceFilename: entity.sourceFilename,
      loadedAt: entity.loadedAt,
      active,
      loadedByUserId: entity.loadedByUserId,
    });
  }
}

@ObjectType('PostcodeDecile', { description: "A postcode's decile in the museum's active index." })
export class PostcodeDecileModel {
  @Field({ description: 'The postcode in canonical form, e.g. "ZZ1 1AA".' })
  postcode: string;

  @Field()
  areaCode: string;

  @Field(() => Int, { description: '1 is the most deprived 10% of areas.' })
  decile: number;

  @Field(() => DeprivationIndexEnum)
  indexVersion: DeprivationIndex;
}

@InputType()
export class DeleteDeprivationLookupInput {
  @Field(() => DeprivationIndexEnum)
  indexVersion: DeprivationIndex;
}

@InputType()
export class SetDeprivationIndexInput {
  @Field(() => DeprivationIndexEnum, {
    nullable: true,
    description: 'The index deciles come from; null: the latest loaded lookup.',
  })
  indexVersion?: DeprivationIndex | null;
}
