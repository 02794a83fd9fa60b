// The workspace's test projects. scripts/test.mjs runs them level by level with --project:
//   *-unit  no I/O           *-int  real Postgres and Redis
//   api-e2e GraphQL over HTTP with API and worker in process
//   process-e2e / web-e2e  the built app as real processes; web-e2e in Debian's Chromium
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'libs/domain/vitest.config.mts',
      'libs/ui/vitest.config.mts',
      'apps/web/vitest.config.mts',
      'apps/api/vitest.config.mts',
      'apps/api/vitest.int.config.mts',
      'apps/api/vitest.e2e.config.mts',
      'infra/vitest.config.mts',
      'tests/vitest.process.config.mts',
      'tests/vitest.web-e2e.config.mts',
    ],
  },
});
