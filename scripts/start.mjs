// npm start: install when needed, bring up PostgreSQL and Redis, build, migrate, seed the
// demo museum, then serve the API + dashboard on one port and run the worker.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  ensureDependencies,
  fail,
  loadServices,
  NX_ENV,
  portIsFree,
  root,
  run,
  step,
  stopChildren,
  waitForHttp,
} from './lib.mjs';

const port = Number(process.env.PORT ?? 3000);
const started = Date.now();
let services = null;
let children = [];
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  await stopChildren(children);
  await services?.stop();
  process.exit(code);
}

process.on('SIGINT', () => {
  console.log('\nStopping Lantern…');
  void shutdown(0);
});
process.on('SIGTERM', () => void shutdown(0));

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    fail('lantern start', 'PORT must be between 1 and 65535');
  if (!(await portIsFree(port))) {
    fail(
      'lantern start',
      `port ${port} is already in use: stop the other program or run PORT=<free port> npm start`,
    );
  }

  await ensureDependencies();

  step('Starting PostgreSQL and Redis');
  const { ensureServices } = await loadServices();
  services = await ensureServices({ log: (line) => console.log(`  ${line}`) });

  step('Building (cached when nothing changed)');
  await run(
    'npx',
    ['nx', 'run-many', '-t', 'build', '--projects=domain,api,web', '--outputStyle=static'],
    {
      env: { ...process.env, ...NX_ENV },
      quiet: true,
    },
  );

  // The demo catches its own mail: the API runs a local SMTP server and shows what it
  // receives on the Dev mailbox page, and the worker sends there.
  const mailPort = Number(process.env.DEV_MAILBOX_PORT ?? 2525);
  if (!(await portIsFree(mailPort, '127.0.0.1'))) {
    throw new Error(
      `port ${mailPort} (the demo's mail catcher) is in use: set DEV_MAILBOX_PORT to a free port`,
    );
  }
  const env = {
    ...process.env,
    DEV_MAILBOX_PORT: String(mailPort),
    SMTP_URL: process.env.SMTP_URL ?? `smtp://127.0.0.1:${mailPort}`,
    APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
    // The demo (and its mailbox of reset links) is for this machine only unless HOST says otherwise.
    HOST: process.env.HOST ?? '127.0.0.1',
    NODE_ENV: 'production',
    PORT: String(port),
    // A quiet console for the demo; LOG_LEVEL=info npm start shows every request.
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
  };
  const cli = join(root, 'apps/api/dist/cli.js');
  step('Migrating the database');
  await run('node', [cli, 'migrate'], { env });
  step('Seeding the demo museum');
  const seeded = await run('node', [cli, 'seed', '--json'], { env, quiet: true });
  const demo = JSON.parse(seeded.output.trim().split('\n').at(-1));

  step('Starting the API and the worker');
  const api = spawn('node', [join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const worker = spawn('node', [join(root, 'apps/api/dist/worker.js')], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  children = [api, worker];
  for (const [name, child] of [
    ['API', api],
    ['worker', worker],
  ]) {
    child.on('exit', (code, signal) => {
      if (stopping) return;
      console.error(
        `lantern start: the ${name} stopped unexpectedly (${signal ?? `exit ${code}`}); shutting down`,
      );
      void shutdown(1);
    });
  }

  const ready = await waitForHttp(`http://127.0.0.1:${port}/health/ready`, {
    timeoutMs: 60_000,
    children,
  });
  if (!ready) {
    if (!stopping) console.error('lantern start: the API did not become ready within 60 s');
    return shutdown(1);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
  Lantern is running (ready in ${seconds} s)

    Dashboard   http://localhost:${port}
    GraphQL     http://localhost:${port}/graphql
    Health      http://localhost:${port}/health/ready
    Mailbox     http://localhost:${port}/dev-mailbox (mail the demo sends)

  Demo museum: ${demo.organisation.name}. Sign in as any of these, password ${demo.password}
${demo.people.map((p) => `    ${p.role.padEnd(17)} ${p.email}`).join('\n')}

  Press Ctrl-C to stop.
`);
}

main().catch(async (error) => {
  console.error(`lantern start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
