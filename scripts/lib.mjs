// Small helpers shared by the npm scripts. Node built-ins only: these run before npm install.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const WORKSPACE_MANIFESTS = [
  'package.json',
  'package-lock.json',
  'apps/api/package.json',
  'apps/web/package.json',
  'libs/domain/package.json',
  'libs/ui/package.json',
  'libs/testing/package.json',
  'tests/package.json',
];
const STAMP = join(root, 'node_modules', '.lantern-deps');

/** Prints a step heading. */
export function step(message) {
  console.log(`\n\u25b8 ${message}`);
}

/** One line on stderr, then exit 1. */
export function fail(prefix, message) {
  console.error(`${prefix}: ${message}`);
  process.exit(1);
}

function manifestHash() {
  const hash = createHash('sha256');
  for (const file of WORKSPACE_MANIFESTS) {
    const path = join(root, file);
    if (existsSync(path)) hash.update(file).update(readFileSync(path));
  }
  return hash.digest('hex');
}

/** Runs `npm install` when node_modules is missing or older than the manifests. */
export async function ensureDependencies() {
  const current = manifestHash();
  const installed = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : '';
  if (installed === current && existsSync(join(root, 'node_modules', '.bin', 'nx'))) return false;
  step(
    existsSync(join(root, 'node_modules'))
      ? 'Dependencies changed: npm install'
      : 'Installing dependencies (npm install)',
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { quiet: false });
  writeFileSync(STAMP, manifestHash());
  return true;
}

/**
 * Runs a command; resolves with its exit code when `allowFailure`, else rejects on non-zero.
 * Output is shown unless `quiet`, in which case it is returned and shown only on failure.
 */
export function run(command, args, options = {}) {
  const { env = process.env, quiet = false, allowFailure = false, cwd = root } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      if (status === 0 || allowFailure) return resolve({ code: status, output });
      if (quiet) process.stderr.write(output);
      reject(new Error(`${command} ${args.join(' ')} exited with ${signal ?? status}`));
    });
  });
}

/** Resolves true when nothing is listening on the port (on any interface). */
export function portIsFree(port, host = '0.0.0.0') {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** Waits until `url` answers 200, or the child exits, or the time runs out. */
export async function waitForHttp(url, { timeoutMs = 30_000, children = [] } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dead = children.find((child) => child.exitCode !== null || child.signalCode !== null);
    if (dead) return false;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/** Stops child processes with SIGTERM, then SIGKILL after the grace period. */
export async function stopChildren(children, graceMs = 20_000) {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}

/** infra/services.mjs needs pg and ioredis, so it is loaded after the install step. */
export async function loadServices() {
  return import('../infra/services.mjs');
}

export const NX_ENV = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
