import { apiTestConfig } from './vitest.shared.mts';

/** api-unit: no I/O at all. */
export default apiTestConfig({
  name: 'api-unit',
  include: ['src/**/*.spec.ts'],
  exclude: ['src/**/*.int.spec.ts'],
});
