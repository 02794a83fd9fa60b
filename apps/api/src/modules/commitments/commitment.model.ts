import {
  ACTION_LOG_BREAKS,
  COMMITMENT_STATUSES,
  type ActionLogBreak,
  type CommitmentStatus,
} from '@lantern/domain';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../platform/graphql/enums';
import { LocalDateScalar } from '../../platform/graphql/local-date.scalar';
import { PageInfoModel } from '../../platform/graphql/pagination';
import type { ActionEntryEntity } from './action-entry.entity';
import type { CommitmentEntity } from './commitment.entity';

export const CommitmentStatusEnum = graphqlEnum(COMMITMENT_STATUSES, 'CommitmentStatus');
export const ActionLogBreakEnum = graphqlEnum(ACTION_LOG_BREAKS, 'ActionLogBreak');
export const SayDoGapReasonEnum = graphqlEnum(
  ['NO_RECENT_ACTION', 'REVIEW_OVERDUE'] as const,
  'SayDoGapReason',
);

@ObjectType('SayDoGap', { description: 'Why an open commitment shows a say/do gap.' })
export class SayDoGapModel {
  @Field(() => SayDoGapReasonEnum)
  reason: 'NO_RECENT_ACTION' | 'REVIEW_OVERDUE';

  @Field()
  message: string;
}

@ObjectType('CommitmentOwner')
export class CommitmentOwnerModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('Commitment', {
  description: 'What the museum commits to under a framework element, with its action trail.',
})
export class CommitmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  frameworkElementId: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => ID, { nullable: true })
  ownerId: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  reviewDate: string | null;

  @Field(() => Int, { description: 'Days without an action before a say/do gap shows.' })
  reviewWindowDays: number;

  @Field(() => CommitmentStatusEnum)
  status: CommitmentStatus;

  @Field(() => [ID], { description: 'Indicators that measure it.' })
  indicatorIds: string[];

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  static fromEntity(entity: CommitmentEntity): CommitmentModel {
    return Object.assign(new CommitmentModel(), {
      id: entity.id,
      frameworkElementId: entity.elementId,
      title: entity.title,
      description: entity.description,
      ownerId: entity.ownerUserId,
      reviewDate: entity.reviewDate,
      reviewWindowDays: entity.reviewWindowDays,
      status: entity.status,
      indicatorIds: entity.indicatorIds,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

@ObjectType('ActionEntry', {
  description:
    'A dated entry of the action log. Entries never change: a correction is a new entry that amends an earlier one.',
})
export class ActionEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Position in the museum’s log (1, 2, 3, ...).' })
  sequence: number;

  @Field(() => ID)
  commitmentId: string;

  @Field(() => LocalDateScalar)
  occurredOn: string;

  @Field()
  whatWasDone: string;

  @Field(() => String, { nullable: true })
  withWhom: string | null;

  @Field(() => [ID], { description: 'Evidence it points to (some may since have been deleted).' })
  evidenceIds: string[];

  @Field(() => String, { nullable: true })
  observedEffect: string | null;

  @Field(() => String, { nullable: true })
  nextStep: string | null;

  @Field(() => ID, { nullable: true, description: 'The earlier entry this one corrects.' })
  amendsId: string | null;

  @Field()
  authorName: string;

  @Field()
  recordedAt: Date;

  @Field({ description: 'SHA-256 of the previous entry (64 zeros for the first).' })
  prevHash: string;

  @Field({ description: 'SHA-256 over this entry’s content, sequence and prevHash.' })
  hash: string;

  static fromEntity(entity: ActionEntryEntity): ActionEntryModel {
    return Object.assign(new ActionEntryModel(), {
      id: entity.id,
      sequence: entity.sequence,
      commitmentId: entity.commitmentId,
      occurredOn: entity.occurredOn,
      whatWasDone: entity.whatWasDone,
      withWhom: entity.withWhom,
      evidenceIds: entity.evidenceIds,
      observedEffect: entity.observedEffect,
      nextStep: entity.nextStep,
      amendsId: entity.amendsId,
      authorName: entity.authorName,
      recordedAt: entity.recordedAt,
      prevHash: entity.prevHash,
      hash: entity.hash,
    });
  }
}

@ObjectType('ActionEntryEdge')
export class ActionEntryEdgeModel {
  @Field()
  cursor: string;

  @Field(() => ActionEntryModel)
  node: ActionEntryModel;
}

@ObjectType('ActionEntryConnection')
export class ActionEntryConnectionModel {
  @Field(() => [ActionEntryEdgeModel])
  edges: ActionEntryEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo: PageInfoModel;

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('ActionLogBreakDetail')
export class ActionLogBreakModel {
  @Field(() => Int)
  sequence: number;

  @Field(() => ID)
  entryId: string;

  @Field(() => ActionLogBreakEnum)
  reason: ActionLogBreak;

  @Field()
  message: string;
}

@ObjectType('ActionLogVerification', {
  description: 'The result of recomputing every hash of the museum’s action log in order.',
})
export class ActionLogVerificationModel {
  @Field()
  ok: boolean;

  @Field(() => Int)
  checkedCount: number;

  @Field(() => ActionLogBreakModel, { nullable: true })
  firstBreak: ActionLogBreakModel | null;

  @Field()
  verifiedAt: Date;
}

@ObjectType('SayDoGapItem')
export class SayDoGapItemModel {
  @Field(() => CommitmentModel)
  commitment: CommitmentModel;

  @Field(() => SayDoGapReasonEnum)
  reason: 'NO_RECENT_ACTION' | 'REVIEW_OVERDUE';

  @Field()
  message: string;

  @Field(() => LocalDateScalar, { nullable: true })
  lastActionOn: string | null;
}

@InputType()
export class CommitmentFilterInput {
  @Field(() => CommitmentStatusEnum, { nullable: true })
  status?: CommitmentStatus | null;

  @Field(() => ID, { nullable: true })
  frameworkElementId?: string | null;
}

@InputType()
export class CreateCommitmentInput {
  @Field(() => ID)
  frameworkElementId: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'A member of the museum.' })
  ownerId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  reviewDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default 90.' })
  reviewWindowDays?: number | null;

  @Field(() => CommitmentStatusEnum, { nullable: true, description: 'Default PLANNED.' })
  status?: CommitmentStatus | null;

  @Field(() => [ID], { nullable: true })
  indicatorIds?: string[] | null;
}

@InputType({ description: 'Replaces the commitment with these details.' })
export class UpdateCommitmentInput extends CreateCommitmentInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class DeleteCommitmentInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class AppendActionInput {
  @Field(() => ID)
  commitmentId: string;

  @Field(() => LocalDateScalar)
  occurredOn: string;

  @Field()
  whatWasDone: string;

  @Field(() => String, { nullable: true })
  withWhom?: string | null;

  @Field(() => [ID], { nullable: true })
  evidenceIds?: string[] | null;

  @Field(() => String, { nullable: true })
  observedEffect?: string | null;

  @Field(() => String, { nullable: true })
  nextStep?: string | null;
}

@InputType({
  description: 'A correction: a new entry, for the same commitment, that amends an earlier one.',
})
export class AmendActionInput {
  @Field(() => ID, { description: 'The entry being corrected.' })
  amendsId: string;

  @Field(() => LocalDateScalar)
  occurredOn: string;

  @Field()
  whatWasDone: string;

  @Field(() => String, { nullable: true })
  withWhom?: string | null;

  @Field(() => [ID], { nullable: true })
  evidenceIds?: string[] | null;

  @Field(() => String, { nullable: true })
  observedEffect?: string | null;

  @Field(() => String, { nullable: true })
  nextStep?: string | null;
}
