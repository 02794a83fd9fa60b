import { fileURLToPath } from 'node:url';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Suites that run the built app as separate processes, one file at a time. */
export function builtAppConfig(test: NonNullable<ViteUserConfig['test']>): ViteUserConfig {
  return defineConfig({
    test: {
      root: repoRoot,
      pool: 'forks',
      fileParallelism: false,
      testTimeout: 60_000,
      hookTimeout: 120_000,
      ...test,
    },
  });
}
