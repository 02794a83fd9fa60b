import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { seedDemo } from './app/seed/demo-seed';
import { buildSchemaText, readSchemaFile, SCHEMA_FILE } from './app/schema-file';
import { exitWithError } from './platform/bootstrap/fatal';
import { loadConfigFromProcess, type AppConfig } from './platform/config';
import { LocalDiskStorage } from './platform/storage/local-disk.storage';
import { createDataSource } from './platform/database/data-source';
import { pendingMigrationNames } from './platform/database/migration-guard';

const USAGE = `usage: node apps/api/dist/cli.js <command>

  migrate          apply pending database migrations
  migrate:status   list pending migrations (exit 1 if any)
  migrate:revert   undo the last applied migration
  seed             create or refresh the demo museum (idempotent)
  schema           write apps/api/schema.graphql from the resolvers
  schema --check   exit 1 if apps/api/schema.graphql is out of date`;

async function withDatabase<T>(
  work: (ds: ReturnType<typeof createDataSource>, config: AppConfig) => Promise<T>,
): Promise<T> {
  const config = loadConfigFromProcess();
  const dataSource = createDataSource(config.databaseUrl, 2);
  await dataSource.initialize();
  try {
    return await work(dataSource, config);
  } finally {
    await dataSource.destroy();
  }
}

async function main(command: string | undefined, flags: string[]): Promise<number> {
  switch (command) {
    case 'migrate':
      return withDatabase(async (ds) => {
        const applied = await ds.runMigrations({ transaction: 'each' });
        console.log(
          applied.length
            ? `applied ${applied.map((m) => m.name).join(', ')}`
            : 'database is up to date',
        );
        return 0;
      });
    case 'migrate:status':
      return withDatabase(async (ds) => {
        const pending = await pendingMigrationNames(ds);
        console.log(pending.length ? `pending: ${pending.join(', ')}` : 'no pending migrations');
        return pending.length ? 1 : 0;
      });
    case 'migrate:revert':
      return withDatabase(async (ds) => {
        await ds.undoLastMigration({ transaction: 'each' });
        console.log('reverted the last migration');
        return 0;
      });
    case 'seed':
      return withDatabase(async (ds, config) => {
        // Evidence pictures are stored where the API serves them from.
        const storage = new LocalDiskStorage(config.storageDir);
        const result = await seedDemo(ds, undefined, undefined, storage);
        const verb = result.organisation.created ? 'created' : 'already present';
        console.log(`demo museum ${verb}: ${result.organisation.name}`);
        if (result.activity) {
          const a = result.activity;
          console.log(
            `demo activity: ${a.programmes} programmes, ${a.partners} partners, ${a.sessions} sessions, ${a.attendanceCells} attendance cells`,
          );
        }
        if (flags.includes('--json')) console.log(JSON.stringify(result));
        return 0;
      });
    case 'schema': {
      const text = await buildSchemaText();
      if (flags.includes('--check')) {
        if (readSchemaFile() !== text) {
          console.error('apps/api/schema.graphql is out of date: run "npm run schema"');
          return 1;
        }
        console.log('schema.graphql is up to date');
        return 0;
      }
      writeFileSync(SCHEMA_FILE, text);
      console.log(`wrote ${SCHEMA_FILE.split(/[\\/]/).slice(-3).join('/')}`);
      return 0;
    }
    default:
      console.log(USAGE);
      return command ? 1 : 0;
  }
}

main(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error: unknown) => exitWithError('cli', error),
);
