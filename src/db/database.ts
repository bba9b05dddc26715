import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { type PoolStats, type ReplicaMonitor, createReplica, poolStats } from './replica.js';
import type { DB } from './schema.js';
import { withStatementCache } from './statement-cache.js';

export type Engine = 'sqlite' | 'postgres';

export type Database = {
  readonly db: Kysely<DB>;
  readonly engine: Engine;
  /** Public reads: the replica while it is healthy (DATABASE_REPLICA_URL), else the same as `db`. */
  readonly readDb: Kysely<DB>;
  readonly replica: ReplicaMonitor | undefined;
  /** PostgreSQL pool use (metrics); undefined on SQLite. */
  readonly poolStats: (() => PoolStats) | undefined;
  /** Where the SQLite file lives (undefined on PostgreSQL); used by backup and restore. */
  readonly sqlitePath: string | undefined;
  close(): Promise<void>;
};

export type DatabaseOptions = {
  databaseUrl: string | undefined;
  dataDir: string;
  /** Pool size for PostgreSQL. */
  poolSize?: number;
  /** Optional streaming replica for public reads, and the lag above which reads go back to the primary. */
  replicaUrl?: string | undefined;
  maxReplicaLagSeconds?: number;
};

export const SQLITE_FILE = 'ocop.sqlite';

// pg returns int8/numeric as strings and timestamps as Date objects; the rest of the code
// expects numbers and ISO strings on both engines, so convert once at the driver.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number.parseFloat(v));
pg.types.setTypeParser(pg.types.builtins.TIMESTAMPTZ, (v) => new Date(v).toISOString());
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export function openSqlite(file: string): SQLite.Database {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Bound the WAL file after checkpoints; the default auto-checkpoint stays on.
  sqlite.pragma('journal_size_limit = 67108864');
  return sqlite;
}

export function createDatabase(opts: DatabaseOptions): Database {
  if (opts.databaseUrl !== undefined) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    // An idle connection can be cut by the server (restart, failover, admin termination). pg reports
    // that as an 'error' event on the pool; unhandled it would crash the process, so log it: the pool
    // simply opens a new connection for the next query.
    pool.on('error', (err) => process.stderr.write(`postgres: idle connection lost (${err.message})\n`));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    const replica = opts.replicaUrl === undefined ? undefined : createReplica({ url: opts.replicaUrl, primary: pool, maxLagSeconds: opts.maxReplicaLagSeconds ?? 10, poolSize: opts.poolSize });
    const close = async () => {
      await replica?.close();
      await db.destroy();
    };
    return { db, readDb: replica?.readDb ?? db, replica: replica?.monitor, poolStats: () => poolStats(pool), engine: 'postgres', sqlitePath: undefined, close };
  }
  mkdirSync(opts.dataDir, { recursive: true });
  const file = join(opts.dataDir, SQLITE_FILE);
  const sqlite = openSqlite(file);
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, readDb: db, replica: undefined, poolStats: undefined, engine: 'sqlite', sqlitePath: file, close: () => db.destroy() };
}
