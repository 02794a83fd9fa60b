import { apiTestConfig } from './vitest.shared.mts';

/** api-int: real PostgreSQL (a database per test file, cloned from a migrated template) and Redis. */
export default apiTestConfig({
  name: 'api-int',
  include: ['src/**/*.int.spec.ts'],
  globalSetup: ['./test/support/global-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
});
