import { inviteMemberInputSchema, ROLE_LABELS } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OrgActor } from '../../platform/auth/actor';
import { hashToken, newToken } from '../../platform/auth/tokens';
import { Clock } from '../../platform/clock/clock';
import { AppConfig } from '../../platform/config';
import { BadUserInputError, ConflictError, NotFoundError } from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { parseInput } from '../../platform/graphql/parse-input';
import { invitationMail } from '../../platform/mail/mail-templates';
import { MailOutboxService } from '../../platform/mail/mail-outbox.service';
import { AuditService, auditedBy } from '../audit/audit.service';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { UsersRepository } from '../users/users.repository';
import type { InvitationEntity } from './invitation.entity';
import { invitationStatus } from './member.model';
import { MembersRepository } from './members.repository';

export const INVITATION_DAYS = 7;

/** Explains why a token cannot be used, or returns the open invitation. */
export function usableInvitation(invitation: InvitationEntity | null, now: Date): InvitationEntity {
  if (!invitation) throw new NotFoundError('Invitation');
  const status = invitationStatus(invitation, now);
  const problems = {
    ACCEPTED: 'This invitation has already been used. Sign in instead.',
    REVOKED: 'This invitation was withdrawn. Ask the person who invited you to send a new one.',
    EXPIRED: 'This invitation has expired. Ask the person who invited you to send a new one.',
  } as const;
  if (status !== 'PENDING') throw BadUserInputError.field(['input', 'token'], problems[status]);
  return invitation;
}

/** Emailed, single-use, expiring invitations; the mail is written in the same transaction. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: MembersRepository,
    private readonly users: UsersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly outbox: MailOutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  list(actor: OrgActor): Promise<InvitationEntity[]> {
    return this.repository.listInvitations(actor.organisationId);
  }

  async invite(actor: OrgActor, rawInput: unknown): Promise<InvitationEntity> {
    const { email, role } = parseInput(inviteMemberInputSchema, rawInput);
    const now = this.clock.now();
    const token = newToken();
    const { invitation, mailId } = await this.dataSource.transaction(async (em) => {
      const existingUser = await this.users.findByEmail(email, em);
      if (
        existingUser &&
        (await this.repository.findMembership(actor.organisationId, existingUser.id, em))
      ) {
        throw new ConflictError(`${email} is already a member.`);
      }
      if (await this.repository.findOpenInvitation(actor.organisationId, email, now, em)) {
        throw new ConflictError(`An invitation to ${email} is already waiting: resend it instead.`);
      }
      const invitation = await this.repository.insertInvitation(
        {
          organisationId: actor.organisationId,
          email,
          role,
          tokenHash: hashToken(token),
          invitedByUserId: actor.userId,
          expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
          lastSentAt: now,
        },
        em,
      );
      const mailId = await this.queueMail(actor, invitation, token, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'invitation.created',
        entityType: 'invitation',
        entityId: invitation.id,
        summary: `${actor.userName} invited ${email} as ${ROLE_LABELS[role]}`,
        changes: [
          { field: 'email', before: null, after: email },
          { field: 'role', before: null, after: role },
        ],
      });
      return { invitation, mailId };
    });
    await this.outbox.dispatch([mailId]);
    return (
      (await this.repository.findInvitation(actor.organisationId, invitation.id)) ?? invitation
    );
  }

  /** A new link (the old one stops working) and a fresh expiry. */
  async resend(actor: OrgActor, rawId: unknown): Promise<InvitationEntity> {
    const id = assertId(rawId, 'Invitation');
    const now = this.clock.now();
    const token = newToken();
    const { invitation, mailId } = await this.dataSource.transaction(async (em) => {
      const invitation = await this.repository.findInvitation(actor.organisationId, id, em);
      if (!invitation) throw new NotFoundError('Invitation');
      if (invitation.acceptedAt)
        throw new ConflictError('This invitation has already been accepted.');
      if (invitation.revokedAt)
        throw new ConflictError('This invitation was withdrawn: invite the person again.');
      const before = { expiresAt: invitation.expiresAt.toISOString() };
      invitation.tokenHash = hashToken(token);
      invitation.expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
      invitation.lastSentAt = now;
      await this.repository.saveInvitation(invitation, em);
      const mailId = await this.queueMail(actor, invitation, token, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'invitation.resent',
        entityType: 'invitation',
        entityId: invitation.id,
        summary: `${actor.userName} resent the invitation to ${invitation.email}`,
        changes: [
          {
            field: 'expiresAt',
            before: before.expiresAt,
            after: invitation.expiresAt.toISOString(),
          },
        ],
      });
      return { invitation, mailId };
    });
    await this.outbox.dispatch([mailId]);
    return invitation;
  }

  async revoke(actor: OrgActor, rawId: unknown): Promise<InvitationEntity> {
    const id = assertId(rawId, 'Invitation');
    return this.dataSource.transaction(async (em) => {
      const invitation = await this.repository.findInvitation(actor.organisationId, id, em);
      if (!invitation) throw new NotFoundError('Invitation');
      if (invitation.acceptedAt)
        throw new ConflictError(
          'This invitation has already been accepted: remove the member instead.',
        );
      if (invitation.revokedAt) return invitation;
      invitation.revokedAt = this.clock.now();
      await this.repository.saveInvitation(invitation, em);
      await this.audit.record(em, {
        ...auditedBy(actor),
        action: 'invitation.revoked',
        entityType: 'invitation',
        entityId: invitation.id,
        summary: `${actor.userName} withdrew the invitation to ${invitation.email}`,
        changes: [{ field: 'revokedAt', before: null, after: invitation.revokedAt.toISOString() }],
      });
      return invitation;
    });
  }

  /** What the accept page shows. The token is the proof; no sign-in needed. */
  async preview(token: string) {
    const invitation = usableInvitation(
      await this.repository.findInvitationByTokenHash(hashToken(token)),
      this.clock.now(),
    );
    const user = await this.users.findByEmail(invitation.email);
    return {
      organisationName: invitation.organisation?.name ?? '',
      email: invitation.email,
      role: invitation.role,
      expiresAt: invitation.expiresAt,
      accountExists: !!user,
    };
  }

  private async queueMail(
    actor: OrgActor,
    invitation: InvitationEntity,
    token: string,
    em: import('typeorm').EntityManager,
  ) {
    const organisation = await this.organisations.findById(actor.organisationId, em);
    const mail = invitationMail({
      organisationName: organisation?.name ?? 'your museum',
      inviterName: actor.userName,
      roleLabel: ROLE_LABELS[invitation.role],
      link: `${this.config.appUrl}/accept-invitation?token=${encodeURIComponent(token)}`,
      expiresAt: invitation.expiresAt,
    });
    const row = await this.outbox.enqueue(em, {
      organisationId: actor.organisationId,
      kind: 'invitation',
      to: invitation.email,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
    return row.id;
  }
}
