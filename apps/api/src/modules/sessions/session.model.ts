import {
  AGE_BANDS,
  COUNT_KINDS,
  DELIVERY_MODES,
  FACILITATOR_TYPES,
  KEY_STAGES,
  PARTICIPATION_DEPTHS,
  SESSION_FORMATS,
  SESSION_STATUSES,
  type AgeBand,
  type AudienceType,
  type CountKind,
  type DeliveryMode,
  type DeprivationIndex,
  type FacilitatorType,
  type KeyStage,
  type ParticipationDepth,
  type SessionFormat,
  type SessionStatus,
} from '@lantern/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../platform/graphql/enums';
import { LocalDateScalar } from '../../platform/graphql/local-date.scalar';
import { PageInfoModel } from '../../platform/graphql/pagination';
import { SiteModel } from '../organisations/organisation.model';
import { DeprivationIndexEnum } from '../deprivation/deprivation.model';
import { PartnerModel } from '../partners/partner.model';
import { AudienceTypeEnum } from '../programmes/programme.model';
import { UserModel } from '../users/user.model';
import type {
  SessionAttendanceEntity,
  SessionEntity,
  SessionFacilitatorEntity,
} from './session.entity';

export const SessionFormatEnum = graphqlEnum(SESSION_FORMATS, 'SessionFormat');
export const DeliveryModeEnum = graphqlEnum(DELIVERY_MODES, 'DeliveryMode');
export const SessionStatusEnum = graphqlEnum(SESSION_STATUSES, 'SessionStatus');
export const FacilitatorTypeEnum = graphqlEnum(FACILITATOR_TYPES, 'FacilitatorType');
export const ParticipationDepthEnum = graphqlEnum(PARTICIPATION_DEPTHS, 'ParticipationDepth');
export const AgeBandEnum = graphqlEnum(AGE_BANDS, 'AgeBand');
export const KeyStageEnum = graphqlEnum(KEY_STAGES, 'KeyStage');
export const CountKindEnum = graphqlEnum(COUNT_KINDS, 'CountKind');

/** "10:00:00" (PostgreSQL time) -> "10:00", the form the API takes and gives. */
export function hhmm(time: string | null): string | null {
  return time ? time.slice(0, 5) : null;
}

@ObjectType('AttendanceCell', {
  description:
    'One cell of the attendance grid: an audience by age band or key stage, with optional first-time, SEND and deprivation decile. Counts are attendances, not unique people.',
})
export class AttendanceCellModel {
  @Field(() => ID, { nullable: true, description: 'Null in a template (sessionDefaults).' })
  id: string | null;

  @Field(() => AudienceTypeEnum)
  audienceType: AudienceType;

  @Field(() => AgeBandEnum, { nullable: true })
  ageBand: AgeBand | null;

  @Field(() => KeyStageEnum, { nullable: true })
  keyStage: KeyStage | null;

  @Field(() => Int)
  count: number;

  @Field(() => CountKindEnum)
  countKind: CountKind;

  @Field(() => Boolean, { nullable: true })
  firstTime: boolean | null;

  @Field(() => Boolean, { nullable: true })
  send: boolean | null;

  @Field(() => Int, { nullable: true })
  deprivationDecile: number | null;

  @Field(() => DeprivationIndexEnum, { nullable: true })
  deprivationIndex: DeprivationIndex | null;

  static fromEntity(entity: SessionAttendanceEntity): AttendanceCellModel {
    return Object.assign(new AttendanceCellModel(), {
      id: entity.id,
      audienceType: entity.audienceType,
      ageBand: entity.ageBand,
      keyStage: entity.keyStage,
      count: entity.count,
      countKind: entity.countKind,
      firstTime: entity.firstTime,
      send: entity.send,
      deprivationDecile: entity.deprivationDecile,
      deprivationIndex: entity.deprivationIndex,
    });
  }

  /** The same cell with nothing counted yet: what "Log a session" starts from. */
  static template(
    cell: Pick<AttendanceCellModel, 'audienceType'> & Partial<AttendanceCellModel>,
  ): AttendanceCellModel {
    return Object.assign(new AttendanceCellModel(), {
      id: null,
      audienceType: cell.audienceType,
      ageBand: cell.ageBand ?? null,
      keyStage: cell.keyStage ?? null,
      count: 0,
      countKind: cell.countKind ?? 'HEADCOUNT',
      firstTime: cell.firstTime ?? null,
      send: cell.send ?? null,
      deprivationDecile: cell.deprivationDecile ?? null,
      deprivationIndex: cell.deprivationIndex ?? null,
    });
  }
}

@ObjectType('SessionFacilitator', {
  description: 'Who led a session; the name is kept even if the account is later removed.',
})
export class SessionFacilitatorModel {
  @Field(() => FacilitatorTypeEnum)
  type: FacilitatorType;

  @Field()
  name: string;

  @Field(() => UserModel, {
    nullable: true,
    description: 'Their account, for staff who have one (loaded with the facilitators).',
  })
  user: UserModel | null;

  static fromEntity(
    entity: Pick<SessionFacilitatorEntity, 'type' | 'name' | 'userId' | 'user'>,
  ): SessionFacilitatorModel {
    return Object.assign(new SessionFacilitatorModel(), {
      type: entity.type,
      name: entity.name,
      user: entity.user ? UserModel.fromEntity(entity.user) : null,
    });
  }
}

@ObjectType('Session', { description: 'One occurrence of a programme, with who came.' })
export class SessionModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => LocalDateScalar)
  date: string;

  @Field(() => String, { nullable: true, description: 'Local start time, HH:MM.' })
  startTime: string | null;

  @Field(() => Int, { nullable: true })
  durationMinutes: number | null;

  @Field(() => SessionFormatEnum)
  format: SessionFormat;

  @Field(() => DeliveryModeEnum)
  deliveryMode: DeliveryMode;

  @Field(() => SessionStatusEnum)
  status: SessionStatus;

  @Field(() => String, { nullable: true })
  outreachPostcode: string | null;

  @Field(() => String, { nullable: true })
  onlinePlatform: string | null;

  @Field()
  coDesigned: boolean;

  @Field(() => ParticipationDepthEnum, { nullable: true })
  participationDepth: ParticipationDepth | null;

  @Field(() => String, { nullable: true })
  objectsUsed: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Decile of the area reached (the outreach postcode, else the first partner's by name); null when unknown.",
  })
  deprivationDecile: number | null;

  @Field(() => DeprivationIndexEnum, { nullable: true })
  deprivationIndex: DeprivationIndex | null;

  @Field(() => Int, { description: 'Sum of the attendance cells: attendances, not unique people.' })
  attendanceTotal: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  programmeId: string;
  siteId: string | null;
  createdByUserId: string | null;

  static fromEntity(entity: SessionEntity): SessionModel {
    return Object.assign(new SessionModel(), {
      id: entity.id,
      title: entity.title,
      date: entity.date,
      startTime: hhmm(entity.startTime),
      durationMinutes: entity.durationMinutes,
      format: entity.format,
      deliveryMode: entity.deliveryMode,
      status: entity.status,
      outreachPostcode: entity.outreachPostcode,
      onlinePlatform: entity.onlinePlatform,
      coDesigned: entity.coDesigned,
      participationDepth: entity.participationDepth,
      objectsUsed: entity.objectsUsed,
      notes: entity.notes,
      deprivationDecile: entity.deprivationDecile,
      deprivationIndex: entity.deprivationIndex,
      attendanceTotal: entity.attendanceTotal,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      programmeId: entity.programmeId,
      siteId: entity.siteId,
      createdByUserId: entity.createdByUserId,
    });
  }
}

@ObjectType('SessionEdge')
export class SessionEdgeModel {
  @Field()
  cursor: string;

  @Field(() => SessionModel)
  node: SessionModel;
}

/** A value or its promise: GraphQL awaits either (totals are counted only when asked for). */
export type Awaitable<T> = T | Promise<T>;

@ObjectType('SessionConnection')
export class SessionConnectionModel {
  @Field(() => [SessionEdgeModel])
  edges: SessionEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;

  @Field(() => Int, { description: 'Sessions matching the filter, on every page.' })
  totalCount: Awaitable<number>;

  @Field(() => Int, {
    description: 'Attendances (not unique people) of the sessions matching the filter.',
  })
  totalAttendance: Awaitable<number>;
}

@ObjectType('SessionDefaults', {
  description:
    'What "Log a session" pre-fills for a programme: from the programme (its only site, a format for its strand, its target audiences) and from the caller\'s last session in it.',
})
export class SessionDefaultsModel {
  @Field(() => ID)
  programmeId: string;

  @Field(() => LocalDateScalar, { description: "Today in the museum's time zone." })
  date: string;

  @Field(() => String, { nullable: true })
  startTime: string | null;

  @Field(() => Int, { nullable: true })
  durationMinutes: number | null;

  @Field(() => SessionFormatEnum)
  format: SessionFormat;

  @Field(() => DeliveryModeEnum)
  deliveryMode: DeliveryMode;

  @Field(() => ID, { nullable: true })
  siteId: string | null;

  @Field(() => SiteModel, { nullable: true })
  site: SiteModel | null;

  @Field(() => [ID])
  partnerIds: string[];

  @Field(() => [PartnerModel])
  partners: PartnerModel[];

  @Field(() => [SessionFacilitatorModel])
  facilitators: SessionFacilitatorModel[];

  @Field(() => [AttendanceCellModel], { description: 'Cells to fill in, with counts at 0.' })
  attendance: AttendanceCellModel[];

  @Field(() => ID, {
    nullable: true,
    description: 'The session these came from, when the caller has logged one in the programme.',
  })
  fromSessionId: string | null;
}
