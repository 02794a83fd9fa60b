// npm test: every level, ending with one line "N passed, N failed".
//   static       format, lint, typecheck, build  (one check each)
//   unit         *-unit projects                 (no I/O)
//   integration  api-int, infra-int              (real PostgreSQL and Redis)
//   api e2e      api-e2e                         (GraphQL over HTTP, API + worker in process)
//   browser e2e  process-e2e, web-e2e            (built app, Debian's Chromium)
// Run one level: npm test -- --only unit   (unit | integration | api-e2e | browser | static)
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDependencies, loadServices, NX_ENV, root, run, step } from './lib.mjs';

const argv = process.argv.slice(2);
const onlyIndex = argv.indexOf('--only');
const only = onlyIndex >= 0 ? argv[onlyIndex + 1] : null;
const LEVELS = ['static', 'unit', 'integration', 'api-e2e', 'browser'];
if (only && !LEVELS.includes(only)) {
  console.error(`lantern test: --only takes one of ${LEVELS.join(', ')}`);
  process.exit(2);
}
const wanted = (level) => !only || only === level;

const resultsDir = join(root, '.data', 'test-results');
const results = [];
const started = Date.now();

function record(level, name, passed, failed, seconds) {
  results.push({ level, name, passed, failed, seconds });
  const mark = failed ? '\u2717' : '\u2713';
  console.log(`${mark} ${name}: ${passed} passed, ${failed} failed (${seconds.toFixed(1)} s)`);
}

async function check(level, name, command, args, env) {
  step(name);
  const t = Date.now();
  const { code } = await run(command, args, { env, allowFailure: true });
  record(level, name, code === 0 ? 1 : 0, code === 0 ? 0 : 1, (Date.now() - t) / 1000);
}

async function vitest(level, name, projects, env) {
  step(name);
  const t = Date.now();
  const outputFile = join(resultsDir, `${level}.json`);
  rmSync(outputFile, { force: true });
  const args = [
    'vitest',
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${outputFile}`,
  ];
  const { code } = await run('npx', args, { env, allowFailure: true });
  let passed = 0;
  let failed = 0;
  try {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests;
    // A file that failed to load has no tests to count: count it as one failure.
    for (const file of report.testResults ?? []) {
      if (
        file.status === 'failed' &&
        (file.assertionResults ?? []).every((a) => a.status !== 'failed')
      )
        failed += 1;
    }
  } catch {
    failed = 1;
  }
  if (code !== 0 && failed === 0) failed = 1;
  if (code === 0 && passed === 0) {
    console.error(`${name}: no tests ran`);
    failed += 1;
  }
  record(level, name, passed, failed, (Date.now() - t) / 1000);
}

async function main() {
  await ensureDependencies();
  mkdirSync(resultsDir, { recursive: true });
  const env = { ...process.env, ...NX_ENV, NODE_ENV: 'test' };

  if (wanted('static')) {
    await check('static', 'format', 'npx', ['prettier', '--check', '--log-level=warn', '.'], env);
    await check('static', 'lint', 'npx', ['eslint', '--max-warnings=0', '.'], env);
    await check(
      'static',
      'typecheck',
      'npx',
      ['nx', 'run-many', '-t', 'typecheck', '--outputStyle=static'],
      env,
    );
  }
  if (wanted('static') || wanted('browser')) {
    await check(
      'static',
      'build',
      'npx',
      ['nx', 'run-many', '-t', 'build', '--outputStyle=static'],
      env,
    );
  }
  if (wanted('unit')) {
    await vitest('unit', 'unit tests', ['*-unit'], env);
  }

  const needsServices = wanted('integration') || wanted('api-e2e') || wanted('browser');
  let services = null;
  try {
    if (needsServices) {
      step('Starting PostgreSQL and Redis for the tests');
      const infra = await loadServices();
      services = await infra.ensureServices({
        fast: true,
        log: (line) => console.log(`  ${line}`),
      });
      env.DATABASE_URL = services.databaseUrl;
      env.REDIS_URL = services.redisUrl;
      if (wanted('browser'))
        env.CHROMIUM_PATH = await infra.ensureChromium({ log: (line) => console.log(`  ${line}`) });
    }
    if (wanted('integration'))
      await vitest('integration', 'integration tests', ['api-int', 'infra-int'], env);
    if (wanted('api-e2e')) await vitest('api-e2e', 'API end-to-end tests', ['api-e2e'], env);
    if (wanted('browser'))
      await vitest(
        'browser',
        'browser and process end-to-end tests',
        ['process-e2e', 'web-e2e'],
        env,
      );
  } finally {
    await services?.stop();
  }

  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log(`\nFinished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  for (const r of results)
    console.log(
      `  ${r.failed ? '\u2717' : '\u2713'} ${r.name.padEnd(40)} ${r.passed} passed, ${r.failed} failed`,
    );
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`lantern test: ${error instanceof Error ? error.message : String(error)}`);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
});
