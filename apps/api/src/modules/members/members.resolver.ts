import type { Role } from '@lantern/domain';
import { Args, Field, ID, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, RequirePermission } from '../../platform/auth/access.decorators';
import type { OrgActor } from '../../platform/auth/actor';
import { CurrentActor } from '../../platform/auth/current-actor.decorator';
import { Clock } from '../../platform/clock/clock';
import { UserModel } from '../users/user.model';
import { InvitationsService } from './invitations.service';
import { InvitationModel, InvitationPreviewModel, MemberModel, RoleEnum } from './member.model';
import type { MembershipEntity } from './membership.entity';
import { MembersService } from './members.service';

@InputType()
export class InviteMemberInput {
  @Field()
  email: string;

  @Field(() => RoleEnum)
  role: Role;
}

@InputType()
export class InvitationIdInput {
  @Field(() => ID)
  id: string;
}

@InputType()
export class ChangeMemberRoleInput {
  @Field(() => ID)
  id: string;

  @Field(() => RoleEnum)
  role: Role;
}

@InputType()
export class RemoveMemberInput {
  @Field(() => ID)
  id: string;
}

function toMember(membership: MembershipEntity, actor: OrgActor): MemberModel {
  return Object.assign(new MemberModel(), {
    id: membership.id,
    user: UserModel.fromEntity(membership.user!),
    role: membership.role,
    joinedAt: membership.createdAt,
    isYou: membership.userId === actor.userId,
  });
}

@Resolver(() => MemberModel)
export class MembersResolver {
  constructor(
    private readonly membersService: MembersService,
    private readonly invitationsService: InvitationsService,
    private readonly clock: Clock,
  ) {}

  @RequirePermission('members.read')
  @Query(() => [MemberModel])
  async members(@CurrentActor() actor: OrgActor): Promise<MemberModel[]> {
    return (await this.membersService.list(actor)).map((m) => toMember(m, actor));
  }

  @RequirePermission('members.manage')
  @Query(() => [InvitationModel], { description: 'Invitations not yet accepted, newest first.' })
  async invitations(@CurrentActor() actor: OrgActor): Promise<InvitationModel[]> {
    const now = this.clock.now();
    return (await this.invitationsService.list(actor)).map((i) =>
      InvitationModel.fromEntity(i, now),
    );
  }

  @Public()
  @Query(() => InvitationPreviewModel)
  async invitationPreview(@Args('token') token: string): Promise<InvitationPreviewModel> {
    return Object.assign(
      new InvitationPreviewModel(),
      await this.invitationsService.preview(token),
    );
  }

  @RequirePermission('members.manage')
  @Mutation(() => InvitationModel)
  async inviteMember(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => InviteMemberInput }) input: InviteMemberInput,
  ): Promise<InvitationModel> {
    return InvitationModel.fromEntity(
      await this.invitationsService.invite(actor, input),
      this.clock.now(),
    );
  }

  @RequirePermission('members.manage')
  @Mutation(() => InvitationModel)
  async resendInvitation(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => InvitationIdInput }) input: InvitationIdInput,
  ): Promise<InvitationModel> {
    return InvitationModel.fromEntity(
      await this.invitationsService.resend(actor, input.id),
      this.clock.now(),
    );
  }

  @RequirePermission('members.manage')
  @Mutation(() => InvitationModel)
  async revokeInvitation(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => InvitationIdInput }) input: InvitationIdInput,
  ): Promise<InvitationModel> {
    return InvitationModel.fromEntity(
      await this.invitationsService.revoke(actor, input.id),
      this.clock.now(),
    );
  }

  @RequirePermission('members.manage')
  @Mutation(() => MemberModel)
  async changeMemberRole(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => ChangeMemberRoleInput }) input: ChangeMemberRoleInput,
  ): Promise<MemberModel> {
    return toMember(await this.membersService.changeRole(actor, input.id, input.role), actor);
  }

  @RequirePermission('members.manage')
  @Mutation(() => MemberModel, {
    description: 'Removes a person from the organisation; returns them as they were.',
  })
  async removeMember(
    @CurrentActor() actor: OrgActor,
    @Args('input', { type: () => RemoveMemberInput }) input: RemoveMemberInput,
  ): Promise<MemberModel> {
    return toMember(await this.membersService.remove(actor, input.id), actor);
  }
}
