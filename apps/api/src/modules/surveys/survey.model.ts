import {
  CONSENT_GIVERS,
  FOLLOW_UP_STATUSES,
  SURVEY_BANKS,
  SURVEY_KINDS,
  SURVEY_SCALES,
  SURVEY_STATUSES,
  SURVEY_WAVES,
  type ConsentGiver,
  type FollowUpStatus,
  type SurveyBank,
  type SurveyKind,
  type SurveyScale,
  type SurveyStatus,
  type SurveyWave,
} from '@lantern/domain';
import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../platform/graphql/enums';
import { PageInfoModel } from '../../platform/graphql/pagination';
import type { SurveyEntity } from './survey.entity';

export const SurveyKindEnum = graphqlEnum(SURVEY_KINDS, 'SurveyKind');
export const SurveyStatusEnum = graphqlEnum(SURVEY_STATUSES, 'SurveyStatus');
export const SurveyWaveEnum = graphqlEnum(SURVEY_WAVES, 'SurveyWave');
export const SurveyScaleEnum = graphqlEnum(SURVEY_SCALES, 'SurveyScale');
export const SurveyBankEnum = graphqlEnum(SURVEY_BANKS, 'SurveyBank');
export const ConsentGiverEnum = graphqlEnum(CONSENT_GIVERS, 'ConsentGiver');
export const FollowUpStatusEnum = graphqlEnum(FOLLOW_UP_STATUSES, 'FollowUpStatus');
const SURVEY_LINK_KINDS = ['PROGRAMME', 'SESSION'] as const;
export const SurveyLinkKindEnum = graphqlEnum(SURVEY_LINK_KINDS, 'SurveyLinkKind');

@ObjectType('SurveyItem', { description: 'A question of the item bank.' })
export class SurveyItemModel {
  @Field()
  code: string;

  @Field(() => SurveyBankEnum)
  bank: SurveyBank;

  @Field()
  bankLabel: string;

  @Field(() => SurveyScaleEnum)
  scale: SurveyScale;

  @Field()
  label: string;

  @Field()
  statement: string;

  @Field()
  childStatement: string;

  @Field({ description: 'True when a lower score is better (ONS4 anxiety).' })
  lowerIsBetter: boolean;
}

@ObjectType('SurveyLink', { description: 'The programme or session a survey belongs to.' })
export class SurveyLinkModel {
  @Field(() => SurveyLinkKindEnum)
  kind: (typeof SURVEY_LINK_KINDS)[number];

  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('Survey', {
  description: 'A short survey from the item bank, answered without an account through its link.',
})
export class SurveyModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  intro: string | null;

  @Field(() => ID, { nullable: true })
  programmeId: string | null;

  @Field(() => ID, { nullable: true })
  sessionId: string | null;

  @Field(() => SurveyKindEnum)
  kind: SurveyKind;

  @Field(() => SurveyStatusEnum)
  status: SurveyStatus;

  @Field(() => [String], { description: 'Item bank codes in the order asked.' })
  itemCodes: string[];

  @Field(() => Date, { nullable: true })
  closesAt: Date | null;

  @Field()
  offersFollowUp: boolean;

  @Field(() => [Int])
  followUpMonths: number[];

  @Field({ description: 'The public link token: the form is at /s/<token>.' })
  publicToken: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  static fromEntity(entity: SurveyEntity): SurveyModel {
    return Object.assign(new SurveyModel(), {
      id: entity.id,
      title: entity.title,
      intro: entity.intro,
      programmeId: entity.programmeId,
      sessionId: entity.sessionId,
      kind: entity.kind,
      status: entity.status,
      itemCodes: entity.itemCodes,
      closesAt: entity.closesAt,
      offersFollowUp: entity.offersFollowUp,
      followUpMonths: entity.followUpMonths,
      publicToken: entity.publicToken,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

@ObjectType('SurveyEdge')
export class SurveyEdgeModel {
  @Field()
  cursor: string;

  @Field(() => SurveyModel)
  node: SurveyModel;
}

@ObjectType('SurveyConnection')
export class SurveyConnectionModel {
  @Field(() => [SurveyEdgeModel])
  edges: SurveyEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;

  @Field(() => Int)
  totalCount: number;
}

@InputType()
export class CreateSurveyInput {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  intro?: string | null;

  @Field(() => ID, { nullable: true, description: 'Set exactly one of programmeId and sessionId.' })
  programmeId?: string | null;

  @Field(() => ID, { nullable: true })
  sessionId?: string | null;

  @Field(() => SurveyKindEnum)
  kind: SurveyKind;

  @Field(() => [String])
  itemCodes: string[];

  @Field(() => Date, { nullable: true })
  closesAt?: Date | null;

  @Field({ nullable: true, defaultValue: false })
  offersFollowUp?: boolean;

  @Field(() => [Int], { nullable: true, description: 'Months after consent; default 3, 6, 12.' })
  followUpMonths?: number[] | null;
}

@InputType({ description: 'Replaces the survey with these details (send everything).' })
export class UpdateSurveyInput extends CreateSurveyInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class SurveyIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class WithdrawConsentInput {
  @Field(() => ID)
  contactId: string;
}

@ObjectType('SurveyOptionCount', { description: 'How many gave one answer (null when withheld).' })
export class SurveyOptionCountModel {
  @Field(() => Float)
  value: number;

  @Field(() => Int, { nullable: true })
  n: number | null;

  @Field()
  suppressed: boolean;
}

@ObjectType('SurveyItemResult', { description: "One question's answers in one wave." })
export class SurveyItemResultModel {
  @Field()
  itemCode: string;

  @Field(() => SurveyWaveEnum)
  wave: SurveyWave;

  @Field(() => Int, { nullable: true, description: 'Months after consent, for follow-up waves.' })
  followUpMonths: number | null;

  @Field(() => Int, { nullable: true, description: 'Answers; null when withheld.' })
  n: number | null;

  @Field()
  suppressed: boolean;

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field(() => Float, { nullable: true })
  ciLow: number | null;

  @Field(() => Float, { nullable: true })
  ciHigh: number | null;

  @Field(() => Float, { nullable: true, description: '% answering 4 or 5 (agree scale only).' })
  shareAgreeing: number | null;

  @Field(() => Float, { nullable: true, description: '% 9-10 minus % 0-6 (recommend only).' })
  nps: number | null;

  @Field(() => [SurveyOptionCountModel])
  distribution: SurveyOptionCountModel[];
}

@ObjectType('SurveyChange', { description: 'Paired before/after change of one question.' })
export class SurveyChangeModel {
  @Field()
  itemCode: string;

  @Field(() => Int, { nullable: true, description: 'Pairs; null when withheld.' })
  n: number | null;

  @Field()
  suppressed: boolean;

  @Field(() => Float, { nullable: true, description: 'Mean of after minus before.' })
  meanChange: number | null;

  @Field(() => Float, { nullable: true })
  ciLow: number | null;

  @Field(() => Float, { nullable: true })
  ciHigh: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '% of pairs whose score improved (fell, for anxiety).',
  })
  proportionImproved: number | null;
}

@ObjectType('SurveyWaveCount')
export class SurveyWaveCountModel {
  @Field(() => SurveyWaveEnum)
  wave: SurveyWave;

  @Field(() => Int, { nullable: true })
  followUpMonths: number | null;

  @Field(() => Int, { nullable: true })
  n: number | null;

  @Field()
  suppressed: boolean;
}

@ObjectType('SurveyComment')
export class SurveyCommentModel {
  @Field()
  itemCode: string;

  @Field(() => SurveyWaveEnum)
  wave: SurveyWave;

  @Field()
  text: string;

  @Field()
  date: string;
}

@ObjectType('SurveyResults')
export class SurveyResultsModel {
  @Field(() => ID)
  surveyId: string;

  @Field(() => Int)
  responseCount: number;

  @Field(() => Int, { description: "The museum's small-cell threshold used here." })
  smallCellThreshold: number;

  @Field(() => [SurveyWaveCountModel])
  waves: SurveyWaveCountModel[];

  @Field(() => [SurveyItemResultModel])
  items: SurveyItemResultModel[];

  @Field(() => [SurveyChangeModel])
  changes: SurveyChangeModel[];

  @Field(() => [SurveyCommentModel])
  comments: SurveyCommentModel[];
}

@ObjectType('FollowUpWave', { description: 'One follow-up wave of a survey.' })
export class FollowUpWaveModel {
  @Field(() => Int)
  months: number;

  @Field(() => Int, { nullable: true, description: 'Invitations sent; null when withheld.' })
  invited: number | null;

  @Field(() => Int, { nullable: true })
  responded: number | null;

  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Float, { nullable: true, description: '% of invited who responded.' })
  responseRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '% lost since the previous wave (responders; the first wave: consents).',
  })
  attrition: number | null;

  @Field()
  suppressed: boolean;
}

@ObjectType('SurveyFollowUp')
export class SurveyFollowUpModel {
  @Field(() => ID)
  surveyId: string;

  @Field(() => Int)
  consented: number;

  @Field(() => Int)
  withdrawn: number;

  @Field(() => [FollowUpWaveModel])
  waves: FollowUpWaveModel[];
}

@ObjectType('FollowUpInvitation')
export class FollowUpInvitationModel {
  @Field(() => Int)
  months: number;

  @Field()
  dueOn: string;

  @Field(() => FollowUpStatusEnum)
  status: FollowUpStatus;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;
}

@ObjectType('SurveyContact', {
  description: 'Consent to be contacted later. The email is null once consent is withdrawn.',
})
export class SurveyContactModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field()
  purpose: string;

  @Field()
  lawfulBasis: string;

  @Field(() => ConsentGiverEnum)
  givenBy: ConsentGiver;

  @Field()
  consentedAt: Date;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => [FollowUpInvitationModel])
  invitations: FollowUpInvitationModel[];
}
