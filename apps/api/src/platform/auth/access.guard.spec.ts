import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import { ForbiddenError, UnauthenticatedError } from '../graphql/app-errors';
import { Authenticated, Public, RequirePermission } from './access.decorators';
import { AccessGuard } from './access.guard';
import type { Actor } from './actor';

class Handlers {
  @Public()
  open() {}

  @Authenticated()
  signedIn() {}

  @RequirePermission('members.manage')
  guarded() {}

  undeclared() {}
}

function contextFor(method: keyof Handlers): ExecutionContext {
  return {
    getType: () => 'http',
    getHandler: () => Handlers.prototype[method],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => ({ headers: {} }) }),
  } as unknown as ExecutionContext;
}

function actor(role: Actor['role']): Actor {
  return {
    userId: 'u',
    userName: 'U',
    sessionId: 's',
    organisationId: role ? 'o' : null,
    role,
    permissions: [],
    requestId: null,
  };
}

function guardFor(current: Actor | null) {
  return new AccessGuard(new Reflector(), { resolve: async () => current });
}

describe('AccessGuard', () => {
  it('lets public operations through, signed in or not', async () => {
    await expect(guardFor(null).canActivate(contextFor('open'))).resolves.toBe(true);
  });

  it('fails closed on an operation that declares nothing, even for an admin', async () => {
    await expect(
      guardFor(actor('ADMIN')).canActivate(contextFor('undeclared')),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('asks for a sign-in where one is needed', async () => {
    await expect(guardFor(null).canActivate(contextFor('guarded'))).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
    await expect(guardFor(null).canActivate(contextFor('signedIn'))).rejects.toBeInstanceOf(
      UnauthenticatedError,
    );
  });

  it('checks the permission matrix for the role in the current organisation', async () => {
    await expect(guardFor(actor('ADMIN')).canActivate(contextFor('guarded'))).resolves.toBe(true);
    await expect(guardFor(actor('TRUSTEE')).canActivate(contextFor('guarded'))).rejects.toThrow(
      'Your role (Trustee) cannot do this.',
    );
    await expect(guardFor(actor(null)).canActivate(contextFor('guarded'))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(guardFor(actor(null)).canActivate(contextFor('signedIn'))).resolves.toBe(true);
  });
});
