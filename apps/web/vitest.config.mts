import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@lantern/domain': fromHere('../../libs/domain/src/index.ts'),
      '@lantern/ui': fromHere('../../libs/ui/src/index.ts'),
    },
  },
  test: {
    name: 'web-unit',
    environment: 'jsdom',
    root: fromHere('.'),
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
  },
});
