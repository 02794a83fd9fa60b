import type { Role } from '@lantern/domain';
import { Field, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../members/member.model';
import { OrganisationModel, OrganisationSummaryModel } from '../organisations/organisation.model';
import { UserModel } from '../users/user.model';

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => OrganisationSummaryModel)
  organisation: OrganisationSummaryModel;

  @Field(() => RoleEnum)
  role: Role;
}

@ObjectType('Viewer')
export class ViewerModel {
  @Field(() => UserModel)
  user: UserModel;

  @Field(() => [MembershipModel])
  memberships: MembershipModel[];

  @Field(() => OrganisationModel, {
    nullable: true,
    description: 'The current organisation; null only for an account with no membership left.',
  })
  organisation: OrganisationModel | null;

  @Field(() => RoleEnum, { nullable: true })
  role: Role | null;

  @Field(() => [String], {
    description:
      'Permission names from libs/domain (ROLE_PERMISSIONS) for the role in the current organisation.',
  })
  permissions: string[];
}
