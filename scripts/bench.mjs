// npm run bench: builds, starts services, runs the benchmark scripts in tests/bench and
// prints their figures (lines starting with BENCH). Figures, never pass/fail on time.
import { ensureDependencies, loadServices, NX_ENV, run, step } from './lib.mjs';

await ensureDependencies();
step('Building');
await run('npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static'], {
  env: { ...process.env, ...NX_ENV },
  quiet: true,
});
step('Starting PostgreSQL and Redis');
const { ensureServices } = await loadServices();
const services = await ensureServices({ log: (line) => console.log(`  ${line}`) });
let code = 1;
try {
  const filter = process.argv.slice(2);
  ({ code } = await run(
    'npx',
    ['vitest', 'run', '--config', 'tests/vitest.bench.config.mts', ...filter],
    {
      env: { ...process.env, DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl },
      allowFailure: true,
    },
  ));
} finally {
  await services.stop();
}
process.exit(code);
