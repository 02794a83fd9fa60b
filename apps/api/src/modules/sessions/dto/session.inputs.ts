import type {
  AgeBand,
  AudienceType,
  CountKind,
  DeliveryMode,
  DeprivationIndex,
  FacilitatorType,
  KeyStage,
  ParticipationDepth,
  SessionFormat,
  SessionStatus,
} from '@lantern/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { LocalDateScalar } from '../../../platform/graphql/local-date.scalar';
import { DeprivationIndexEnum } from '../../deprivation/deprivation.model';
import { AudienceTypeEnum } from '../../programmes/programme.model';
import {
  AgeBandEnum,
  CountKindEnum,
  DeliveryModeEnum,
  FacilitatorTypeEnum,
  KeyStageEnum,
  ParticipationDepthEnum,
  SessionFormatEnum,
  SessionStatusEnum,
} from '../session.model';

@InputType({ description: 'Sessions in a period (both dates included) and with these tags.' })
export class SessionFilterInput {
  @Field(() => LocalDateScalar, { nullable: true })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  to?: string | null;

  @Field(() => ID, { nullable: true })
  programmeId?: string | null;

  @Field(() => ID, { nullable: true })
  siteId?: string | null;

  @Field(() => ID, { nullable: true })
  partnerId?: string | null;

  @Field(() => SessionFormatEnum, { nullable: true })
  format?: SessionFormat | null;

  @Field(() => DeliveryModeEnum, { nullable: true })
  deliveryMode?: DeliveryMode | null;

  @Field(() => SessionStatusEnum, { nullable: true })
  status?: SessionStatus | null;
}

@InputType()
export class AttendanceCellInput {
  @Field(() => AudienceTypeEnum)
  audienceType: AudienceType;

  @Field(() => AgeBandEnum, {
    nullable: true,
    description: 'An age band or a key stage, not both.',
  })
  ageBand?: AgeBand | null;

  @Field(() => KeyStageEnum, { nullable: true })
  keyStage?: KeyStage | null;

  @Field(() => Int)
  count: number;

  @Field(() => CountKindEnum, { nullable: true, description: 'HEADCOUNT when left out.' })
  countKind?: CountKind | null;

  @Field(() => Boolean, { nullable: true })
  firstTime?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  send?: boolean | null;

  @Field(() => Int, { nullable: true, description: '1 (most deprived) to 10, with its index.' })
  deprivationDecile?: number | null;

  @Field(() => DeprivationIndexEnum, { nullable: true })
  deprivationIndex?: DeprivationIndex | null;
}

@InputType()
export class SessionFacilitatorInput {
  @Field(() => FacilitatorTypeEnum)
  type: FacilitatorType;

  @Field(() => ID, { nullable: true, description: 'A member of the museum, for staff.' })
  userId?: string | null;

  @Field()
  name: string;
}

/** The fields every way of recording a session shares. */
@InputType({ isAbstract: true })
abstract class SessionFieldsInput {
  @Field(() => ID)
  programmeId: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => LocalDateScalar)
  date: string;

  @Field(() => String, { nullable: true, description: 'Local start time, HH:MM.' })
  startTime?: string | null;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number | null;

  @Field(() => SessionFormatEnum)
  format: SessionFormat;

  @Field(() => DeliveryModeEnum)
  deliveryMode: DeliveryMode;

  @Field(() => ID, { nullable: true, description: 'Needed onsite; none online.' })
  siteId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where an outreach session took place (or give a partner).',
  })
  outreachPostcode?: string | null;

  @Field(() => String, { nullable: true, description: 'Zoom, Teams, YouTube...' })
  onlinePlatform?: string | null;

  @Field(() => [ID], { nullable: true })
  partnerIds?: string[] | null;

  @Field(() => [SessionFacilitatorInput], { nullable: true })
  facilitators?: SessionFacilitatorInput[] | null;

  @Field(() => Boolean, { nullable: true })
  coDesigned?: boolean | null;

  @Field(() => ParticipationDepthEnum, { nullable: true })
  participationDepth?: ParticipationDepth | null;

  @Field(() => String, { nullable: true })
  objectsUsed?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => [ID], { nullable: true })
  frameworkElementIds?: string[] | null;
}

@InputType({ description: 'A delivered session with its attendance, in one call.' })
export class LogSessionInput extends SessionFieldsInput {
  @Field(() => [AttendanceCellInput], { nullable: true })
  attendance?: AttendanceCellInput[] | null;
}

@InputType({
  description:
    'A session in any status (plan one ahead with PLANNED). Planned and cancelled sessions have no attendance.',
})
export class CreateSessionInput extends LogSessionInput {
  @Field(() => SessionStatusEnum)
  status: SessionStatus;
}

@InputType({
  description:
    'Replaces the session with these details, its links and its attendance (send everything, as the edit form does).',
})
export class UpdateSessionInput extends CreateSessionInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class DeleteSessionInput {
  @Field(() => ID)
  id: string;
}
