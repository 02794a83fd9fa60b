// Integration tests of infra/services.mjs against real PostgreSQL and Redis servers.
// They use a temporary data folder and unusual ports, so they never touch a developer's .data.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureServices } from './services.mjs';

const SERVICES_SCRIPT = fileURLToPath(new URL('./services.mjs', import.meta.url));
const isRoot = process.getuid?.() === 0;

/** @type {string[]} */
const tempDirs = [];
/** @type {Array<{ stop: () => Promise<void>, pids: Record<string, number> }>} */
const running = [];

/** A data folder the postgres user can use (as root, PostgreSQL runs as postgres). */
function makeDataDir() {
  const dir = mkdtempSync(join(os.tmpdir(), 'lantern-infra-'));
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  tempDirs.push(dir);
  return dir;
}

const handedOut = new Set();

/**
 * Ports for one independent pair of servers, asked of the OS at the moment they are needed:
 * fixed numbers can collide with ephemeral ports of other test files running alongside.
 */
async function ports() {
  const pick = async () => {
    for (;;) {
      const port = await freePort();
      if (!handedOut.has(port)) {
        handedOut.add(port);
        return port;
      }
    }
  };
  return { pgPort: await pick(), redisPort: await pick() };
}

/**
 * ensureServices with test defaults; remembers the result so afterEach can stop it.
 * @param {Parameters<typeof ensureServices>[0]} options
 */
async function start(options) {
  const lines = [];
  const services = await ensureServices({
    fast: true,
    env: {},
    log: (l) => lines.push(l),
    ...options,
  });
  running.push(services);
  return { ...services, lines };
}

/** @param {string} url @param {string} sql @param {unknown[]} [params] */
async function query(url, sql, params) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** @param {string} url */
function redis(url) {
  return new Redis(url, { maxRetriesPerRequest: 1, retryStrategy: () => null });
}

/** Whether something accepts TCP connections on 127.0.0.1:port. @param {number} port */
function portAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** @param {() => boolean | Promise<boolean>} condition @param {number} [ms] */
async function eventually(condition, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await sleep(50);
  }
  return false;
}

/** A TCP server that accepts connections and never answers: not Postgres, not Redis. */
async function listenSilently(port) {
  const sockets = new Set();
  const server = net.createServer((socket) => sockets.add(socket));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(resolve);
    });
}

/** A port nothing listens on. */
async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {net.AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(resolve));
  return port;
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('ensureServices', () => {
  /** @type {string} */
  let dataDir;

  beforeAll(() => {
    dataDir = makeDataDir();
  });

  afterEach(async () => {
    for (const services of running.splice(0).reverse()) await services.stop();
  });

  it('starts PostgreSQL and Redis and their URLs work', async () => {
    const { pgPort, redisPort } = await ports();
    const services = await start({ dataDir, pgPort, redisPort });

    expect([...services.started].sort()).toEqual(['postgres', 'redis']);
    expect(services.databaseUrl).toBe(`postgres://lantern@127.0.0.1:${pgPort}/lantern`);
    expect(services.redisUrl).toBe(`redis://127.0.0.1:${redisPort}`);

    await query(services.databaseUrl, 'CREATE TABLE visit (id serial PRIMARY KEY, museum text)');
    await query(services.databaseUrl, 'INSERT INTO visit (museum) VALUES ($1)', ['Tate']);
    const rows = await query(
      services.databaseUrl,
      "SELECT museum, current_user AS who, current_database() AS db, current_setting('fsync') AS fsync FROM visit",
    );
    expect(rows).toEqual([{ museum: 'Tate', who: 'lantern', db: 'lantern', fsync: 'off' }]);

    const client = redis(services.redisUrl);
    try {
      await client.set('lantern:test', 'hello');
      expect(await client.get('lantern:test')).toBe('hello');
    } finally {
      client.disconnect();
    }
  });

  it('reuses running servers without starting anything, and its stop() leaves them running', async () => {
    const { pgPort, redisPort } = await ports();
    const first = await start({ dataDir, pgPort, redisPort });
    const second = await start({ dataDir, pgPort, redisPort });

    expect(second.started).toEqual([]);
    expect(second.databaseUrl).toBe(first.databaseUrl);
    expect(second.redisUrl).toBe(first.redisUrl);
    expect(second.lines.join('\n')).toMatch(/PostgreSQL: reusing/);

    await second.stop();
    expect(await query(second.databaseUrl, 'SELECT 41 + 1 AS answer')).toEqual([{ answer: 42 }]);
    const client = redis(second.redisUrl);
    try {
      expect(await client.ping()).toBe('PONG');
    } finally {
      client.disconnect();
    }
    for (const pid of Object.values(first.pids)) expect(isAlive(pid)).toBe(true);
  });

  it('stop() stops the processes it started, and is idempotent', async () => {
    const { pgPort, redisPort } = await ports();
    const services = await start({ dataDir, pgPort, redisPort });
    expect(Object.keys(services.pids).sort()).toEqual(['postgres', 'redis']);
    expect(await portAnswers(pgPort)).toBe(true);

    await services.stop();

    expect(await portAnswers(pgPort)).toBe(false);
    expect(await portAnswers(redisPort)).toBe(false);
    for (const pid of Object.values(services.pids)) expect(isAlive(pid)).toBe(false);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    await expect(services.stop()).resolves.toBeUndefined();
  });

  it('starts again after a crash left a stale postmaster.pid', async () => {
    const { pgPort, redisPort } = await ports();
    // not fast: with synchronous_commit=off a SIGKILL may lose the last commits
    const before = await start({ dataDir, pgPort, redisPort, fast: false });
    expect(await query(before.databaseUrl, "SELECT current_setting('fsync') AS fsync")).toEqual([
      { fsync: 'on' },
    ]);
    await query(before.databaseUrl, 'CREATE TABLE IF NOT EXISTS crash (note text)');
    await query(before.databaseUrl, "INSERT INTO crash VALUES ('before the crash')");

    process.kill(before.pids.postgres, 'SIGKILL');
    process.kill(before.pids.redis, 'SIGKILL');
    expect(
      await eventually(() => !isAlive(before.pids.postgres) && !isAlive(before.pids.redis)),
    ).toBe(true);
    expect(await eventually(async () => !(await portAnswers(pgPort)))).toBe(true);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);

    const after = await start({ dataDir, pgPort, redisPort });
    expect([...after.started].sort()).toEqual(['postgres', 'redis']);
    expect(await query(after.databaseUrl, 'SELECT note FROM crash')).toEqual([
      { note: 'before the crash' },
    ]);
    const client = redis(after.redisUrl);
    try {
      expect(await client.ping()).toBe('PONG');
    } finally {
      client.disconnect();
    }
  });

  it('is not blocked by a postmaster.pid whose pid now belongs to another live program', async () => {
    const { pgPort, redisPort } = await ports();
    const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
    const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      writeFileSync(pidFile, `${sleeper.pid}\n${join(dataDir, 'postgres')}\n`);
      const services = await start({ dataDir, pgPort, redisPort });
      expect(services.started).toContain('postgres');
      expect(await query(services.databaseUrl, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
      expect(services.lines.join('\n')).toMatch(/removed a stale postmaster.pid/);
    } finally {
      sleeper.kill();
    }
  });

  it('serialises concurrent calls on one data folder: one starts, the other reuses', async () => {
    const { pgPort, redisPort } = await ports();
    const [a, b] = await Promise.all([
      start({ dataDir, pgPort, redisPort }),
      start({ dataDir, pgPort, redisPort }),
    ]);
    expect([...a.started, ...b.started].sort()).toEqual(['postgres', 'redis']);
    expect(a.databaseUrl).toBe(b.databaseUrl);
    expect(await query(a.databaseUrl, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('refuses a PostgreSQL port held by another program and leaves nothing running', async () => {
    const { pgPort, redisPort } = await ports();
    const release = await listenSilently(pgPort);
    const lines = [];
    try {
      await expect(
        ensureServices({
          dataDir,
          pgPort,
          redisPort,
          fast: true,
          env: {},
          log: (l) => lines.push(l),
        }),
      ).rejects.toThrow(
        `Port ${pgPort} is in use by another program: set LANTERN_PG_PORT to a free port`,
      );
    } finally {
      await release();
    }
    expect(lines.join('\n')).toMatch(/Redis: started/); // started in parallel, so it had to be stopped
    expect(await portAnswers(redisPort)).toBe(false);
  });

  it('refuses a Redis port held by another program and leaves nothing running', async () => {
    const { pgPort, redisPort } = await ports();
    const release = await listenSilently(redisPort);
    const lines = [];
    try {
      await expect(
        ensureServices({
          dataDir,
          pgPort,
          redisPort,
          fast: true,
          env: {},
          log: (l) => lines.push(l),
        }),
      ).rejects.toThrow(
        `Port ${redisPort} is in use by another program: set LANTERN_REDIS_PORT to a free port`,
      );
    } finally {
      await release();
    }
    expect(lines.join('\n')).toMatch(/PostgreSQL: started/);
    expect(await portAnswers(pgPort)).toBe(false);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('uses reachable DATABASE_URL and REDIS_URL as they are and starts nothing', async () => {
    const { pgPort, redisPort } = await ports();
    const own = await start({ dataDir, pgPort, redisPort });
    const databaseUrl = `postgres://lantern:Secr3tPass@127.0.0.1:${pgPort}/lantern`; // trust auth ignores it
    const otherDir = join(makeDataDir(), 'unused');

    const services = await start({
      dataDir: otherDir,
      ...(await ports()),
      env: { DATABASE_URL: databaseUrl, REDIS_URL: own.redisUrl },
    });

    expect(services.started).toEqual([]);
    expect(services.databaseUrl).toBe(databaseUrl);
    expect(services.redisUrl).toBe(own.redisUrl);
    expect(existsSync(otherDir)).toBe(false);
    expect(services.lines.join('\n')).not.toContain('Secr3tPass');
  });

  it('falls back to a private server when DATABASE_URL or REDIS_URL does not answer, without printing the password', async () => {
    const { pgPort, redisPort } = await ports();
    const closed = await freePort();
    const services = await start({
      dataDir,
      pgPort,
      redisPort,
      env: {
        DATABASE_URL: `postgres://lantern:Secr3tPass@127.0.0.1:${closed}/lantern`,
        REDIS_URL: `redis://:Secr3tPass@127.0.0.1:${closed}`,
      },
    });

    expect(services.databaseUrl).toBe(`postgres://lantern@127.0.0.1:${pgPort}/lantern`);
    expect(services.redisUrl).toBe(`redis://127.0.0.1:${redisPort}`);
    expect([...services.started].sort()).toEqual(['postgres', 'redis']);
    const warnings = services.lines.filter((l) => l.startsWith('warning:'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/DATABASE_URL .*not reachable: .*ECONNREFUSED/);
    expect(warnings[1]).toMatch(/REDIS_URL .*not reachable: .*ECONNREFUSED/);
    expect(services.lines.join('\n')).not.toContain('Secr3tPass');
  });
});

describe('node infra/services.mjs', () => {
  /** @param {string[]} args @param {NodeJS.ProcessEnv} env */
  function run(args, env) {
    const child = spawn(process.execPath, [SERVICES_SCRIPT, ...args], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, exited, out: () => stdout, err: () => stderr };
  }

  it('up prints the URLs, and stops what it started on SIGINT with exit code 0', async () => {
    const { pgPort, redisPort } = await ports();
    const env = {
      LANTERN_DATA_DIR: makeDataDir(),
      LANTERN_PG_PORT: String(pgPort),
      LANTERN_REDIS_PORT: String(redisPort),
    };
    const up = run(['up'], env);
    try {
      expect(
        await eventually(
          () => up.out().split('\n').length >= 3 || up.child.exitCode !== null,
          30_000,
        ),
      ).toBe(true);
      expect(up.out()).toBe(
        `DATABASE_URL=postgres://lantern@127.0.0.1:${pgPort}/lantern\nREDIS_URL=redis://127.0.0.1:${redisPort}\n`,
      );
      const checked = run(['check'], env);
      expect(await checked.exited).toBe(0);
      expect(checked.out()).toMatch(/PostgreSQL: reachable/);

      up.child.kill('SIGINT');
      expect(await up.exited).toBe(0);
      expect(await portAnswers(pgPort)).toBe(false);
      expect(await portAnswers(redisPort)).toBe(false);

      const after = run(['check'], env);
      expect(await after.exited).toBe(1);
      expect(after.out()).toMatch(/PostgreSQL: not reachable/);
    } finally {
      if (up.child.exitCode === null) up.child.kill('SIGTERM');
    }
  });

  it('prints one error line and exits 1 when a port is taken', async () => {
    const { pgPort, redisPort } = await ports();
    const release = await listenSilently(pgPort);
    try {
      const up = run(['up'], {
        LANTERN_DATA_DIR: makeDataDir(),
        LANTERN_PG_PORT: String(pgPort),
        LANTERN_REDIS_PORT: String(redisPort),
      });
      expect(await up.exited).toBe(1);
      expect(up.out()).toBe('');
      const errorLines = up
        .err()
        .split('\n')
        .filter((l) => l.startsWith('lantern services:'));
      expect(errorLines).toEqual([
        `lantern services: Port ${pgPort} is in use by another program: set LANTERN_PG_PORT to a free port`,
      ]);
      expect(up.err()).not.toMatch(/\n\s+at /); // no stack trace
      expect(await portAnswers(redisPort)).toBe(false);
    } finally {
      await release();
    }
  });
});
