import type { Permission, Role } from '@lantern/domain';

/**
 * Who is calling: the signed-in user, the organisation they are working in, and what their
 * role there allows. Every service method takes it first; every repository call passes its
 * organisationId on.
 */
export interface Actor {
  userId: string;
  userName: string;
  sessionId: string;
  /** Null only for an account whose last membership was removed. */
  organisationId: string | null;
  role: Role | null;
  permissions: readonly Permission[];
  requestId: string | null;
}

/** An actor working inside an organisation (what every tenant-scoped operation needs). */
export interface OrgActor extends Actor {
  organisationId: string;
  role: Role;
}

/** Facts about the HTTP request that auth operations record (sessions, audit, rate limits). */
export interface RequestMeta {
  ip: string;
  userAgent: string | null;
  requestId: string | null;
  secure: boolean;
}
