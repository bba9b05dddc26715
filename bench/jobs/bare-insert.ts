import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openSqlite } from '../../src/db/database.js';

// The issuance baseline: N rows as wide as a stamp row (same columns, same four indexes) in
// one transaction with the bare driver: better-sqlite3's prepared statement on SQLite, and on
// PostgreSQL (DATABASE_URL) multi-row INSERT … SELECT FROM unnest() chunks of 10,000.
// Run: npx tsx bench/jobs/bare-insert.ts [N]

const quantity = Number(process.argv[2] ?? 1_000_000);
const CHUNK = 10_000;
const at = new Date().toISOString();
const serialOf = (pool: Buffer, i: number) => `OCOP${pool.toString('hex', (i % 8192) * 4, (i % 8192) * 4 + 4).toUpperCase()}${String(i).padStart(8, '0')}`;
const INDEXES = ['CREATE UNIQUE INDEX bare_serial_uq ON bare_stamp (serial)', 'CREATE UNIQUE INDEX bare_batch_position_uq ON bare_stamp (batch_id, position)', 'CREATE INDEX bare_lot_idx ON bare_stamp (lot_id)', 'CREATE INDEX bare_batch_status_idx ON bare_stamp (batch_id, status)'];
const COLUMNS = `serial text NOT NULL, batch_id integer NOT NULL, position integer NOT NULL, status text NOT NULL, lot_id integer, activated_at TS,
  voided_at TS, void_reason text, void_note text, pin_key_id text, pin_hash text, pin_failures integer NOT NULL DEFAULT 0, first_authenticated_at TS,
  first_auth_province text, scan_count integer NOT NULL DEFAULT 0, first_scan_at TS, first_scan_province text`;

function sqlite(): number {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-bare-'));
  const db = openSqlite(join(dir, 'bare.sqlite'));
  db.exec(`CREATE TABLE bare_stamp (id integer PRIMARY KEY AUTOINCREMENT, ${COLUMNS.replaceAll('TS', 'text')})`);
  for (const i of INDEXES) db.exec(i);
  const started = performance.now();
  const insert = db.prepare('INSERT INTO bare_stamp (serial, batch_id, position, status, lot_id, activated_at) VALUES (?, 1, ?, ?, NULL, NULL)');
  const pool = randomBytes(32_768);
  db.transaction(() => { for (let i = 0; i < quantity; i += 1) insert.run(serialOf(pool, i), i, 'issued'); })();
  const seconds = (performance.now() - started) / 1000;
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return seconds;
}

async function postgres(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP TABLE IF EXISTS bare_stamp; CREATE TABLE bare_stamp (id bigserial PRIMARY KEY, ${COLUMNS.replaceAll('TS', 'timestamptz')})`);
  for (const i of INDEXES) await client.query(i);
  const pool = randomBytes(32_768);
  const started = performance.now();
  await client.query('BEGIN');
  for (let from = 0; from < quantity; from += CHUNK) {
    const positions = Array.from({ length: Math.min(CHUNK, quantity - from) }, (_, k) => from + k);
    await client.query(
      "INSERT INTO bare_stamp (serial, batch_id, position, status) SELECT s, 1, p, 'issued' FROM unnest($1::text[], $2::int[]) AS t(s, p)",
      [positions.map((p) => serialOf(pool, p)), positions],
    );
  }
  await client.query('COMMIT');
  const seconds = (performance.now() - started) / 1000;
  await client.query('DROP TABLE bare_stamp');
  await client.end();
  return seconds;
}

const url = process.env.DATABASE_URL;
const seconds = url === undefined || url === '' ? sqlite() : await postgres(url);
process.stdout.write(`${JSON.stringify({ quantity, seconds, perSecond: quantity / seconds, at, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
