import { builtAppConfig } from './vitest.shared.mts';

/** bench: benchmark scripts that print figures (npm run bench). Not part of npm test. */
export default builtAppConfig({
  name: 'bench',
  include: ['tests/bench/**/*.bench.ts'],
  testTimeout: 600_000,
  reporters: ['verbose'],
});
