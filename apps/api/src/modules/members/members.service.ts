import { ROLE_LABELS, ROLES, type Role } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OrgActor } from '../../platform/auth/actor';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { AuditService, auditedBy } from '../audit/audit.service';
import type { MembershipEntity } from './membership.entity';
import { MembersRepository } from './members.repository';

const LAST_ADMIN = 'Every organisation needs at least one admin: make someone else an admin first.';

/** Who belongs to the museum and in which role. */
@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: MembersRepository,
    private readonly audit: AuditService,
  ) {}

  list(actor: OrgActor): Promise<MembershipEntity[]> {
    return this.repository.listMembers(actor.organisationId);
  }

  async changeRole(actor: OrgActor, rawId: unknown, role: unknown): Promise<MembershipEntity> {
    const id = assertId(rawId, 'Member');
    return this.dataSource.transaction(async (em) => {
      const member = await this.repository.findMember(actor.organisationId, id, em);
      if (!member) throw new NotFoundError('Member');
      if (!ROLES.includes(role as Role))
        throw BadUserInputError.field(['input', 'role'], 'Choose a role');
      const newRole = role as Role;
      if (member.role === newRole) return member;
      if (member.role === 'ADMIN') {
        const admins = await this.repository.lockAdmins(actor.organisationId, em);
        if (admins.length <= 1) throw new ConflictError(LAST_ADMIN);
      }
      const before = member.role;
      member.role = newRole;
      const saved = await this.repository.saveMembership(member, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'member.role_changed',
        entityType: 'membership',
        entityId: member.id,
        summary: `${actor.userName} changed ${member.user?.name ?? 'a member'}'s role from ${ROLE_LABELS[before]} to ${ROLE_LABELS[newRole]}`,
        changes: [{ field: 'role', before, after: newRole }],
      });
      return saved;
    });
  }

  async remove(actor: OrgActor, rawId: unknown): Promise<MembershipEntity> {
    const id = assertId(rawId, 'Member');
    return this.dataSource.transaction(async (em) => {
      const member = await this.repository.findMember(actor.organisationId, id, em);
      if (!member) throw new NotFoundError('Member');
      if (member.role === 'ADMIN') {
        const admins = await this.repository.lockAdmins(actor.organisationId, em);
        if (admins.length <= 1) throw new ConflictError(LAST_ADMIN);
      }
      await this.repository.deleteMembership(actor.organisationId, id, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'member.removed',
        entityType: 'membership',
        entityId: member.id,
        summary: `${actor.userName} removed ${member.user?.name ?? 'a member'} (${ROLE_LABELS[member.role]})`,
        changes: [
          { field: 'user', before: member.user?.email ?? member.userId, after: null },
          { field: 'role', before: member.role, after: null },
        ],
      });
      return member;
    });
  }
}
