// Makes PostgreSQL and Redis available for `npm start`, `npm test` and `npm run dev`:
// uses DATABASE_URL / REDIS_URL when they answer, else reuses or starts private servers on
// 127.0.0.1 with their data under .data/ (see infra/README-services.md).
//
//   node infra/services.mjs up      start them, print DATABASE_URL=... and REDIS_URL=..., stop on Ctrl-C
//   node infra/services.mjs check   tell whether each is reachable (exit 0 when both are)
import { execFileSync, spawn } from 'node:child_process';
import {
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { Redis } from 'ioredis';
import { ensureAptPackages, findBinary, isRoot } from './apt.mjs';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';
const PG_USER = 'lantern';
const PG_DATABASE = 'lantern';
const ENV_CHECK_TIMEOUT_MS = 3000;
const PROBE_TIMEOUT_MS = 2000;
const PG_START_TIMEOUT_MS = 30_000;
const REDIS_START_TIMEOUT_MS = 10_000;
const STOP_GRACE_MS = 10_000;

/**
 * @typedef {object} ServiceOptions
 * @property {string} [dataDir] where private servers keep their data; default `<repo>/.data` (env LANTERN_DATA_DIR)
 * @property {number} [pgPort] private PostgreSQL port; default 54329 (env LANTERN_PG_PORT)
 * @property {number} [redisPort] private Redis port; default 63799 (env LANTERN_REDIS_PORT)
 * @property {boolean} [fast] trade durability for speed (tests): no fsync, no Redis snapshots
 * @property {(line: string) => void} [log]
 * @property {NodeJS.ProcessEnv} [env] where DATABASE_URL, REDIS_URL and LANTERN_* are read
 *
 * @typedef {Required<Omit<ServiceOptions, 'env'>> & { env: NodeJS.ProcessEnv }} Config
 *
 * @typedef {object} Server a server process this module started
 * @property {'postgres' | 'redis'} name
 * @property {number} pid
 * @property {import('node:child_process').ChildProcess} child
 * @property {() => Promise<void>} stop
 *
 * @typedef {object} Services
 * @property {string} databaseUrl
 * @property {string} redisUrl
 * @property {string[]} started names of the servers this call started ('postgres', 'redis')
 * @property {Record<string, number>} pids their process ids, by name
 * @property {() => Promise<void>} stop stops only what this call started; idempotent
 */

// ---------------------------------------------------------------------------------------------
// ensureServices

/**
 * Makes PostgreSQL and Redis available and tells where.
 * @param {ServiceOptions} [options]
 * @returns {Promise<Services>}
 */
export async function ensureServices(options = {}) {
  const cfg = resolveConfig(options);
  /** @type {Server[]} */
  const started = [];
  const stop = once(() => stopServers(started));
  try {
    const [envDb, envRedis] = await Promise.all([
      usableEnvUrl(cfg, 'DATABASE_URL', checkPostgresUrl),
      usableEnvUrl(cfg, 'REDIS_URL', checkRedisUrl),
    ]);
    let databaseUrl = envDb;
    let redisUrl = envRedis;
    if (!databaseUrl || !redisUrl) {
      mkdirSync(cfg.dataDir, { recursive: true });
      [databaseUrl, redisUrl] = await withLock(join(cfg.dataDir, '.services.lock'), () =>
        settleAll([
          databaseUrl ? Promise.resolve(databaseUrl) : providePostgres(cfg, started),
          redisUrl ? Promise.resolve(redisUrl) : provideRedis(cfg, started),
        ]),
      );
    }
    return {
      databaseUrl,
      redisUrl,
      started: started.map((s) => s.name),
      pids: Object.fromEntries(started.map((s) => [s.name, s.pid])),
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * @param {ServiceOptions} options
 * @returns {Config}
 */
function resolveConfig(options) {
  const env = options.env ?? process.env;
  return {
    env,
    dataDir: resolve(options.dataDir ?? (env.LANTERN_DATA_DIR || join(REPO_ROOT, '.data'))),
    pgPort: options.pgPort ?? portFromEnv(env, 'LANTERN_PG_PORT') ?? 54329,
    redisPort: options.redisPort ?? portFromEnv(env, 'LANTERN_REDIS_PORT') ?? 63799,
    fast: options.fast ?? false,
    log: options.log ?? ((line) => console.log(line)),
  };
}

/**
 * @param {NodeJS.ProcessEnv} env
 * @param {string} name
 */
function portFromEnv(env, name) {
  const value = env[name];
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name}=${value} is not a TCP port number`);
  }
  return port;
}

/**
 * Returns env[name] when it answers; logs one warning line when it is set but does not.
 * @param {Config} cfg
 * @param {'DATABASE_URL' | 'REDIS_URL'} name
 * @param {(url: string, timeoutMs: number) => Promise<void>} check
 * @returns {Promise<string | null>}
 */
async function usableEnvUrl(cfg, name, check) {
  const url = cfg.env[name];
  if (!url) return null;
  try {
    await check(url, ENV_CHECK_TIMEOUT_MS);
    cfg.log(`${name}: using ${redactUrl(url)}`);
    return url;
  } catch (err) {
    const reason = redactSecrets(errorMessage(err), url);
    cfg.log(
      `warning: ${name} (${redactUrl(url)}) is not reachable: ${reason}; using a private server instead`,
    );
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

/**
 * Reuses the private PostgreSQL when its port already answers, else starts it.
 * @param {Config} cfg
 * @param {Server[]} started
 * @returns {Promise<string>} the database URL
 */
async function providePostgres(cfg, started) {
  const port = cfg.pgPort;
  const state = await settledProbe(() => probePostgres(port));
  if (state.kind === 'ours') {
    cfg.log(`PostgreSQL: reusing the server already running on ${HOST}:${port}`);
  } else if (state.kind === 'free') {
    await startPostgres(cfg, started);
  } else {
    throw portInUse(port, 'LANTERN_PG_PORT', state.reason);
  }
  await createDatabaseIfMissing(port);
  return `postgres://${PG_USER}@${HOST}:${port}/${PG_DATABASE}`;
}

/**
 * @typedef {{ kind: 'ours' | 'free' | 'starting' | 'foreign', reason?: string }} ProbeResult
 */

/**
 * What answers on a local port: our kind of PostgreSQL (user lantern, no password), nothing,
 * a PostgreSQL still starting up, or something else.
 * @param {number} port
 * @returns {Promise<ProbeResult>}
 */
async function probePostgres(port) {
  try {
    await checkPostgresUrl(`postgres://${PG_USER}@${HOST}:${port}/postgres`, PROBE_TIMEOUT_MS);
    return { kind: 'ours' };
  } catch (err) {
    const code = /** @type {{ code?: string }} */ (err).code;
    if (code === 'ECONNREFUSED') return { kind: 'free' };
    if (code === '57P03') return { kind: 'starting' }; // the database system is starting up
    return { kind: 'foreign', reason: errorMessage(err) };
  }
}

/**
 * Connects and runs SELECT 1; rejects on failure or after timeoutMs.
 * @param {string} url
 * @param {number} timeoutMs
 */
export async function checkPostgresUrl(url, timeoutMs) {
  await withPg(url, timeoutMs, (client) => client.query('SELECT 1'));
}

/**
 * @template T
 * @param {string} url
 * @param {number} timeoutMs
 * @param {(client: pg.Client) => Promise<T>} work
 * @returns {Promise<T>}
 */
async function withPg(url, timeoutMs, work) {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
  });
  client.on('error', () => {}); // errors after connect surface through the awaited calls
  try {
    await withTimeout(client.connect(), timeoutMs, 'connection timed out');
    return await work(client);
  } finally {
    client.end().catch(() => {});
  }
}

/** @param {number} port */
async function createDatabaseIfMissing(port) {
  const url = `postgres://${PG_USER}@${HOST}:${port}/postgres`;
  await withPg(url, 10_000, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [PG_DATABASE]);
    if (found.rowCount) return;
    try {
      await client.query(`CREATE DATABASE ${PG_DATABASE}`);
    } catch (err) {
      // 42P04: created meanwhile by another process
      if (/** @type {{ code?: string }} */ (err).code !== '42P04') throw err;
    }
  });
}

/**
 * Initialises the cluster on first use and starts the postmaster, adding it to `started` as
 * soon as it runs (so that a failure while waiting for it still stops it).
 * @param {Config} cfg
 * @param {Server[]} started
 */
async function startPostgres(cfg, started) {
  const dir = join(cfg.dataDir, 'postgres');
  const binDir = await postgresBinDir(cfg, clusterVersion(dir));
  const owner = isRoot() ? postgresAccount() : undefined;
  if (!clusterVersion(dir)) await initCluster(cfg, binDir, dir, owner);
  removeForeignPidFile(cfg, dir);
  const args = ['-D', dir, '-p', String(cfg.pgPort), '-k', socketDir(dir, cfg.pgPort)];
  args.push('-c', `listen_addresses=${HOST}`, '-c', 'max_connections=200');
  if (cfg.fast)
    args.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const startedAt = Date.now();
  const server = spawnServer(cfg, {
    name: 'postgres',
    command: join(binDir, 'postgres'),
    args,
    cwd: dir,
    logFile: join(cfg.dataDir, 'postgres.log'),
    owner,
    stopSignal: 'SIGINT', // "fast" shutdown
  });
  started.push(server);
  await waitUntilReady(cfg, server, PG_START_TIMEOUT_MS, async () => {
    const state = await probePostgres(cfg.pgPort);
    return state.kind === 'ours';
  });
  cfg.log(
    `PostgreSQL: started on ${HOST}:${cfg.pgPort} (pid ${server.pid}, data ${display(dir)}) in ${seconds(startedAt)}`,
  );
}

/**
 * The bin directory of the newest PostgreSQL >= 15 (or of `preferred`, the data's version);
 * installs the Debian package when there is none and we are root.
 * @param {Config} cfg
 * @param {number | null} preferred
 */
async function postgresBinDir(cfg, preferred) {
  const found = findPostgresBinDir(preferred);
  if (found) return found;
  await ensureAptPackages(['postgresql'], {
    present: () => findPostgresBinDir(preferred) !== null, // the server binaries are not in PATH
    log: cfg.log,
    what: 'PostgreSQL 15+ server binaries',
    hint: 'or set DATABASE_URL',
  });
  cfg.log(
    'PostgreSQL: note that the Debian package may also start a system cluster on port 5432; Lantern does not use it',
  );
  const installed = findPostgresBinDir(preferred);
  if (!installed)
    throw new Error('PostgreSQL 15+ server binaries not found after installing postgresql');
  return installed;
}

/**
 * @param {number | null} preferred
 * @returns {string | null}
 */
function findPostgresBinDir(preferred) {
  const base = '/usr/lib/postgresql';
  const versions = safeReaddir(base)
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((v) => v >= 15 && existsSync(join(base, String(v), 'bin', 'postgres')))
    .sort((a, b) => b - a);
  const version = preferred && versions.includes(preferred) ? preferred : versions[0];
  if (version) return join(base, String(version), 'bin');
  for (const dir of [pgConfigBinDir(), dirnameOf(findBinary('postgres'))]) {
    if (dir && postgresMajor(join(dir, 'postgres')) >= 15) return dir;
  }
  return null;
}

function pgConfigBinDir() {
  const pgConfig = findBinary('pg_config');
  if (!pgConfig) return null;
  try {
    return execFileSync(pgConfig, ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/** @param {string} postgres */
function postgresMajor(postgres) {
  try {
    const out = execFileSync(postgres, ['--version'], { encoding: 'utf8' });
    return Number(/(\d+)(?:\.\d+)?/.exec(out)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * The major version of an initialised data directory, or null.
 * @param {string} dir
 */
function clusterVersion(dir) {
  try {
    return Number(readFileSync(join(dir, 'PG_VERSION'), 'utf8').trim()) || null;
  } catch {
    return null;
  }
}

/**
 * PostgreSQL refuses to run as root: as root its files and processes belong to `postgres`.
 * @returns {{ uid: number, gid: number }}
 */
function postgresAccount() {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error(
      "running as root but there is no 'postgres' user to run PostgreSQL: install the Debian package 'postgresql' or run as a normal user",
    );
  }
}

/**
 * @param {Config} cfg
 * @param {string} binDir
 * @param {string} dir
 * @param {{ uid: number, gid: number } | undefined} owner
 */
async function initCluster(cfg, binDir, dir, owner) {
  if (safeReaddir(dir).length > 0) {
    throw new Error(`${display(dir)} exists but is not a PostgreSQL data directory: remove it`);
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (owner) {
    assertReachableBy(owner, dirname(dir));
    chownSync(dir, owner.uid, owner.gid);
  }
  cfg.log(`PostgreSQL: first run, creating a cluster in ${display(dir)}`);
  const startedAt = Date.now();
  const args = ['-D', dir, '-U', PG_USER, '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'];
  const result = await runQuietly(join(binDir, 'initdb'), args, { cwd: dir, ...owner });
  if (result.code !== 0) {
    const cause =
      result.lastLines.filter((l) => /error|fatal/i.test(l)).pop() ?? result.lastLines.pop();
    throw new Error(`initdb failed (exit ${result.code}): ${cause ?? ''}`);
  }
  cfg.log(`PostgreSQL: initdb done in ${seconds(startedAt)}`);
}

/**
 * The postgres user must be able to enter every folder above its data directory.
 * @param {{ uid: number, gid: number }} owner
 * @param {string} dir
 */
function assertReachableBy(owner, dir) {
  for (let d = dir; ; d = dirname(d)) {
    const { mode, uid, gid } = statSync(d);
    const canEnter =
      mode & 0o001 || (uid === owner.uid && mode & 0o100) || (gid === owner.gid && mode & 0o010);
    if (!canEnter) {
      throw new Error(
        `user postgres cannot enter ${d}: chmod o+x it, or set LANTERN_DATA_DIR to a folder it can reach`,
      );
    }
    if (dirname(d) === d) return;
  }
}

/**
 * A postmaster.pid whose process is dead is handled by PostgreSQL itself (it also checks that
 * no old backend still uses the shared memory). But when the pid has been reused by another,
 * live program, PostgreSQL would refuse to start: remove the file in that case only.
 * @param {Config} cfg
 * @param {string} dir
 */
function removeForeignPidFile(cfg, dir) {
  const file = join(dir, 'postmaster.pid');
  let pid;
  try {
    pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  if (!pid || !isAlive(pid)) return;
  const name = processName(pid);
  if (name === null || name === 'postgres') return; // unknown, or a real postmaster: let postgres decide
  rmSync(file, { force: true });
  cfg.log(`PostgreSQL: removed a stale postmaster.pid (pid ${pid} is now '${name}')`);
}

/**
 * Unix socket folder for -k; '' (no socket) when the path would exceed the 107-byte limit.
 * @param {string} dir
 * @param {number} port
 */
function socketDir(dir, port) {
  return Buffer.byteLength(join(dir, `.s.PGSQL.${port}`)) < 100 ? dir : '';
}

// ---------------------------------------------------------------------------------------------
// Redis

/**
 * Reuses a Redis already answering on the port, else starts one.
 * @param {Config} cfg
 * @param {Server[]} started
 * @returns {Promise<string>} the Redis URL
 */
async function provideRedis(cfg, started) {
  const port = cfg.redisPort;
  const state = await settledProbe(() => probeRedis(port));
  if (state.kind === 'ours') {
    cfg.log(`Redis: reusing the server already running on ${HOST}:${port}`);
  } else if (state.kind === 'free') {
    await startRedis(cfg, started);
  } else {
    throw portInUse(port, 'LANTERN_REDIS_PORT', state.reason);
  }
  return `redis://${HOST}:${port}`;
}

/**
 * @param {number} port
 * @returns {Promise<ProbeResult>}
 */
async function probeRedis(port) {
  try {
    await checkRedisUrl(`redis://${HOST}:${port}`, PROBE_TIMEOUT_MS);
    return { kind: 'ours' };
  } catch (err) {
    const message = errorMessage(err);
    if (/ECONNREFUSED/.test(message)) return { kind: 'free' };
    if (/^LOADING/.test(message)) return { kind: 'starting' };
    return { kind: 'foreign', reason: message };
  }
}

/**
 * PING once, without retries; rejects on failure or after timeoutMs.
 * @param {string} url
 * @param {number} timeoutMs
 */
export async function checkRedisUrl(url, timeoutMs) {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    enableOfflineQueue: false,
  });
  /** @type {Error | undefined} */
  let lastError;
  redis.on('error', (err) => {
    lastError = err;
  });
  try {
    await withTimeout(redis.connect(), timeoutMs, 'connection timed out');
    const reply = await withTimeout(redis.ping(), timeoutMs, 'PING timed out');
    if (reply !== 'PONG') throw new Error(`unexpected PING reply ${JSON.stringify(reply)}`);
  } catch (err) {
    // ioredis reports "Connection is closed." on refusal: the socket error says more
    throw lastError && /Connection is closed/.test(errorMessage(err)) ? lastError : err;
  } finally {
    redis.disconnect();
  }
}

/**
 * @param {Config} cfg
 * @param {Server[]} started
 */
async function startRedis(cfg, started) {
  const command = findBinary('redis-server', cfg.env) ?? (await installRedis(cfg));
  const dir = join(cfg.dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const args = ['--port', String(cfg.redisPort), '--bind', HOST, '--dir', dir, '--daemonize', 'no'];
  args.push('--save', cfg.fast ? '' : '60 1', '--appendonly', 'no', '--protected-mode', 'yes');
  const startedAt = Date.now();
  const server = spawnServer(cfg, {
    name: 'redis',
    command,
    args,
    cwd: dir,
    logFile: join(cfg.dataDir, 'redis.log'),
    stopSignal: 'SIGTERM',
  });
  started.push(server);
  await waitUntilReady(cfg, server, REDIS_START_TIMEOUT_MS, async () => {
    const state = await probeRedis(cfg.redisPort);
    return state.kind === 'ours';
  });
  cfg.log(
    `Redis: started on ${HOST}:${cfg.redisPort} (pid ${server.pid}) in ${seconds(startedAt)}`,
  );
}

/** @param {Config} cfg */
async function installRedis(cfg) {
  await ensureAptPackages(['redis-server'], { binaries: ['redis-server'], log: cfg.log });
  cfg.log(
    'Redis: note that the Debian package may also start a system Redis on port 6379; Lantern does not use it',
  );
  const command = findBinary('redis-server', cfg.env);
  if (!command) throw new Error('redis-server not found after installing redis-server');
  return command;
}

// ---------------------------------------------------------------------------------------------
// Chromium

/**
 * The Chromium executable for browser tests; installs Debian's `chromium` when missing and root.
 * @param {{ log?: (line: string) => void, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<string>}
 */
export async function ensureChromium(options = {}) {
  const { log = (line) => console.log(line), env = process.env } = options;
  if (env.CHROMIUM_PATH) {
    if (findBinary(env.CHROMIUM_PATH, env)) return env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file`);
  }
  const names = ['chromium', 'chromium-browser'];
  const existing = names.map((name) => findBinary(name, env)).find(Boolean);
  if (existing) return existing;
  await ensureAptPackages(['chromium'], {
    binaries: ['chromium'],
    log,
    what: 'Chromium',
    hint: 'or set CHROMIUM_PATH',
  });
  const installed = findBinary('chromium', env);
  if (!installed)
    throw new Error('chromium not found after installing the Debian package chromium');
  return installed;
}

// ---------------------------------------------------------------------------------------------
// Server processes

/**
 * Spawns a server in its own process group (so Ctrl-C in a terminal reaches only us, and
 * stop() shuts it down in order) with its output appended to logFile.
 * @param {Config} cfg
 * @param {{ name: Server['name'], command: string, args: string[], cwd: string, logFile: string,
 *   owner?: { uid: number, gid: number }, stopSignal: NodeJS.Signals }} spec
 * @returns {Server}
 */
function spawnServer(cfg, spec) {
  writeFileSync(
    spec.logFile,
    `\n--- ${new Date().toISOString()} ${spec.command} ${spec.args.join(' ')}\n`,
    {
      flag: 'a',
    },
  );
  const fd = openSync(spec.logFile, 'a');
  /** @type {import('node:child_process').ChildProcess} */
  let child;
  try {
    child = spawn(spec.command, spec.args, {
      cwd: spec.cwd,
      stdio: ['ignore', fd, fd],
      detached: true,
      ...(spec.owner ?? {}),
    });
  } finally {
    closeSync(fd);
  }
  child.on('error', (err) => cfg.log(`${spec.name}: ${err.message}`));
  child.unref(); // the caller's stop() ends it; a forgotten stop() must not keep node alive
  if (!child.pid) throw new Error(`could not start ${spec.command}`);
  const pid = child.pid;
  return {
    name: spec.name,
    pid,
    child,
    stop: once(() => stopProcess(child, spec.stopSignal)),
  };
}

/**
 * Polls `ready` until it returns true; fails early when the process exits. On failure, logs
 * the end of the server's log file and throws.
 * @param {Config} cfg
 * @param {Server} server
 * @param {number} timeoutMs
 * @param {() => Promise<boolean>} ready
 */
async function waitUntilReady(cfg, server, timeoutMs, ready) {
  const deadline = Date.now() + timeoutMs;
  const logFile = join(cfg.dataDir, `${server.name}.log`);
  while (Date.now() < deadline) {
    if (hasExited(server.child)) {
      throw startFailure(cfg, server, logFile, `exited with ${exitDescription(server.child)}`);
    }
    if (await ready()) return;
    await sleep(100);
  }
  throw startFailure(cfg, server, logFile, `did not answer within ${timeoutMs / 1000} s`);
}

/**
 * @param {Config} cfg
 * @param {Server} server
 * @param {string} logFile
 * @param {string} what
 */
function startFailure(cfg, server, logFile, what) {
  const lines = tailOfLastRun(logFile, 15);
  for (const line of lines) cfg.log(`  ${server.name}.log | ${line}`);
  const cause = lines.filter((l) => /FATAL|ERROR|#/.test(l)).pop() ?? lines.pop() ?? '';
  const label = server.name === 'postgres' ? 'PostgreSQL' : 'Redis';
  const reason = cause.replace(/^.*?\b(FATAL|ERROR|PANIC):\s*/, '$1: ').trim(); // drop log prefixes
  const detail = reason ? `: ${reason}` : '';
  return new Error(`${label} ${what}${detail} (see ${display(logFile)})`);
}

/**
 * Sends the stop signal, waits for the exit, then SIGKILLs the whole process group.
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
async function stopProcess(child, signal) {
  if (hasExited(child) || !child.pid) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  signalProcess(child.pid, signal);
  if (await within(exited, STOP_GRACE_MS)) return;
  signalProcess(-child.pid, 'SIGKILL');
  await within(exited, 5000);
}

/** @param {Server[]} servers */
async function stopServers(servers) {
  await Promise.all(servers.map((server) => server.stop()));
}

/** @param {import('node:child_process').ChildProcess} child */
function hasExited(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

/** @param {import('node:child_process').ChildProcess} child */
function exitDescription(child) {
  return child.signalCode ? `signal ${child.signalCode}` : `code ${child.exitCode}`;
}

/**
 * @param {number} pid negative for a process group
 * @param {NodeJS.Signals} signal
 */
function signalProcess(pid, signal) {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return /** @type {{ code?: string }} */ (err).code === 'EPERM';
  }
}

/**
 * @param {number} pid
 * @returns {string | null} the process's command name, or null when unknown
 */
function processName(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/**
 * Serialises starts that share a data directory (e.g. parallel test runs) across processes.
 * A lock left by a dead process is taken over.
 * @template T
 * @param {string} file
 * @param {() => Promise<T>} work
 * @returns {Promise<T>}
 */
async function withLock(file, work) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if (/** @type {{ code?: string }} */ (err).code !== 'EEXIST') throw err;
    }
    const holder = lockHolder(file);
    if (holder === 'stale') {
      rmSync(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`${display(file)} is held by process ${holder}`);
    await sleep(200);
  }
  try {
    return await work();
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * @param {string} file
 * @returns {number | 'stale' | 'unknown'}
 */
function lockHolder(file) {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    if (pid) return isAlive(pid) ? pid : 'stale';
    // just created, pid not written yet; or left empty by a crash long ago
    return Date.now() - statSync(file).mtimeMs > 10_000 ? 'stale' : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Probes, waiting while the server reports that it is still starting up.
 * @param {() => Promise<ProbeResult>} probe
 */
async function settledProbe(probe) {
  const deadline = Date.now() + PG_START_TIMEOUT_MS;
  let state = await probe();
  while (state.kind === 'starting' && Date.now() < deadline) {
    await sleep(200);
    state = await probe();
  }
  return state;
}

/**
 * Like Promise.all, but waits for every promise before rejecting, so that nothing is still
 * starting when the caller cleans up.
 * @param {[Promise<string>, Promise<string>]} promises
 * @returns {Promise<[string, string]>}
 */
async function settleAll(promises) {
  const results = await Promise.allSettled(promises);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw /** @type {PromiseRejectedResult} */ (failed).reason;
  return /** @type {[string, string]} */ (
    results.map((r) => /** @type {PromiseFulfilledResult<string>} */ (r).value)
  );
}

/**
 * @param {number} port
 * @param {string} variable
 * @param {string | undefined} reason
 */
function portInUse(port, variable, reason) {
  const error = new Error(
    `Port ${port} is in use by another program: set ${variable} to a free port`,
  );
  error.cause = reason;
  return error;
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} message
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms, message) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() =>
    clearTimeout(timer),
  );
}

/**
 * @param {Promise<unknown>} promise
 * @param {number} ms
 * @returns {Promise<boolean>} whether it settled within ms
 */
function within(promise, ms) {
  return withTimeout(
    promise.then(() => true),
    ms,
    'timeout',
  ).catch(() => false);
}

/**
 * @template T
 * @param {() => Promise<T>} fn
 * @returns {() => Promise<T>}
 */
function once(fn) {
  /** @type {Promise<T> | undefined} */
  let result;
  return () => (result ??= fn());
}

/**
 * The URL with its password (and any user info beyond the name) replaced by ***.
 * @param {string} url
 */
export function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<unparseable URL>';
  }
}

/**
 * @param {string} text
 * @param {string} url
 */
function redactSecrets(text, url) {
  let password = '';
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    // unparseable: nothing to hide but the URL itself
  }
  let result = text.split(url).join(redactUrl(url));
  if (password) result = result.split(password).join('***');
  return result;
}

/** @param {unknown} err */
function errorMessage(err) {
  if (err instanceof AggregateError && err.errors.length) return errorMessage(err.errors[0]);
  if (err instanceof Error)
    return err.message || /** @type {{ code?: string }} */ (err).code || err.name;
  return String(err);
}

/**
 * The last lines a server wrote during its latest run (after our header line).
 * @param {string} file
 * @param {number} count
 */
function tailOfLastRun(file, count) {
  try {
    const text = readFileSync(file, 'utf8');
    const lastRun = text.slice(text.lastIndexOf('\n--- ') + 1);
    return lastRun.split('\n').slice(1).filter(Boolean).slice(-count);
  } catch {
    return [];
  }
}

/** @param {string} dir */
function safeReaddir(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** @param {string | null} file */
function dirnameOf(file) {
  return file ? dirname(file) : null;
}

/** Paths inside the repository are shown relative to it. @param {string} path */
function display(path) {
  const rel = relative(REPO_ROOT, path);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : path;
}

/** @param {number} since */
function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/**
 * Runs a one-shot program, keeping the end of its output for error messages.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, uid?: number, gid?: number }} options
 * @returns {Promise<{ code: number, lastLines: string[] }>}
 */
function runQuietly(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (/** @type {Buffer} */ chunk) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err) => resolve({ code: -1, lastLines: [err.message] }));
    child.on('close', (code) =>
      resolve({ code: code ?? -1, lastLines: output.split('\n').filter(Boolean) }),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Command line

/** @param {string[]} argv */
async function main(argv) {
  const command = argv[0] ?? 'up';
  if (command === 'up') return up();
  if (command === 'check') return check();
  throw new Error(`unknown command '${command}': use 'up' or 'check'`);
}

/** Starts what is missing, prints the URLs, and stops what it started on SIGINT/SIGTERM. */
async function up() {
  /** @type {Services | undefined} */
  let services;
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    if (services) await services.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  services = await ensureServices({ log: (line) => console.error(line) });
  if (stopping) {
    // a signal arrived while starting
    await services.stop();
    process.exit(0);
  }
  console.log(`DATABASE_URL=${redactUrl(services.databaseUrl)}`);
  console.log(`REDIS_URL=${redactUrl(services.redisUrl)}`);
  const { pids } = services;
  console.error(
    services.started.length
      ? `Started ${services.started.join(' and ')}; press Ctrl-C to stop.`
      : 'Nothing to start: both were already running (Ctrl-C leaves them running).',
  );
  setInterval(() => {
    const dead = Object.entries(pids).find(([, pid]) => !isAlive(pid));
    if (dead && !stopping) {
      stopping = true;
      console.error(
        `lantern services: ${dead[0]} (pid ${dead[1]}) exited unexpectedly; see its log in the data folder`,
      );
      services?.stop().finally(() => process.exit(1));
    }
  }, 2000);
}

/** Prints whether PostgreSQL and Redis are reachable; exit code 0 when both are. */
async function check() {
  const cfg = resolveConfig({});
  const targets = [
    {
      label: 'PostgreSQL',
      env: 'DATABASE_URL',
      check: checkPostgresUrl,
      own: `postgres://${PG_USER}@${HOST}:${cfg.pgPort}/${PG_DATABASE}`,
    },
    {
      label: 'Redis',
      env: 'REDIS_URL',
      check: checkRedisUrl,
      own: `redis://${HOST}:${cfg.redisPort}`,
    },
  ];
  let allReachable = true;
  for (const target of targets) {
    const urls = [cfg.env[target.env], target.own].filter((u) => typeof u === 'string' && u !== '');
    const failures = [];
    let reachable = null;
    for (const url of /** @type {string[]} */ (urls)) {
      try {
        await target.check(url, ENV_CHECK_TIMEOUT_MS);
        reachable = url;
        break;
      } catch (err) {
        failures.push(`${redactUrl(url)}: ${redactSecrets(errorMessage(err), url)}`);
      }
    }
    if (reachable) console.log(`${target.label}: reachable at ${redactUrl(reachable)}`);
    else console.log(`${target.label}: not reachable (${failures.join('; ')})`);
    allReachable &&= reachable !== null;
  }
  process.exitCode = allReachable ? 0 : 1;
}

function isMain() {
  try {
    return realpathSync(process.argv[1] ?? '') === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isMain()) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(`lantern services: ${errorMessage(err).split('\n')[0]}`);
    process.exit(1);
  });
}
