// Runs one command with DATABASE_URL and REDIS_URL pointing at the local services (started
// here when needed, stopped afterwards), after building the API.
//   node scripts/with-services.mjs -- node apps/api/dist/cli.js migrate
import { ensureDependencies, fail, loadServices, NX_ENV, run } from './lib.mjs';

const separator = process.argv.indexOf('--');
const [command, ...args] = separator >= 0 ? process.argv.slice(separator + 1) : [];
if (!command) fail('lantern', 'usage: node scripts/with-services.mjs -- <command> [args]');

await ensureDependencies();
await run('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], {
  env: { ...process.env, ...NX_ENV },
  quiet: true,
});
const { ensureServices } = await loadServices();
const services = await ensureServices({ log: () => undefined });
let code = 1;
try {
  ({ code } = await run(command, args, {
    env: { ...process.env, DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl },
    allowFailure: true,
  }));
} finally {
  await services.stop();
}
process.exit(code);
