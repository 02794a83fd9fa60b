import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ForbiddenError } from '../graphql/app-errors';

/** The header every state-changing REST call (uploads) must carry; the web app sends it. */
export const CSRF_HEADER = 'x-lantern-request';

/**
 * CSRF protection for REST endpoints, matching GraphQL's: a browser cannot send a custom
 * header cross-site without a CORS preflight, which this API never grants. Use with
 * `@UseGuards(CsrfHeaderGuard)` on POST/PUT/DELETE handlers.
 */
@Injectable()
export class CsrfHeaderGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (!req.headers[CSRF_HEADER]) {
      throw new ForbiddenError(`This request must carry the ${CSRF_HEADER} header.`);
    }
    return true;
  }
}
