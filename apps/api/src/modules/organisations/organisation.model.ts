import {
  NATIONS,
  ORGANISATION_KINDS,
  SITE_TYPES,
  type DeprivationIndex,
  type Nation,
  type OrganisationKind,
  type SiteType,
} from '@lantern/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../platform/graphql/enums';
import { DeprivationIndexEnum } from '../deprivation/deprivation.model';
import type { OrganisationEntity } from './organisation.entity';
import type { SiteEntity } from './site.entity';

export const NationEnum = graphqlEnum(NATIONS, 'Nation');
export const OrganisationKindEnum = graphqlEnum(ORGANISATION_KINDS, 'OrganisationKind');
export const SiteTypeEnum = graphqlEnum(SITE_TYPES, 'SiteType');

@ObjectType('Site')
export class SiteModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => SiteTypeEnum)
  type: SiteType;

  @Field(() => String, { nullable: true })
  postcode: string | null;

  @Field()
  createdAt: Date;

  static fromEntity(entity: SiteEntity): SiteModel {
    return Object.assign(new SiteModel(), {
      id: entity.id,
      name: entity.name,
      type: entity.type,
      postcode: entity.postcode,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganisationKindEnum)
  kind: OrganisationKind;

  @Field(() => NationEnum)
  nation: Nation;

  @Field(() => Int)
  financialYearStartMonth: number;

  @Field(() => Int)
  academicYearStartMonth: number;

  @Field(() => Int)
  smallCellThreshold: number;

  @Field()
  timeZone: string;

  @Field(() => DeprivationIndexEnum, {
    nullable: true,
    description:
      'The deprivation index deciles come from, as chosen with setDeprivationIndex; null: the latest loaded lookup.',
  })
  deprivationIndex: DeprivationIndex | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  static fromEntity(entity: OrganisationEntity): OrganisationModel {
    return Object.assign(new OrganisationModel(), {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      nation: entity.nation,
      financialYearStartMonth: entity.financialYearStartMonth,
      academicYearStartMonth: entity.academicYearStartMonth,
      smallCellThreshold: entity.smallCellThreshold,
      timeZone: entity.timeZone,
      deprivationIndex: entity.deprivationIndex ?? null,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

@ObjectType('OrganisationSummary')
export class OrganisationSummaryModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}
