import { sql } from 'kysely';
import type { Tx } from '../context.js';

// Bulk-insert plumbing of the national-scale generator: rows go in with explicit ids (so the
// generator knows them without reading them back), in multi-row INSERTs of a few hundred rows,
// and PostgreSQL's identity sequences are moved past the ids used afterwards.

export const TABLES_WITH_IDS = ['producer', 'product', 'ocop_decision', 'certificate', 'lot', 'stamp_batch', 'stamp'] as const;
export type TableWithId = (typeof TABLES_WITH_IDS)[number];

/** The next free id of a table (ids are given explicitly by the generator). */
export async function nextId(trx: Tx, table: TableWithId): Promise<number> {
  const row = await sql<{ m: number | string | null }>`SELECT max(id) AS m FROM ${sql.table(table)}`.execute(trx);
  return Number(row.rows[0]?.m ?? 0) + 1;
}

/** Rows in chunks sized to stay under SQLite's bound-parameter limit (32,766). */
export function* chunksOf<T extends object>(rows: readonly T[]): Generator<T[]> {
  const columns = rows[0] === undefined ? 1 : Object.keys(rows[0]).length;
  const size = Math.max(1, Math.floor(30_000 / columns));
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** PostgreSQL: identity sequences continue after the explicit ids. SQLite needs nothing. */
export async function syncSequences(trx: Tx, engine: 'sqlite' | 'postgres'): Promise<void> {
  if (engine !== 'postgres') return;
  for (const table of TABLES_WITH_IDS) {
    await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), (SELECT coalesce(max(id), 1) FROM ${sql.table(table)}))`.execute(trx);
  }
}
