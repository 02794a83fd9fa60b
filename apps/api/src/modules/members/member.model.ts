import { INVITATION_STATUSES, ROLES, type InvitationStatus, type Role } from '@lantern/domain';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../platform/graphql/enums';
import { UserModel } from '../users/user.model';
import type { InvitationEntity } from './invitation.entity';

export const RoleEnum = graphqlEnum(ROLES, 'Role');
export const InvitationStatusEnum = graphqlEnum(INVITATION_STATUSES, 'InvitationStatus');

@ObjectType('Member')
export class MemberModel {
  @Field(() => ID, { description: 'The membership id.' })
  id: string;

  @Field(() => UserModel)
  user: UserModel;

  @Field(() => RoleEnum)
  role: Role;

  @Field()
  joinedAt: Date;

  @Field()
  isYou: boolean;
}

export function invitationStatus(invitation: InvitationEntity, now: Date): InvitationStatus {
  if (invitation.revokedAt) return 'REVOKED';
  if (invitation.acceptedAt) return 'ACCEPTED';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'PENDING';
}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;

  @Field(() => UserModel, { nullable: true })
  invitedBy: UserModel | null;

  @Field()
  expiresAt: Date;

  @Field()
  lastSentAt: Date;

  @Field()
  createdAt: Date;

  static fromEntity(entity: InvitationEntity, now: Date): InvitationModel {
    return Object.assign(new InvitationModel(), {
      id: entity.id,
      email: entity.email,
      role: entity.role,
      status: invitationStatus(entity, now),
      invitedBy: entity.invitedBy ? UserModel.fromEntity(entity.invitedBy) : null,
      expiresAt: entity.expiresAt,
      lastSentAt: entity.lastSentAt,
      createdAt: entity.createdAt,
    });
  }
}

@ObjectType('InvitationPreview')
export class InvitationPreviewModel {
  @Field()
  organisationName: string;

  @Field()
  email: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field()
  expiresAt: Date;

  @Field({
    description:
      'True when an account already exists for the email: the person signs in with their password to accept.',
  })
  accountExists: boolean;
}
