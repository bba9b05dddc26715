import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase } from '../../src/db/database.js';
import type { Engine } from './args.js';
import { BENCH_SECRET } from './bench-runtime.js';

// A fresh database per benchmark section: a temporary data directory on SQLite, and on
// PostgreSQL a separate database `ocop_bench_<pid>` (re-created each time, dropped at the end)
// next to whatever else the server holds. The process id keeps two runs on one server (one
// figure each, say) from dropping each other's database.

export const PG_ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const PG_BENCH_DB = `ocop_bench_${process.pid}`;

export type BenchDb = { engine: Engine; env: Record<string, string>; dataDir: string; count(table: 'scan' | 'stamp'): Promise<number>; dispose(): Promise<void> };

function benchUrl(): string {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${PG_BENCH_DB}`;
  return u.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function dropPgBench(): Promise<void> {
  await admin(`DROP DATABASE IF EXISTS ${PG_BENCH_DB} WITH (FORCE)`);
}

export async function freshDb(engine: Engine): Promise<BenchDb> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ocop-bench-'));
  const env: Record<string, string> = { OCOP_DATA_DIR: dataDir, OCOP_SECRET: BENCH_SECRET };
  if (engine === 'postgres') {
    await dropPgBench();
    await admin(`CREATE DATABASE ${PG_BENCH_DB}`);
    env.DATABASE_URL = benchUrl();
  }
  const count = async (table: 'scan' | 'stamp') => {
    const database = createDatabase({ databaseUrl: env.DATABASE_URL, dataDir, poolSize: 1 });
    try {
      const row = await database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    } finally {
      await database.close();
    }
  };
  const dispose = async () => {
    if (engine === 'postgres') await dropPgBench();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { engine, env, dataDir, count, dispose };
}
