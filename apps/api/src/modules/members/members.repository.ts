import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';

/** Memberships and invitations; every method is scoped by organisation id (except token lookups). */
@Injectable()
export class MembersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private memberships(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(MembershipEntity);
  }

  private invitations(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(InvitationEntity);
  }

  listMembers(organisationId: string): Promise<MembershipEntity[]> {
    return this.memberships()
      .createQueryBuilder('membership')
      .innerJoinAndSelect('membership.user', 'user')
      .where('membership.organisation_id = :organisationId', { organisationId })
      .orderBy('lower(user.name)')
      .getMany();
  }

  findMember(
    organisationId: string,
    id: string,
    em?: EntityManager,
  ): Promise<MembershipEntity | null> {
    return this.memberships(em).findOne({
      where: { organisationId, id },
      relations: { user: true },
    });
  }

  findMembership(
    organisationId: string,
    userId: string,
    em?: EntityManager,
  ): Promise<MembershipEntity | null> {
    return this.memberships(em).findOneBy({ organisationId, userId });
  }

  /** Every organisation a user belongs to, with its name, oldest first. */
  forUser(userId: string, em?: EntityManager): Promise<MembershipEntity[]> {
    return this.memberships(em).find({
      where: { userId },
      relations: { organisation: true },
      order: { createdAt: 'ASC' },
    });
  }

  /** Locks the organisation's admin memberships so two concurrent demotions cannot both pass. */
  async lockAdmins(organisationId: string, em: EntityManager): Promise<string[]> {
    const rows = (await em.query(
      `SELECT id FROM memberships WHERE organisation_id = $1 AND role = 'ADMIN' FOR UPDATE`,
      [organisationId],
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }

  insertMembership(
    values: Pick<MembershipEntity, 'organisationId' | 'userId' | 'role'>,
    em: EntityManager,
  ) {
    return this.memberships(em).save(this.memberships(em).create(values));
  }

  saveMembership(membership: MembershipEntity, em: EntityManager): Promise<MembershipEntity> {
    return this.memberships(em).save(membership);
  }

  async deleteMembership(organisationId: string, id: string, em: EntityManager): Promise<void> {
    await this.memberships(em).delete({ organisationId, id });
  }

  listInvitations(organisationId: string): Promise<InvitationEntity[]> {
    return this.invitations().find({
      where: { organisationId, acceptedAt: IsNull() },
      relations: { invitedBy: true },
      order: { createdAt: 'DESC' },
      take: 200,
    });
  }

  findInvitation(
    organisationId: string,
    id: string,
    em?: EntityManager,
  ): Promise<InvitationEntity | null> {
    return this.invitations(em).findOne({
      where: { organisationId, id },
      relations: { invitedBy: true },
    });
  }

  /** By the hash of an emailed token: the token itself is the caller's proof. */
  findInvitationByTokenHash(
    tokenHash: string,
    em?: EntityManager,
    lock = false,
  ): Promise<InvitationEntity | null> {
    return this.invitations(em).findOne({
      where: { tokenHash },
      relations: { organisation: true },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const, tables: ['invitations'] } } : {}),
    });
  }

  findOpenInvitation(organisationId: string, email: string, now: Date, em: EntityManager) {
    return this.invitations(em)
      .createQueryBuilder('invitation')
      .where('invitation.organisation_id = :organisationId AND invitation.email = :email', {
        organisationId,
        email,
      })
      .andWhere(
        'invitation.accepted_at IS NULL AND invitation.revoked_at IS NULL AND invitation.expires_at > :now',
        { now },
      )
      .getOne();
  }

  insertInvitation(
    values: Omit<InvitationEntity, 'id' | 'createdAt' | 'acceptedAt' | 'revokedAt'>,
    em: EntityManager,
  ) {
    return this.invitations(em).save(
      this.invitations(em).create({ ...values, acceptedAt: null, revokedAt: null }),
    );
  }

  saveInvitation(invitation: InvitationEntity, em: EntityManager): Promise<InvitationEntity> {
    return this.invitations(em).save(invitation);
  }
}
