import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { UnauthenticatedError } from '../graphql/app-errors';
import type { Actor, OrgActor } from './actor';
import { requestOf } from './access.guard';
import { resolvedActor } from './actor-resolver';

/** The signed-in actor inside an organisation; for operations guarded by a permission. */
export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): OrgActor => {
    const actor = resolvedActor(requestOf(context));
    if (!actor?.organisationId || !actor.role) throw new UnauthenticatedError();
    return actor as OrgActor;
  },
);

/** The actor if someone is signed in (public operations such as `me`). */
export const OptionalActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor | null => resolvedActor(requestOf(context)),
);

/** Request facts for sessions, audit and rate limits. */
export const RequestInfo = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const req = requestOf(context);
  return {
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
    requestId: typeof req.id === 'string' ? req.id : null,
    secure: req.secure,
  };
});
