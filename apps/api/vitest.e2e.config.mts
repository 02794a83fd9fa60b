import { apiTestConfig } from './vitest.shared.mts';

/** api-e2e: the API and worker in process, GraphQL over real HTTP. */
export default apiTestConfig({
  name: 'api-e2e',
  include: ['test/e2e/**/*.e2e-spec.ts'],
  globalSetup: ['./test/support/global-setup.ts'],
  testTimeout: 30_000,
  hookTimeout: 60_000,
});
