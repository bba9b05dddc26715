import { Migrator, sql } from 'kysely';
import type { Database } from './database.js';
import { KNOWN_MIGRATIONS, migrationProvider } from './migrations/index.js';

const MIGRATION_TABLE = 'kysely_migration';

export type SchemaState =
  | { status: 'current' }
  | { status: 'empty' }
  | { status: 'behind'; pending: string[] }
  | { status: 'ahead'; unknown: string[] };

function migrator(database: Database): Migrator {
  return new Migrator({ db: database.db, provider: migrationProvider(database.engine), migrationTableName: MIGRATION_TABLE });
}

export async function migrateToLatest(database: Database): Promise<string[]> {
  const state = await schemaState(database);
  if (state.status === 'ahead') throw new SchemaError(state);
  const { error, results } = await migrator(database).migrateToLatest();
  if (error !== undefined) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

async function appliedMigrations(database: Database): Promise<string[] | undefined> {
  const tables = await database.db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === MIGRATION_TABLE)) return undefined;
  const rows = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(database.db);
  return rows.rows.map((r) => r.name);
}

export async function schemaState(database: Database): Promise<SchemaState> {
  const applied = await appliedMigrations(database);
  if (applied === undefined || applied.length === 0) return { status: 'empty' };
  const unknown = applied.filter((name) => !KNOWN_MIGRATIONS.includes(name));
  if (unknown.length > 0) return { status: 'ahead', unknown };
  const pending = KNOWN_MIGRATIONS.filter((name) => !applied.includes(name));
  return pending.length > 0 ? { status: 'behind', pending } : { status: 'current' };
}

export class SchemaError extends Error {
  constructor(readonly state: Exclude<SchemaState, { status: 'current' }>) {
    super(describeSchemaState(state));
    this.name = 'SchemaError';
  }
}

export function describeSchemaState(state: Exclude<SchemaState, { status: 'current' }>): string {
  switch (state.status) {
    case 'empty':
      return 'The database has no schema yet. Run `npx ocop migrate` (or start without --no-migrate).';
    case 'behind':
      return `The database schema is behind this code (pending: ${state.pending.join(', ')}). Run \`npx ocop migrate\`.`;
    case 'ahead':
      return `The database schema is newer than this code (unknown migrations: ${state.unknown.join(', ')}). Upgrade the platform before starting it on this database.`;
  }
}

/** Throws a SchemaError unless the schema matches this code exactly. */
export async function assertSchemaCurrent(database: Database): Promise<void> {
  const state = await schemaState(database);
  if (state.status !== 'current') throw new SchemaError(state);
}
