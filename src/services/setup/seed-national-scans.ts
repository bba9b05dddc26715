import { type Kysely, sql } from 'kysely';
import type { Engine } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import { allProvinces } from '../scans/provinces.js';
import type { NationalStamps } from './seed-national-stamps.js';

// The scan log of the national-scale set, written by the database itself: INSERT … SELECT over
// generate_series (PostgreSQL) or a recursive counter (SQLite), a million rows per statement and
// transaction. Every value is integer arithmetic on the row number and the seed, so the same
// seed gives the same scans on both engines without sending 20 million rows over the driver.
// Scans run in time order over `days` days before `until` (so the time index grows at its end);
// stamps are chosen with a quadratic skew, so some products are scanned far more than others;
// about a third of scans carry no province (no GeoIP behind the proxy). The scan table's
// secondary indexes are dropped during the load and built again afterwards.

const CHUNK = 1_000_000;
const NO_PROVINCE_SLOTS = 16;

export type ScanPlan = { count: number; seed: number; until: string; days: number; stamps: NationalStamps };
type IndexDef = { name: string; sql: string };

function provinceCte() {
  const rows = allProvinces().map((p, k) => sql`(${sql.lit(k)}, ${sql.lit(p.id)})`);
  return sql`p(k, id) AS (VALUES ${sql.join(rows)})`;
}

function chunkStatement(engine: Engine, plan: ScanPlan, from: number, to: number) {
  const end = Math.floor(Date.parse(`${plan.until}T17:00:00Z`) / 1000);
  const span = plan.days * 86_400;
  const start = end - span;
  const salt = (plan.seed * 7919) % 4294967291;
  const slots = allProvinces().length + NO_PROVINCE_SLOTS;
  const n = plan.stamps.count;
  const h = sql`((s.i * 2654435761 + ${sql.lit(salt)}) % 4294967291)`;
  const h2 = sql`((${h} * 48271) % 2147483647)`;
  const t = sql`(${sql.lit(start)} + (s.i * ${sql.lit(span)}) / ${sql.lit(plan.count)} + ${h} % 600)`;
  const at = engine === 'postgres' ? sql`to_timestamp(${t})` : sql`strftime('%Y-%m-%dT%H:%M:%fZ', ${t}, 'unixepoch')`;
  const stampId = sql`(${sql.lit(plan.stamps.firstStampId)} + ((${h} % ${sql.lit(n)}) * (${h} % ${sql.lit(n)})) / ${sql.lit(n)})`;
  const select = sql`SELECT ${at}, st.id, st.serial, 'found', 'viewed', p.id, CASE WHEN ${h2} % 10 < 8 THEN 'mobile' ELSE 'desktop' END
    FROM counter s JOIN stamp st ON st.id = ${stampId} LEFT JOIN p ON p.k = ${h2} % ${sql.lit(slots)}`;
  const columns = sql`INSERT INTO scan (at, stamp_id, serial, result, outcome, province, client_class)`;
  if (engine === 'postgres') {
    return sql`${columns} WITH ${provinceCte()}, counter(i) AS (SELECT g FROM generate_series(${sql.lit(from)}::bigint, ${sql.lit(to - 1)}::bigint) AS g) ${select}`;
  }
  return sql`${columns} WITH RECURSIVE counter(i) AS (SELECT ${sql.lit(from)} UNION ALL SELECT i + 1 FROM counter WHERE i + 1 < ${sql.lit(to)}), ${provinceCte()} ${select}`;
}

/** Secondary indexes of the scan table (constraint indexes such as the primary key stay). */
async function scanIndexes(db: Kysely<DB>, engine: Engine): Promise<IndexDef[]> {
  const q = engine === 'postgres'
    ? sql<IndexDef>`SELECT indexname AS name, indexdef AS sql FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'scan'
        AND indexname NOT IN (SELECT conname FROM pg_constraint)`
    : sql<IndexDef>`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'scan' AND sql IS NOT NULL`;
  return (await q.execute(db)).rows;
}

export async function insertNationalScans(db: Kysely<DB>, engine: Engine, plan: ScanPlan, progress: (line: string) => void): Promise<void> {
  const indexes = await scanIndexes(db, engine);
  // SQLite: a larger page cache keeps the stamp table's pages at hand for the per-row join.
  if (engine === 'sqlite') await sql`PRAGMA cache_size = -262144`.execute(db);
  for (const index of indexes) await sql`DROP INDEX ${sql.id(index.name)}`.execute(db);
  const started = performance.now();
  try {
    for (let from = 0; from < plan.count; from += CHUNK) {
      const to = Math.min(plan.count, from + CHUNK);
      await db.transaction().execute((trx) => chunkStatement(engine, plan, from, to).execute(trx));
      const seconds = (performance.now() - started) / 1000;
      progress(`scans: ${to.toLocaleString('en-US')} of ${plan.count.toLocaleString('en-US')} (${Math.round(to / seconds).toLocaleString('en-US')}/s)`);
    }
  } finally {
    for (const index of indexes) {
      progress(`scans: building index ${index.name}`);
      // pg_indexes shows a partitioned table's index as "ON ONLY scan": that form would leave
      // the partitions without theirs.
      await sql.raw(index.sql.replace(/ ON ONLY /i, ' ON ')).execute(db);
    }
  }
}

/**
 * scan_daily and scan_monthly (the dashboard's rollups), when that migration is present. A
 * stamp's batch follows from its id (contiguous ids, `perProduct` codes a batch), so the 20
 * million rows are grouped without a join; the small grouped result is joined to the batches.
 */
export async function fillScanRollups(db: Kysely<DB>, engine: Engine, stamps: NationalStamps, perProduct: number): Promise<boolean> {
  const tables = await db.introspection.getTables();
  if (!tables.some((t) => t.name === 'scan_daily') || !tables.some((t) => t.name === 'scan_monthly')) return false;
  const day = engine === 'postgres' ? sql`cast((s.at at time zone 'UTC') + interval '7 hours' as date)` : sql`date(s.at, '+7 hours')`;
  const batchOf = sql`${sql.lit(stamps.firstBatchId)} + (s.stamp_id - ${sql.lit(stamps.firstStampId)}) / ${sql.lit(perProduct)}`;
  const last = stamps.firstStampId + stamps.count - 1;
  await db.transaction().execute(async (trx) => {
    if (engine === 'postgres') await sql`SET LOCAL work_mem = '256MB'`.execute(trx);
    await sql`INSERT INTO scan_daily (day, product_id, batch_id, scans, pin_checks, pin_failures)
      SELECT g.day, b.product_id, b.id, g.n, 0, 0
      FROM (SELECT ${day} AS day, ${batchOf} AS batch_id, count(*) AS n FROM scan s
            WHERE s.stamp_id BETWEEN ${sql.lit(stamps.firstStampId)} AND ${sql.lit(last)} GROUP BY 1, 2) g
      JOIN stamp_batch b ON b.id = g.batch_id`.execute(trx);
    const month = engine === 'postgres' ? sql`to_char(day, 'YYYY-MM')` : sql`substr(day, 1, 7)`;
    await sql`INSERT INTO scan_monthly (month, product_id, scans, pin_checks, pin_failures)
      SELECT ${month}, product_id, sum(scans), 0, 0 FROM scan_daily WHERE batch_id >= ${sql.lit(stamps.firstBatchId)} GROUP BY 1, 2`.execute(trx);
  });
  return true;
}

export async function analyze(db: Kysely<DB>, engine: Engine): Promise<void> {
  if (engine === 'sqlite') await sql`PRAGMA analysis_limit = 1000`.execute(db);
  await sql`ANALYZE`.execute(db);
}
