import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import { ForbiddenError, UnauthenticatedError } from '../graphql/app-errors';
import { Public, RequirePermission } from './access.decorators';
import { AccessGuard } from './access.guard';

class Handlers {
  @Public()
  open() {}

  @RequirePermission('members.manage')
  guarded() {}

  undeclared() {}
}

function contextFor(method: keyof Handlers): ExecutionContext {
  return {
    getHandler: () => Handlers.prototype[method],
    getClass: () => Handlers,
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  const guard = new AccessGuard(new Reflector());

  it('lets public operations through', () => {
    expect(guard.canActivate(contextFor('open'))).toBe(true);
  });

  it('fails closed on an operation that declares nothing', () => {
    expect(() => guard.canActivate(contextFor('undeclared'))).toThrow(ForbiddenError);
  });

  it('asks for a sign-in where a permission is required and nobody is signed in', () => {
    expect(() => guard.canActivate(contextFor('guarded'))).toThrow(UnauthenticatedError);
  });
});
