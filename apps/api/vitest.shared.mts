import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import type { Plugin } from 'vite';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const apiRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * One graphql-js for everyone. Nest (CommonJS) requires the CommonJS builds; were our code
 * to import the ESM builds of these packages under Vite, there would be two copies and
 * graphql-js would fail with "Cannot use GraphQLObjectType from another module or realm".
 */
function preferCommonJs(packages: string[]): Plugin {
  return {
    name: 'lantern:prefer-commonjs',
    enforce: 'pre',
    resolveId(source) {
      const match = packages.some((name) => source === name || source.startsWith(`${name}/`));
      return match ? require.resolve(source) : null;
    },
  };
}

/** NestJS needs decorator metadata, which esbuild does not emit: SWC compiles the API under test. */
export function apiTestConfig(test: NonNullable<ViteUserConfig['test']>): ViteUserConfig {
  return defineConfig({
    plugins: [
      preferCommonJs(['graphql', 'graphql-query-complexity', '@apollo/server']),
      swc.vite({
        module: { type: 'es6' },
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            useDefineForClassFields: false,
          },
        },
      }),
    ],
    resolve: {
      alias: [
        {
          find: '@lantern/domain',
          replacement: fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
        },
      ],
    },
    test: {
      root: apiRoot,
      pool: 'forks',
      ...test,
    },
  });
}
