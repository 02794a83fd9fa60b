import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The API's port in development; the dev server proxies to it so the browser sees one origin
// (cookies and Apollo's CSRF prevention work exactly as in production).
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? 3000}`;

// Long-lived libraries get their own chunks so an app release does not bust their cache.
const vendorChunks: Record<string, string[]> = {
  react: ['react', 'react-dom', 'scheduler'],
  router: ['react-router'],
  apollo: [
    '@apollo/client',
    'graphql',
    '@wry',
    'optimism',
    'zen-observable-ts',
    'tslib',
    'ts-invariant',
  ],
  mantine: ['@mantine/core', '@mantine/hooks', '@floating-ui', 'react-remove-scroll', 'clsx'],
};

function vendorChunkFor(id: string): string | undefined {
  const match = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
  if (!match?.[1]) {
    return undefined;
  }
  const packageName = match[1].replace(/\\/g, '/');
  for (const [chunk, packages] of Object.entries(vendorChunks)) {
    if (packages.some((name) => packageName === name || packageName.startsWith(`${name}/`))) {
      return chunk;
    }
  }
  return undefined;
}

export default defineConfig(({ mode }) => ({
  root: fromHere('.'),
  plugins: [react()],
  // Apollo Client 3 guards its development-only checks and messages with this flag; defining
  // it lets production builds drop them.
  define: mode === 'production' ? { 'globalThis.__DEV__': 'false' } : {},
  resolve: {
    alias: {
      '@lantern/domain': fromHere('../../libs/domain/src/index.ts'),
      '@lantern/ui': fromHere('../../libs/ui/src/index.ts'),
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
      // File uploads (imports, deprivation lookups) are REST endpoints under /api.
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: false },
      '/health': { target: apiTarget, changeOrigin: false },
      // File uploads (imports, deprivation lookups) are REST endpoints under /api.
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Vendor chunks are split out below; anything over this deserves a look.
    chunkSizeWarningLimit: 300,
    rollupOptions: {
      // libs/domain is pure (constants, functions, zod schemas): a page that only needs
      // ROLE_LABELS must not pull in every schema and zod with it.
      treeshake: {
        moduleSideEffects: (id: string) => !id.replace(/\\/g, '/').includes('/libs/domain/src/'),
      },
      output: {
        manualChunks: vendorChunkFor,
      },
    },
  },
}));
