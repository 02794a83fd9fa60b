import { builtAppConfig } from './vitest.shared.mts';

/** process-e2e: the built API and worker as real processes (boot errors, signals). */
export default builtAppConfig({ name: 'process-e2e', include: ['tests/process/**/*.spec.ts'] });
