import { SetMetadata } from '@nestjs/common';

export const ACCESS_METADATA = 'lantern:access';

export type AccessRule =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'permission'; permission: string };

/**
 * Every query, mutation and field resolver declares who may call it: `@Public()` or
 * `@RequirePermission(...)`. The global AccessGuard refuses anything undeclared, and a test
 * walks the schema to make sure nothing is.
 */
export const Public = () => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule);

/** Anyone signed in, whatever their role (sign out everywhere, switch organisation). */
export const Authenticated = () =>
  SetMetadata(ACCESS_METADATA, { kind: 'authenticated' } satisfies AccessRule);

export const RequirePermission = (permission: string) =>
  SetMetadata(ACCESS_METADATA, { kind: 'permission', permission } satisfies AccessRule);
