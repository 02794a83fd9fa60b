import { permissionsFor } from '@lantern/domain';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { Actor } from '../../platform/auth/actor';
import type { ActorResolver } from '../../platform/auth/actor-resolver';
import { readCookie, SESSION_COOKIE } from '../../platform/auth/cookies';
import { MembersRepository } from '../members/members.repository';
import { UsersRepository } from '../users/users.repository';
import { SessionsService } from './sessions.service';

/** Session cookie -> user -> membership of the current organisation -> Actor. */
@Injectable()
export class SessionActorResolver implements ActorResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly users: UsersRepository,
    private readonly members: MembersRepository,
  ) {}

  async resolve(req: Request): Promise<Actor | null> {
    const token = readCookie(req, SESSION_COOKIE);
    if (!token) return null;
    const session = await this.sessions.resolve(token);
    if (!session) return null;
    const user = await this.users.findById(session.userId);
    if (!user) return null;
    return this.actorFor(
      session.id,
      user,
      session.currentOrganisationId,
      typeof req.id === 'string' ? req.id : null,
    );
  }

  /**
   * The actor for a user working in `organisationId`. If that membership is gone (removed),
   * fall back to the user's oldest remaining membership and remember it on the session.
   */
  async actorFor(
    sessionId: string,
    user: { id: string; name: string },
    organisationId: string | null,
    requestId: string | null,
  ): Promise<Actor> {
    let membership = organisationId
      ? await this.members.findMembership(organisationId, user.id)
      : null;
    if (!membership) {
      membership = (await this.members.forUser(user.id))[0] ?? null;
      if ((membership?.organisationId ?? null) !== organisationId) {
        await this.sessions.setOrganisation(sessionId, membership?.organisationId ?? null);
      }
    }
    return {
      userId: user.id,
      userName: user.name,
      sessionId,
      organisationId: membership?.organisationId ?? null,
      role: membership?.role ?? null,
      permissions: membership ? permissionsFor(membership.role) : [],
      requestId,
    };
  }
}
