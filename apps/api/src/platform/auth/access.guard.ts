import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../graphql/app-errors';
import { ACCESS_METADATA, type AccessRule } from './access.decorators';

/**
 * The one global guard. Fails closed: a handler with no access declaration is refused.
 * Sessions and the role permission matrix plug in here (issue #3); until then only
 * `@Public()` operations can succeed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
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
    if (rule.kind === 'public') return true;
    throw new UnauthenticatedError();
  }
}
