// npm run dev: watch mode. Vite dev server on :5173 (proxying /graphql and /health to the
// API on :3000); API and worker restart whenever their compiled output changes.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureDependencies, loadServices, NX_ENV, root, run, step } from './lib.mjs';

await ensureDependencies();
step('Starting PostgreSQL and Redis');
const { ensureServices } = await loadServices();
const services = await ensureServices({ log: (line) => console.log(`  ${line}`) });
const env = {
  ...process.env,
  ...NX_ENV,
  NODE_ENV: 'development',
  DATABASE_URL: services.databaseUrl,
  REDIS_URL: services.redisUrl,
  API_PORT: process.env.PORT ?? '3000',
  APP_URL: process.env.APP_URL ?? 'http://localhost:5173',
  // Mail goes to the API's dev mailbox (/dev-mailbox), as in npm start.
  DEV_MAILBOX_PORT: process.env.DEV_MAILBOX_PORT ?? '2525',
  SMTP_URL: process.env.SMTP_URL ?? `smtp://127.0.0.1:${process.env.DEV_MAILBOX_PORT ?? '2525'}`,
};
step('First build, migrations and seed');
await run('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], { env, quiet: true });
await run('node', ['apps/api/dist/cli.js', 'migrate'], { env });
await run('node', ['apps/api/dist/cli.js', 'seed'], { env });

step('Watching (Ctrl-C to stop). Open http://localhost:5173');
// Its own process group, so stopping reaches every watcher and server it started.
const watch = spawn(
  join(root, 'node_modules', '.bin', 'concurrently'),
  [
    '--kill-others',
    '--names',
    'domain,api-tsc,api,worker,web',
    '--prefix-colors',
    'gray,gray,cyan,magenta,green',
    'tsc -p libs/domain/tsconfig.lib.json --watch --preserveWatchOutput',
    'tsc -p apps/api/tsconfig.app.json --watch --preserveWatchOutput',
    'node --watch-path=apps/api/dist --watch-path=libs/domain/dist apps/api/dist/main.js',
    'node --watch-path=apps/api/dist --watch-path=libs/domain/dist apps/api/dist/worker.js',
    'vite --config apps/web/vite.config.ts apps/web',
  ],
  { cwd: root, env, stdio: 'inherit', detached: true },
);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  watch.kill('SIGTERM');
  await new Promise((resolve) =>
    watch.exitCode !== null ? resolve() : watch.once('exit', resolve),
  );
  await services.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
watch.on('exit', () => void stop());
