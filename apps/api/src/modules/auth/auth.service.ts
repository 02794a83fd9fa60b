import { randomBytes } from 'node:crypto';
import {
  acceptInvitationInputSchema,
  passwordSchema,
  requestPasswordResetInputSchema,
  resetPasswordInputSchema,
  ROLE_LABELS,
  signInInputSchema,
  signUpInputSchema,
  ORGANISATION_DEFAULTS,
  permissionsFor,
} from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor, RequestMeta } from '../../platform/auth/actor';
import { isCommonPassword } from '../../platform/auth/common-passwords';
import { PasswordHasher } from '../../platform/auth/password-hasher';
import { RateLimiter } from '../../platform/auth/rate-limiter.service';
import { hashToken, newToken } from '../../platform/auth/tokens';
import { Clock } from '../../platform/clock/clock';
import { AppConfig } from '../../platform/config';
import {
  BadUserInputError,
  ConflictError,
  NotFoundError,
  UnauthenticatedError,
} from '../../platform/graphql/app-errors';
import { assertId } from '../../platform/graphql/ids';
import { parseInput } from '../../platform/graphql/parse-input';
import { passwordResetMail } from '../../platform/mail/mail-templates';
import { MailOutboxService } from '../../platform/mail/mail-outbox.service';
import { AuditService, type AuditRecord } from '../audit/audit.service';
import { usableInvitation } from '../members/invitations.service';
import { MembersRepository } from '../members/members.repository';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import type { UserEntity } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { PasswordResetEntity } from './password-reset.entity';
import { SessionActorResolver } from './session-actor.resolver';
import { SessionsService } from './sessions.service';

const WRONG_CREDENTIALS = 'Email or password is incorrect.';
const RESET_MINUTES = 60;

export interface SignedIn {
  token: string;
  actor: Actor;
}

function slugify(name: string): string {
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return `${base || 'organisation'}-${randomBytes(3).toString('hex')}`;
}

/** Sign-up, sign-in, sessions, invitations being accepted, password resets. */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly members: MembersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly sessions: SessionsService,
    private readonly actors: SessionActorResolver,
    private readonly hasher: PasswordHasher,
    private readonly rateLimiter: RateLimiter,
    private readonly outbox: MailOutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Length is checked by zod; this adds the common-password list. */
  private checkPasswordStrength(password: string, path: string[] = ['input', 'password']): void {
    if (isCommonPassword(password)) {
      throw BadUserInputError.field(
        path,
        'This password is too common. Choose one that is harder to guess.',
      );
    }
  }

  async signUp(meta: RequestMeta, rawInput: unknown): Promise<SignedIn> {
    const input = parseInput(signUpInputSchema, rawInput);
    await this.rateLimiter.consume('sign-up', [`ip:${meta.ip}`, `account:${input.email}`]);
    this.checkPasswordStrength(input.password);
    const passwordHash = await this.hasher.hash(input.password);

    return this.dataSource.transaction(async (em) => {
      if (await this.users.findByEmail(input.email, em)) {
        throw new ConflictError(
          'An account with this email already exists. Sign in instead, or reset your password.',
        );
      }
      const user = await this.users.insert(
        { email: input.email, name: input.name, passwordHash },
        em,
      );
      const organisation = await this.organisations.insert(
        {
          name: input.organisationName,
          slug: slugify(input.organisationName),
          kind: input.organisationKind,
          nation: input.nation,
          ...ORGANISATION_DEFAULTS,
          academicYearStartMonth:
            input.nation === 'SCOTLAND' ? 8 : ORGANISATION_DEFAULTS.academicYearStartMonth,
        },
        em,
      );
      const membership = await this.members.insertMembership(
        { organisationId: organisation.id, userId: user.id, role: 'ADMIN' },
        em,
      );
      const base = {
        organisationId: organisation.id,
        actorUserId: user.id,
        requestId: meta.requestId,
      };
      await this.audit.record(em, {
        ...base,
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: organisation.id,
        summary: `${user.name} created ${organisation.name} on Lantern`,
        changes: [{ field: 'name', before: null, after: organisation.name }],
      });
      await this.audit.record(em, {
        ...base,
        action: 'member.joined',
        entityType: 'membership',
        entityId: membership.id,
        summary: `${user.name} joined as Admin`,
        changes: [{ field: 'role', before: null, after: 'ADMIN' }],
      });
      return this.startSession(em, user, organisation.id, meta);
    });
  }

  async signIn(meta: RequestMeta, rawInput: unknown): Promise<SignedIn> {
    const input = parseInput(signInInputSchema, rawInput);
    await this.rateLimiter.consume('sign-in', [`ip:${meta.ip}`, `account:${input.email}`]);
    const user = await this.users.findByEmail(input.email);
    const ok = user
      ? await this.hasher.verify(user.passwordHash, input.password)
      : await this.hasher.verifyNothing(input.password);
    if (!user || !ok) throw new UnauthenticatedError(WRONG_CREDENTIALS);

    return this.dataSource.transaction(async (em) => {
      const organisationId = (await this.members.forUser(user.id, em))[0]?.organisationId ?? null;
      await this.users.touchSignIn(user.id, this.clock.now(), em);
      if (organisationId) {
        await this.audit.record(em, {
          organisationId,
          actorUserId: user.id,
          requestId: meta.requestId,
          action: 'auth.signed_in',
          entityType: 'user',
          entityId: user.id,
          summary: `${user.name} signed in`,
        });
      }
      return this.startSession(em, user, organisationId, meta);
    });
  }

  async signOut(actor: Actor | null, token: string | null): Promise<void> {
    if (!actor) {
      if (token) {
        const session = await this.sessions.resolve(token);
        if (session) await this.sessions.revoke(session.id);
      }
      return;
    }
    await this.dataSource.transaction(async (em) => {
      await this.sessions.revoke(actor.sessionId, em);
      if (actor.organisationId) {
        await this.audit.record(em, {
          ...this.who(actor),
          action: 'auth.signed_out',
          entityType: 'user',
          entityId: actor.userId,
          summary: `${actor.userName} signed out`,
        });
      }
    });
  }

  async signOutEverywhere(actor: Actor): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const count = await this.sessions.revokeAllForUser(actor.userId, em);
      if (actor.organisationId) {
        await this.audit.record(em, {
          ...this.who(actor),
          action: 'auth.signed_out_everywhere',
          entityType: 'user',
          entityId: actor.userId,
          summary: `${actor.userName} signed out on every device (${count} session${count === 1 ? '' : 's'})`,
        });
      }
      return count;
    });
  }

  async switchOrganisation(actor: Actor, rawId: unknown): Promise<Actor> {
    const organisationId = assertId(rawId, 'Organisation');
    await this.dataSource.transaction(async (em) => {
      const membership = await this.members.findMembership(organisationId, actor.userId, em);
      if (!membership) throw new NotFoundError('Organisation');
      await this.sessions.setOrganisation(actor.sessionId, organisationId, em);
      await this.audit.record(em, {
        organisationId,
        actorUserId: actor.userId,
        requestId: actor.requestId,
        action: 'auth.switched_organisation',
        entityType: 'user',
        entityId: actor.userId,
        summary: `${actor.userName} switched to this organisation`,
      });
    });
    return this.actors.actorFor(
      actor.sessionId,
      { id: actor.userId, name: actor.userName },
      organisationId,
      actor.requestId,
    );
  }

  /**
   * Accepting an invitation: a new account (name + password) or, when one exists for the
   * invited email, that account's password. Either way the person ends up signed in.
   */
  async acceptInvitation(meta: RequestMeta, rawInput: unknown): Promise<SignedIn> {
    const input = parseInput(acceptInvitationInputSchema, rawInput);
    await this.rateLimiter.consume('accept-invitation', [`ip:${meta.ip}`]);
    const tokenHash = hashToken(input.token);
    const preflight = usableInvitation(
      await this.members.findInvitationByTokenHash(tokenHash),
      this.clock.now(),
    );
    const existing = await this.users.findByEmail(preflight.email);

    let newPasswordHash: string | null = null;
    if (existing) {
      const ok = input.password
        ? await this.hasher.verify(existing.passwordHash, input.password)
        : false;
      if (!ok)
        throw BadUserInputError.field(
          ['input', 'password'],
          `Enter the password of your Lantern account (${preflight.email}).`,
        );
    } else {
      const fieldErrors = [];
      if (!input.name) fieldErrors.push({ path: ['input', 'name'], message: 'Enter your name' });
      const password = passwordSchema.safeParse(input.password ?? '');
      if (!password.success)
        fieldErrors.push({
          path: ['input', 'password'],
          message: password.error.issues[0]?.message ?? 'Choose a password',
        });
      if (fieldErrors.length) throw new BadUserInputError(fieldErrors);
      this.checkPasswordStrength(input.password ?? '');
      newPasswordHash = await this.hasher.hash(input.password ?? '');
    }

    return this.dataSource.transaction(async (em) => {
      // Lock the invitation: two clicks on the same link must not both succeed.
      const invitation = usableInvitation(
        await this.members.findInvitationByTokenHash(tokenHash, em, true),
        this.clock.now(),
      );
      const user =
        existing ??
        (await this.users.insert(
          { email: invitation.email, name: input.name ?? '', passwordHash: newPasswordHash ?? '' },
          em,
        ));
      if (await this.members.findMembership(invitation.organisationId, user.id, em)) {
        throw new ConflictError('You are already a member of this organisation. Sign in instead.');
      }
      const membership = await this.members.insertMembership(
        { organisationId: invitation.organisationId, userId: user.id, role: invitation.role },
        em,
      );
      invitation.acceptedAt = this.clock.now();
      await this.members.saveInvitation(invitation, em);
      await this.audit.record(em, {
        organisationId: invitation.organisationId,
        actorUserId: user.id,
        requestId: meta.requestId,
        action: 'member.joined',
        entityType: 'membership',
        entityId: membership.id,
        summary: `${user.name} accepted an invitation and joined as ${ROLE_LABELS[invitation.role]}`,
        changes: [{ field: 'role', before: null, after: invitation.role }],
      });
      return this.startSession(em, user, invitation.organisationId, meta);
    });
  }

  /** Always succeeds from the caller's point of view, so it cannot be used to find accounts. */
  async requestPasswordReset(meta: RequestMeta, rawInput: unknown): Promise<void> {
    const { email } = parseInput(requestPasswordResetInputSchema, rawInput);
    await this.rateLimiter.consume('password-reset', [`ip:${meta.ip}`, `account:${email}`]);
    const user = await this.users.findByEmail(email);
    if (!user) return;
    const token = newToken();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + RESET_MINUTES * 60_000);
    const mailId = await this.dataSource.transaction(async (em) => {
      await em
        .getRepository(PasswordResetEntity)
        .insert({ userId: user.id, tokenHash: hashToken(token), expiresAt, usedAt: null });
      const mail = passwordResetMail({
        link: `${this.config.appUrl}/reset-password?token=${encodeURIComponent(token)}`,
        expiresAt,
      });
      const row = await this.outbox.enqueue(em, {
        organisationId: null,
        kind: 'password-reset',
        to: user.email,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      });
      await this.recordForUser(em, user, {
        requestId: meta.requestId,
        action: 'auth.password_reset_requested',
        entityType: 'user',
        entityId: user.id,
        summary: `A password reset was requested for ${user.name}`,
      });
      return row.id;
    });
    await this.outbox.dispatch([mailId]);
  }

  /** Sets the new password, uses up the link and signs the person out everywhere. */
  async resetPassword(meta: RequestMeta, rawInput: unknown): Promise<void> {
    const input = parseInput(resetPasswordInputSchema, rawInput);
    await this.rateLimiter.consume('password-reset', [`ip:${meta.ip}`]);
    this.checkPasswordStrength(input.password);
    const passwordHash = await this.hasher.hash(input.password);
    await this.dataSource.transaction(async (em) => {
      const reset = await em.getRepository(PasswordResetEntity).findOne({
        where: { tokenHash: hashToken(input.token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reset)
        throw BadUserInputError.field(
          ['input', 'token'],
          'This reset link is not valid. Ask for a new one.',
        );
      if (reset.usedAt)
        throw BadUserInputError.field(
          ['input', 'token'],
          'This reset link has already been used. Ask for a new one.',
        );
      if (reset.expiresAt.getTime() <= this.clock.now().getTime()) {
        throw BadUserInputError.field(
          ['input', 'token'],
          'This reset link has expired. Ask for a new one.',
        );
      }
      const user = await this.users.findById(reset.userId, em);
      if (!user)
        throw BadUserInputError.field(
          ['input', 'token'],
          'This reset link is not valid. Ask for a new one.',
        );
      reset.usedAt = this.clock.now();
      await em.getRepository(PasswordResetEntity).save(reset);
      await this.users.setPassword(user.id, passwordHash, em);
      await this.sessions.revokeAllForUser(user.id, em);
      await this.recordForUser(em, user, {
        requestId: meta.requestId,
        action: 'auth.password_reset',
        entityType: 'user',
        entityId: user.id,
        summary: `${user.name} set a new password (signed out on every device)`,
      });
    });
  }

  private async startSession(
    em: EntityManager,
    user: UserEntity,
    organisationId: string | null,
    meta: RequestMeta,
  ): Promise<SignedIn> {
    const { token, session } = await this.sessions.create(em, user.id, organisationId, meta);
    const membership = organisationId
      ? await this.members.findMembership(organisationId, user.id, em)
      : null;
    return {
      token,
      actor: {
        userId: user.id,
        userName: user.name,
        sessionId: session.id,
        organisationId,
        role: membership?.role ?? null,
        permissions: membership ? permissionsFor(membership.role) : [],
        requestId: meta.requestId,
      },
    };
  }

  /** Account-level events go into the audit trail of every organisation the person belongs to. */
  private async recordForUser(
    em: EntityManager,
    user: UserEntity,
    event: Omit<AuditRecord, 'organisationId' | 'actorUserId'>,
  ) {
    for (const membership of await this.members.forUser(user.id, em)) {
      await this.audit.record(em, {
        ...event,
        organisationId: membership.organisationId,
        actorUserId: user.id,
      });
    }
  }

  private who(actor: Actor) {
    return {
      organisationId: actor.organisationId ?? '',
      actorUserId: actor.userId,
      requestId: actor.requestId,
    };
  }
}
