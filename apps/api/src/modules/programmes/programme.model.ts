import {
  AUDIENCE_TYPES,
  PROGRAMME_STATUSES,
  PROGRAMME_STRANDS,
  type AudienceType,
  type ProgrammeStatus,
  type ProgrammeStrand,
} from '@lantern/domain';
import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../platform/graphql/enums';
import { LocalDateScalar } from '../../platform/graphql/local-date.scalar';
import { PageInfoModel } from '../../platform/graphql/pagination';
import type { ProgrammeEntity } from './programme.entity';

export const ProgrammeStrandEnum = graphqlEnum(PROGRAMME_STRANDS, 'ProgrammeStrand');
export const ProgrammeStatusEnum = graphqlEnum(PROGRAMME_STATUSES, 'ProgrammeStatus');
export const AudienceTypeEnum = graphqlEnum(AUDIENCE_TYPES, 'AudienceType');

@ObjectType('Funder')
export class FunderModel {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  grantReference: string | null;

  @Field(() => Float, { nullable: true, description: 'Amount in pence (a whole number).' })
  amountPence: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  periodStart: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  periodEnd: string | null;
}

@ObjectType('PlanPeriod', { description: 'Planned sessions and reach for one period.' })
export class PlanPeriodModel {
  @Field(() => LocalDateScalar)
  periodStart: string;

  @Field(() => LocalDateScalar)
  periodEnd: string;

  @Field(() => Int)
  plannedSessions: number;

  @Field(() => Int)
  plannedReach: number;
}

@ObjectType('Programme')
export class ProgrammeModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ProgrammeStrandEnum)
  strand: ProgrammeStrand;

  @Field(() => String, { nullable: true })
  aims: string | null;

  @Field(() => ProgrammeStatusEnum)
  status: ProgrammeStatus;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar, { nullable: true })
  endDate: string | null;

  @Field(() => [AudienceTypeEnum])
  targetAudiences: AudienceType[];

  @Field(() => [FunderModel])
  funders: FunderModel[];

  @Field(() => [PlanPeriodModel])
  plan: PlanPeriodModel[];

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  leadUserId: string | null;

  static fromEntity(entity: ProgrammeEntity): ProgrammeModel {
    return Object.assign(new ProgrammeModel(), {
      id: entity.id,
      name: entity.name,
      strand: entity.strand,
      aims: entity.aims,
      status: entity.status,
      startDate: entity.startDate,
      endDate: entity.endDate,
      targetAudiences: entity.targetAudiences,
      funders: entity.funders,
      plan: entity.plan,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      leadUserId: entity.leadUserId,
    });
  }
}

@ObjectType('ProgrammeEdge')
export class ProgrammeEdgeModel {
  @Field()
  cursor: string;

  @Field(() => ProgrammeModel)
  node: ProgrammeModel;
}

@ObjectType('ProgrammeConnection')
export class ProgrammeConnectionModel {
  @Field(() => [ProgrammeEdgeModel])
  edges: ProgrammeEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;

  @Field(() => Int)
  totalCount: number;
}

@InputType()
export class ProgrammeFilterInput {
  @Field(() => ProgrammeStatusEnum, { nullable: true })
  status?: ProgrammeStatus | null;

  @Field(() => ProgrammeStrandEnum, { nullable: true })
  strand?: ProgrammeStrand | null;

  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  search?: string | null;
}

@InputType()
export class FunderInput {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  grantReference?: string | null;

  @Field(() => Float, { nullable: true, description: 'Amount in pence (a whole number).' })
  amountPence?: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  periodStart?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  periodEnd?: string | null;
}

@InputType()
export class PlanPeriodInput {
  @Field(() => LocalDateScalar)
  periodStart: string;

  @Field(() => LocalDateScalar)
  periodEnd: string;

  @Field(() => Int)
  plannedSessions: number;

  @Field(() => Int)
  plannedReach: number;
}

@InputType()
export class CreateProgrammeInput {
  @Field()
  name: string;

  @Field(() => ProgrammeStrandEnum)
  strand: ProgrammeStrand;

  @Field(() => String, { nullable: true })
  aims?: string | null;

  @Field(() => ProgrammeStatusEnum, { defaultValue: 'PLANNED' })
  status: ProgrammeStatus;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar, { nullable: true })
  endDate?: string | null;

  @Field(() => ID, { nullable: true })
  leadUserId?: string | null;

  @Field(() => [AudienceTypeEnum], { defaultValue: [] })
  targetAudiences: AudienceType[];

  @Field(() => [ID], { defaultValue: [] })
  siteIds: string[];

  @Field(() => [ID], { defaultValue: [] })
  frameworkElementIds: string[];

  @Field(() => [FunderInput], { defaultValue: [] })
  funders: FunderInput[];

  @Field(() => [PlanPeriodInput], { defaultValue: [] })
  plan: PlanPeriodInput[];
}

@InputType({
  description: 'Replaces the programme with these details (send everything, as an edit form does).',
})
export class UpdateProgrammeInput extends CreateProgrammeInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class DeleteProgrammeInput {
  @Field(() => ID)
  id: string;
}
