import type { Nation, OrganisationKind, SiteType } from '@lantern/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { NationEnum, OrganisationKindEnum, SiteTypeEnum } from '../organisation.model';

@InputType()
export class UpdateOrganisationInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => OrganisationKindEnum, { nullable: true })
  kind?: OrganisationKind;

  @Field(() => NationEnum, { nullable: true })
  nation?: Nation;

  @Field(() => Int, { nullable: true })
  financialYearStartMonth?: number;

  @Field(() => Int, { nullable: true })
  academicYearStartMonth?: number;

  @Field(() => Int, { nullable: true })
  smallCellThreshold?: number;

  @Field(() => String, { nullable: true })
  timeZone?: string;
}

@InputType()
export class CreateSiteInput {
  @Field()
  name: string;

  @Field(() => SiteTypeEnum)
  type: SiteType;

  @Field(() => String, { nullable: true })
  postcode?: string | null;
}

@InputType()
export class UpdateSiteInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => SiteTypeEnum, { nullable: true })
  type?: SiteType;

  @Field(() => String, { nullable: true })
  postcode?: string | null;
}

@InputType()
export class DeleteSiteInput {
  @Field(() => ID)
  id: string;
}
