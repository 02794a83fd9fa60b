import { can, isPermission, ROLE_LABELS } from '@lantern/domain';
import { CanActivate, ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { ForbiddenError, UnauthenticatedError } from '../graphql/app-errors';
import { ACCESS_METADATA, type AccessRule } from './access.decorators';
import { ACTOR_RESOLVER, actorFor, type ActorResolver } from './actor-resolver';

export function requestOf(context: ExecutionContext): Request {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
  }
  return context.switchToHttp().getRequest<Request>();
}

/**
 * The one global guard. Fails closed: a handler with no access declaration is refused.
 * `@Public()` lets anyone in; `@RequirePermission(p)` needs a signed-in member of the
 * current organisation whose role has p in the matrix of libs/domain.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    @Inject(ACTOR_RESOLVER) private readonly actors: ActorResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no access rule; refusing`,
      );
      throw new ForbiddenError();
    }
    const actor = await actorFor(requestOf(context), this.actors);
    if (rule.kind === 'public') return true;

    if (!actor) throw new UnauthenticatedError();
    if (rule.kind === 'authenticated') return true;
    if (!isPermission(rule.permission)) throw new ForbiddenError();
    if (!actor.role || !can(actor.role, rule.permission)) {
      throw new ForbiddenError(
        actor.role
          ? `Your role (${ROLE_LABELS[actor.role]}) cannot do this.`
          : 'You are not a member of an organisation any more.',
      );
    }
    return true;
  }
}
