// Installs missing Debian packages with apt-get, for the few system programs Lantern's
// development tooling needs (PostgreSQL, Redis, Chromium). Only as root; otherwise it
// throws an Error that names the package to install.
import { spawn } from 'node:child_process';
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

const SYSTEM_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** apt-get update runs at most once per process. */
let listsUpdated = false;
/** apt-get calls of this process run one after the other (dpkg takes a global lock). */
let queue = Promise.resolve();

/** @returns {boolean} whether this process runs as root */
export function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * Finds an executable by absolute path or by name in PATH and the usual system folders.
 * @param {string} name
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | null} its path, or null when missing
 */
export function findBinary(name, env = process.env) {
  if (isAbsolute(name)) return isExecutable(name) ? name : null;
  const dirs = [...(env.PATH ?? '').split(delimiter), ...SYSTEM_DIRS].filter(Boolean);
  for (const dir of dirs) {
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Installs `pkgs` with apt-get when one of `binaries` is missing and we are root.
 * @param {string[]} pkgs Debian package names
 * @param {object} [options]
 * @param {string[]} [options.binaries] programs (names or absolute paths) the packages provide; default `pkgs`
 * @param {() => boolean} [options.present] custom test that the programs are there; default: all `binaries` found
 * @param {(line: string) => void} [options.log]
 * @param {string} [options.what] how to name the missing programs in errors; default the binaries
 * @param {string} [options.hint] appended to the "not found" error, e.g. "or set DATABASE_URL"
 * @returns {Promise<boolean>} true when something was installed
 */
export async function ensureAptPackages(pkgs, options = {}) {
  const { binaries = pkgs, log = (line) => console.log(line), what, hint } = options;
  const present = options.present ?? (() => binaries.every((bin) => findBinary(bin)));
  if (present()) return false;
  const list = pkgs.join(' ');
  const missing = `${what ?? binaries.join(', ')} not found`;
  const noun = pkgs.length === 1 ? 'package' : 'packages';
  const advice = `install the Debian ${noun} '${list}' (sudo apt-get install ${list})`;
  if (!isRoot()) throw new Error(`${missing}: ${advice}${hint ? ` ${hint}` : ''}`);
  if (!findBinary('apt-get')) {
    throw new Error(
      `${missing} and apt-get is not available: install ${list} with the system's package manager${hint ? ` ${hint}` : ''}`,
    );
  }
  const run = queue.then(() => aptInstall(pkgs, log));
  queue = run.catch(() => {});
  await run;
  if (!present())
    throw new Error(
      `apt-get installed ${list} but ${what ?? binaries.join(', ')} is still missing`,
    );
  return true;
}

/**
 * @param {string[]} pkgs
 * @param {(line: string) => void} log
 */
async function aptInstall(pkgs, log) {
  const list = pkgs.join(' ');
  const startedAt = Date.now();
  log(`apt: installing ${list} (apt-get install -y --no-install-recommends)`);
  if (!hasPackageLists()) await aptUpdate(log);
  const install = [
    'install',
    '-y',
    '--no-install-recommends',
    '-o',
    'DPkg::Lock::Timeout=120',
    ...pkgs,
  ];
  let result = await runApt(install);
  if (result.code !== 0 && !listsUpdated) {
    // Usually "Unable to locate package": the package lists are missing or stale.
    await aptUpdate(log);
    result = await runApt(install);
  }
  if (result.code !== 0) {
    throw new Error(`apt-get install ${list} failed (exit ${result.code}): ${result.lastLine}`);
  }
  log(`apt: installed ${list} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
}

/** @param {(line: string) => void} log */
async function aptUpdate(log) {
  if (listsUpdated) return;
  listsUpdated = true;
  log('apt: apt-get update');
  const result = await runApt(['update', '-o', 'DPkg::Lock::Timeout=120']);
  if (result.code !== 0)
    throw new Error(`apt-get update failed (exit ${result.code}): ${result.lastLine}`);
}

function hasPackageLists() {
  try {
    return readdirSync('/var/lib/apt/lists').some(
      (name) => name.endsWith('_Packages') || name.includes('_Packages.'),
    );
  } catch {
    return false;
  }
}

/**
 * Runs apt-get without a terminal; keeps its output only to explain a failure.
 * @param {string[]} args
 * @returns {Promise<{ code: number, lastLine: string }>}
 */
function runApt(args) {
  return new Promise((resolve) => {
    const child = spawn('apt-get', args, {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (/** @type {Buffer} */ chunk) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err) => resolve({ code: -1, lastLine: err.message }));
    child.on('close', (code) => {
      const lines = output
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const errorLine = lines.filter((l) => l.startsWith('E:')).pop();
      resolve({ code: code ?? -1, lastLine: errorLine ?? lines.pop() ?? '' });
    });
  });
}
