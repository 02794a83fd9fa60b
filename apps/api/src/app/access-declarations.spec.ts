import { Controller, Get } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { describe, expect, it } from 'vitest';
import { HealthController } from '../platform/health/health.controller';
import { ACCESS_METADATA } from '../platform/auth/access.decorators';
import type { AppConfig } from '../platform/config';
import { API_RESOLVERS, ApiModule } from './api.module';

type ModuleRef =
  { module?: unknown; controllers?: unknown[]; imports?: unknown[] } | (new () => unknown);

/** Every controller registered anywhere in a module tree (static and dynamic modules alike). */
function controllersOf(root: ModuleRef, seen = new Set<unknown>()): Array<new () => unknown> {
  if (!root || seen.has(root)) return [];
  seen.add(root);
  const dynamic = typeof root === 'object' ? root : null;
  const type = (dynamic?.module ?? root) as object;
  const controllers = [
    ...((Reflect.getMetadata('controllers', type) as unknown[] | undefined) ?? []),
    ...(dynamic?.controllers ?? []),
  ] as Array<new () => unknown>;
  const imports = [
    ...((Reflect.getMetadata('imports', type) as unknown[] | undefined) ?? []),
    ...(dynamic?.imports ?? []),
  ] as ModuleRef[];
  return [...controllers, ...imports.flatMap((child) => controllersOf(child, seen))];
}

const RESOLVER_KINDS = ['graphql:resolver_type', 'graphql:resolve_property'];

/** Every GraphQL operation and HTTP route handler of a class, with whether it declares access. */
export function undeclaredHandlers(classes: Array<new (...args: never[]) => unknown>): string[] {
  const missing: string[] = [];
  for (const type of classes) {
    const classRule = Reflect.getMetadata(ACCESS_METADATA, type) as unknown;
    for (const name of Object.getOwnPropertyNames(type.prototype)) {
      if (name === 'constructor') continue;
      const handler = (type.prototype as Record<string, unknown>)[name];
      if (typeof handler !== 'function') continue;
      const isOperation =
        RESOLVER_KINDS.some((key) => Reflect.getMetadata(key, handler) !== undefined) ||
        (Reflect.getMetadata(METHOD_METADATA, handler) !== undefined &&
          Reflect.getMetadata(PATH_METADATA, handler) !== undefined);
      if (isOperation && !classRule && !Reflect.getMetadata(ACCESS_METADATA, handler)) {
        missing.push(`${type.name}.${name}`);
      }
    }
  }
  return missing;
}

describe('access declarations', () => {
  it('every query, mutation, field resolver and HTTP route declares who may call it', () => {
    expect(API_RESOLVERS.length).toBeGreaterThan(0);
    expect(undeclaredHandlers([...API_RESOLVERS, HealthController])).toEqual([]);
  });

  it('so does every HTTP controller the API module registers (uploads, exports, health)', () => {
    const controllers = [
      ...new Set(controllersOf(ApiModule.forRoot({ isProduction: false } as AppConfig))),
    ];
    expect(controllers).toContain(HealthController);
    expect(controllers.length).toBeGreaterThan(3);
    expect(undeclaredHandlers(controllers)).toEqual([]);
  });

  it('the check notices an undeclared operation', () => {
    @Resolver()
    class Careless {
      @Query(() => String)
      leaky() {
        return 'x';
      }
    }
    @Controller('x')
    class CarelessController {
      @Get()
      open() {}
    }
    expect(undeclaredHandlers([Careless, CarelessController])).toEqual([
      'Careless.leaky',
      'CarelessController.open',
    ]);
  });
});
