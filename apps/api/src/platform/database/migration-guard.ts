import { DataSource } from 'typeorm';

export class PendingMigrationsError extends Error {
  override name = 'PendingMigrationsError';
}

/** API and worker refuse to start while a migration is pending. */
export async function assertNoPendingMigrations(dataSource: DataSource): Promise<void> {
  const pending = await pendingMigrationNames(dataSource);
  if (pending.length > 0) {
    throw new PendingMigrationsError(
      `${pending.length} database migration(s) pending (${pending.join(', ')}): run "npm run migrate" first`,
    );
  }
}

export async function pendingMigrationNames(dataSource: DataSource): Promise<string[]> {
  const table = dataSource.options.migrationsTableName ?? 'migrations';
  const exists = (await dataSource.query(`SELECT to_regclass($1) AS name`, [table])) as Array<{
    name: string | null;
  }>;
  const applied = new Set<string>();
  if (exists[0]?.name) {
    const rows = (await dataSource.query(`SELECT name FROM "${table}"`)) as Array<{ name: string }>;
    for (const row of rows) applied.add(row.name);
  }
  return dataSource.migrations
    .map((migration) => migration.name ?? migration.constructor.name)
    .filter((name) => !applied.has(name));
}
