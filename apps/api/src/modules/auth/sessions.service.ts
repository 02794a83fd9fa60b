import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { RequestMeta } from '../../platform/auth/actor';
import { hashToken, newToken } from '../../platform/auth/tokens';
import { Clock } from '../../platform/clock/clock';
import { AppConfig } from '../../platform/config';
import { UserSessionEntity } from './user-session.entity';

const TOUCH_EVERY_MS = 60_000;

/** Server-side sessions: opaque cookie token, stored hashed, idle and absolute expiry, revocable. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  private repo(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(UserSessionEntity);
  }

  get maxAgeMs(): number {
    return this.config.sessionAbsoluteDays * 86_400_000;
  }

  async create(
    em: EntityManager,
    userId: string,
    organisationId: string | null,
    meta: RequestMeta,
  ): Promise<{ token: string; session: UserSessionEntity }> {
    const token = newToken();
    const now = this.clock.now();
    const session = await this.repo(em).save(
      this.repo(em).create({
        tokenHash: hashToken(token),
        userId,
        currentOrganisationId: organisationId,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.maxAgeMs),
        revokedAt: null,
        userAgent: meta.userAgent,
        ipAddress: meta.ip,
      }),
    );
    return { token, session };
  }

  /** The live session for a cookie token, or null if unknown, revoked, idle too long or past its absolute expiry. */
  async resolve(token: string): Promise<UserSessionEntity | null> {
    const session = await this.repo().findOneBy({ tokenHash: hashToken(token) });
    if (!session || session.revokedAt) return null;
    const now = this.clock.now();
    const idleLimit = session.lastSeenAt.getTime() + this.config.sessionIdleMinutes * 60_000;
    if (now.getTime() >= session.expiresAt.getTime() || now.getTime() >= idleLimit) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.repo().update({ id: session.id }, { lastSeenAt: now });
      session.lastSeenAt = now;
    }
    return session;
  }

  async revoke(sessionId: string, em?: EntityManager): Promise<void> {
    await this.repo(em).update(
      { id: sessionId, revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
  }

  async revokeAllForUser(userId: string, em?: EntityManager): Promise<number> {
    const result = await this.repo(em).update(
      { userId, revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
    return result.affected ?? 0;
  }

  async setOrganisation(
    sessionId: string,
    organisationId: string | null,
    em?: EntityManager,
  ): Promise<void> {
    await this.repo(em).update({ id: sessionId }, { currentOrganisationId: organisationId });
  }
}
