import { builtAppConfig } from './vitest.shared.mts';

/** web-e2e: the built app served as in production, driven by playwright-core in Debian's Chromium. */
export default builtAppConfig({ name: 'web-e2e', include: ['tests/web-e2e/**/*.spec.ts'] });
