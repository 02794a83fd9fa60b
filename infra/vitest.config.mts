// Integration tests of infra/services.mjs: they start real PostgreSQL and Redis servers.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'infra-int',
    include: ['infra/**/*.int.spec.mjs'],
    root: fileURLToPath(new URL('..', import.meta.url)),
    testTimeout: 60000,
    hookTimeout: 90000,
    pool: 'forks',
  },
});
