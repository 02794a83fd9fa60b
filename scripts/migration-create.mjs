// npm run migration:create -- <Name>
// Generates a migration from the difference between the entities and the migrated schema,
// on a scratch database, and registers it in migrations/index.ts. Read it before committing.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ensureDependencies, fail, loadServices, NX_ENV, root, run } from './lib.mjs';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  fail(
    'migration:create',
    'give the migration a PascalCase name, e.g. npm run migration:create -- AddProgrammes',
  );
}

await ensureDependencies();
await run('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], {
  env: { ...process.env, ...NX_ENV },
  quiet: true,
});
const require = createRequire(import.meta.url);
require('reflect-metadata');
const { createDataSource } = require(join(root, 'apps/api/dist/platform/database/data-source.js'));
const { Client } = require('pg');

const { ensureServices } = await loadServices();
const services = await ensureServices({ fast: true, log: () => undefined });
const scratch = `lantern_migration_${Date.now()}`;
const scratchUrl = Object.assign(new URL(services.databaseUrl), {
  pathname: `/${scratch}`,
}).toString();
const admin = new Client({ connectionString: services.databaseUrl });
await admin.connect();
try {
  await admin.query(`CREATE DATABASE "${scratch}"`);
  const dataSource = createDataSource(scratchUrl, 1);
  await dataSource.initialize();
  let log;
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    log = await dataSource.driver.createSchemaBuilder().log();
  } finally {
    await dataSource.destroy();
  }
  if (log.upQueries.length === 0) {
    console.log('No changes: the entities match the migrations.');
  } else {
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    const file = `${timestamp}-${kebab}`;
    // Two entities sharing an enum type make TypeORM emit its CREATE/DROP TYPE twice.
    // Keep the first CREATE (before any table uses it) and the last DROP (after all are gone).
    const once = (queries, prefix, keep) =>
      queries.filter((query, i) => {
        if (!query.query.startsWith(prefix)) return true;
        const same = queries
          .map((other, j) => (other.query === query.query ? j : -1))
          .filter((j) => j >= 0);
        return i === (keep === 'first' ? same[0] : same.at(-1));
      });
    const up = once(log.upQueries, 'CREATE TYPE', 'first');
    const down = once([...log.downQueries].reverse(), 'DROP TYPE', 'last');
    const q = (query) =>
      `    await queryRunner.query(${JSON.stringify(query.query)}${query.parameters?.length ? `, ${JSON.stringify(query.parameters)}` : ''});`;
    const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map(q).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.map(q).join('\n')}
  }
}
`;
    const dir = join(root, 'apps/api/src/platform/database/migrations');
    writeFileSync(join(dir, `${file}.ts`), body);
    const indexPath = join(dir, 'index.ts');
    const index = readFileSync(indexPath, 'utf8')
      .replace(
        /(import [^\n]+\n)(?![\s\S]*import )/,
        `$1import { ${className} } from './${file}';\n`,
      )
      .replace(/,?\s*\];\s*$/, (end) => `${end.startsWith(',') ? ',' : ''}\n  ${className},\n];\n`)
      .replace('[,', '[')
      .replace(/\[\n\s*\n/, '[\n');
    writeFileSync(indexPath, index);
    console.log(
      `Wrote apps/api/src/platform/database/migrations/${file}.ts (${log.upQueries.length} statements). Read it, then run npx prettier --write on it.`,
    );
  }
} finally {
  await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
  await admin.end();
  await services.stop();
}
