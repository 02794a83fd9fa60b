import { Injectable } from '@nestjs/common';
import type { Actor } from '../../platform/auth/actor';
import { MembersRepository } from '../members/members.repository';
import { OrganisationModel } from '../organisations/organisation.model';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { UserModel } from '../users/user.model';
import { UsersRepository } from '../users/users.repository';
import type { ViewerModel } from './viewer.model';

/** What the signed-in person sees of themselves: `me`, and the answer to sign-in and switching. */
@Injectable()
export class ViewerService {
  constructor(
    private readonly users: UsersRepository,
    private readonly members: MembersRepository,
    private readonly organisations: OrganisationsRepository,
  ) {}

  async viewer(actor: Actor): Promise<ViewerModel> {
    const [user, memberships, organisation] = await Promise.all([
      this.users.findById(actor.userId),
      this.members.forUser(actor.userId),
      actor.organisationId
        ? this.organisations.findById(actor.organisationId)
        : Promise.resolve(null),
    ]);
    if (!user) throw new Error('signed-in user has disappeared');
    return {
      user: UserModel.fromEntity(user),
      memberships: memberships.map((m) => ({
        organisation: { id: m.organisationId, name: m.organisation?.name ?? '' },
        role: m.role,
      })),
      organisation: organisation ? OrganisationModel.fromEntity(organisation) : null,
      role: actor.role,
      permissions: [...actor.permissions],
    };
  }
}
