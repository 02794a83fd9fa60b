import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { Client } from 'pg';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(repoRoot, 'apps/api/dist/cli.js');

interface Services {
  databaseUrl: string;
  redisUrl: string;
  stop: () => Promise<void>;
}

/** The services `npm test` started (DATABASE_URL / REDIS_URL), or private ones when run alone. */
export async function testServices(): Promise<Services> {
  const { DATABASE_URL, REDIS_URL } = process.env;
  if (DATABASE_URL && REDIS_URL)
    return { databaseUrl: DATABASE_URL, redisUrl: REDIS_URL, stop: async () => undefined };
  const infra = (await import(
    /* @vite-ignore */ new URL('../../infra/services.mjs', import.meta.url).href
  )) as {
    ensureServices: (o: { fast: boolean; log: () => void }) => Promise<Services>;
  };
  return infra.ensureServices({ fast: true, log: () => undefined });
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

function withDatabase(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node <script>` to completion (with a time limit) and collects its output. */
export function runNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('node', [script, ...args], {
      cwd: repoRoot,
      env: { PATH: process.env['PATH'] ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

export interface RunningProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<ProcessResult>;
}

export function startNode(script: string, env: Record<string, string>): RunningProcess {
  const child = spawn('node', [script], {
    cwd: repoRoot,
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<ProcessResult>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, output: () => stdout + stderr, exited };
}

export interface DemoSeed {
  organisation: { id: string; name: string };
  people: Array<{
    role: 'ADMIN' | 'HEAD_OF_LEARNING' | 'LEARNING_OFFICER' | 'TRUSTEE';
    name: string;
    email: string;
  }>;
  password: string;
}

export interface BuiltApp {
  baseUrl: string;
  /** The demo museum and its people, as `npm start` seeds them. */
  demo: DemoSeed;
  env: Record<string, string>;
  api: RunningProcess;
  worker: RunningProcess | null;
  stop: () => Promise<void>;
}

/**
 * The built app as in production: a fresh database migrated and seeded by the CLI, then the
 * API (serving the built web app) and the worker as separate node processes.
 */
export async function startBuiltApp(
  options: { worker?: boolean; devMailbox?: boolean; env?: Record<string, string> } = {},
): Promise<BuiltApp> {
  const services = await testServices();
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const database = `lantern_test_e2e_${suffix}`;
  const admin = new Client({ connectionString: services.databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();

  const port = await freePort();
  const mailPort = options.devMailbox ? await freePort() : null;
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    APP_URL: `http://127.0.0.1:${port}`,
    ...(mailPort
      ? { DEV_MAILBOX_PORT: String(mailPort), SMTP_URL: `smtp://127.0.0.1:${mailPort}` }
      : {}),
    DATABASE_URL: withDatabase(services.databaseUrl, database),
    REDIS_URL: services.redisUrl,
    QUEUE_PREFIX: `lantern-test-e2e-${suffix}`,
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  const migrated = await runNode(CLI, ['migrate'], env);
  if (migrated.code !== 0)
    throw new Error(`cli migrate failed: ${migrated.stderr || migrated.stdout}`);
  const seeded = await runNode(CLI, ['seed', '--json'], env);
  if (seeded.code !== 0) throw new Error(`cli seed failed: ${seeded.stderr || seeded.stdout}`);
  const demo = JSON.parse(seeded.stdout.trim().split('\n').at(-1) ?? '{}') as DemoSeed;

  const api = startNode(join(repoRoot, 'apps/api/dist/main.js'), env);
  const worker =
    options.worker === false ? null : startNode(join(repoRoot, 'apps/api/dist/worker.js'), env);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (api.child.exitCode !== null) throw new Error(`API exited while starting: ${api.output()}`);
    try {
      const response = await fetch(`${baseUrl}/health/ready`);
      if (response.ok) break;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`API not ready within 30 s: ${api.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    baseUrl,
    demo,
    env,
    api,
    worker,
    async stop() {
      for (const proc of [worker, api]) {
        if (proc && proc.child.exitCode === null && proc.child.signalCode === null) {
          proc.child.kill('SIGTERM');
          await proc.exited;
        }
      }
      const client = new Client({ connectionString: services.databaseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await client.end();
      const redis = new Redis(services.redisUrl, { maxRetriesPerRequest: 1 });
      const keys = await redis.keys(`${env['QUEUE_PREFIX']}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
      await services.stop();
    },
  };
}
