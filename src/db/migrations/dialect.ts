import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Engine } from '../database.js';

// Small helpers so one migration set produces idiomatic DDL on both engines.

export type MigrationDb = Kysely<unknown>;

/** An auto-increment integer primary key: identity column on PostgreSQL, rowid alias on SQLite. */
export function withId<T extends string>(table: CreateTableBuilder<T>, engine: Engine): CreateTableBuilder<T, 'id'> {
  return engine === 'postgres'
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** Timestamp column type: timestamptz on PostgreSQL, ISO text on SQLite. */
export function timestampType(engine: Engine) {
  return engine === 'postgres' ? sql`timestamptz` : sql`text`;
}

export function dateType(engine: Engine) {
  return engine === 'postgres' ? sql`date` : sql`text`;
}

export function notNull(c: ColumnDefinitionBuilder): ColumnDefinitionBuilder {
  return c.notNull();
}
