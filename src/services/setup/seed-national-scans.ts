import { type Kysely, sql } from 'kysely';
import type { Engine } from '../../db/database.js';
import { monthStart, partitionName } from '../../db/migrations/0009-scale-out.js';
import { createScanPartition, scanPartitionNames } from '../../db/repositories/scan-partitions.js';
import type { DB } from '../../db/schema.js';
import { allProvinces } from '../scans/provinces.js';
import type { NationalStamps } from './seed-national-stamps.js';

// The scan log of the national-scale set, written by the database itself: INSERT … SELECT over
// generate_series (PostgreSQL) or a recursive counter (SQLite), a million rows per statement and
// transaction. Every value is integer arithmetic on the row number and the seed, so the same
// seed gives the same scans on both engines without sending 20 million rows over the driver.
// Scans run in time order over `days` days before `until` (so the time index grows at its end);
// stamps are chosen with a quadratic skew, so some products are scanned far more than others;
// about a third of scans carry no province (no GeoIP behind the proxy).
//
// Speed (20 million rows in a minute or two): the secondary indexes of the scan log and of
// scan_daily are dropped during the load and built once afterwards; each chunk's daily rollup
// is folded in by the same transaction while its rows are still in memory (PostgreSQL: from the
// INSERT's RETURNING, SQLite: from the chunk's rowid range), so the log is never read back whole;
// on PostgreSQL the months of the partitioned log exist before the load (not the default
// partition), and each chunk commits without waiting for its WAL flush (synchronous_commit off:
// a crash loses at most the last chunk of a generated set, never consistency).

const CHUNK = 1_000_000;
const NO_PROVINCE_SLOTS = 16;
/** Scan times are jittered by up to this many seconds past their slot. */
const JITTER_SECONDS = 600;

export type ScanPlan = { count: number; seed: number; until: string; days: number; stamps: NationalStamps; perProduct: number; rollups: boolean };
type IndexDef = { name: string; sql: string };

/** The generated history in Unix seconds: `days` days up to 17:00 UTC of `until` (midnight in Viet Nam). */
export function scanWindow(until: string, days: number): { start: number; end: number } {
  const end = Math.floor(Date.parse(`${until}T17:00:00Z`) / 1000);
  return { start: end - days * 86_400, end };
}

function provinceCte() {
  const rows = allProvinces().map((p, k) => sql`(${sql.lit(k)}, ${sql.lit(p.id)})`);
  return sql`p(k, id) AS (VALUES ${sql.join(rows)})`;
}

function counterCte(engine: Engine, from: number, to: number) {
  return engine === 'postgres'
    ? sql`counter(i) AS (SELECT g FROM generate_series(${sql.lit(from)}::bigint, ${sql.lit(to - 1)}::bigint) AS g)`
    : sql`counter(i) AS (SELECT ${sql.lit(from)} UNION ALL SELECT i + 1 FROM counter WHERE i + 1 < ${sql.lit(to)})`;
}

/** INSERT INTO scan … SELECT over the CTEs `p` and `counter`: rows from..to-1 of the plan. */
function scanInsert(engine: Engine, plan: ScanPlan) {
  const { start, end } = scanWindow(plan.until, plan.days);
  const span = end - start;
  const salt = (plan.seed * 7919) % 4294967291;
  const slots = allProvinces().length + NO_PROVINCE_SLOTS;
  const n = plan.stamps.count;
  const h = sql`((s.i * 2654435761 + ${sql.lit(salt)}) % 4294967291)`;
  const h2 = sql`((${h} * 48271) % 2147483647)`;
  const t = sql`(${sql.lit(start)} + (s.i * ${sql.lit(span)}) / ${sql.lit(plan.count)} + ${h} % ${sql.lit(JITTER_SECONDS)})`;
  const at = engine === 'postgres' ? sql`to_timestamp(${t})` : sql`strftime('%Y-%m-%dT%H:%M:%fZ', ${t}, 'unixepoch')`;
  const stampId = sql`(${sql.lit(plan.stamps.firstStampId)} + ((${h} % ${sql.lit(n)}) * (${h} % ${sql.lit(n)})) / ${sql.lit(n)})`;
  return sql`INSERT INTO scan (at, stamp_id, serial, result, outcome, province, client_class)
    SELECT ${at}, st.id, st.serial, 'found', 'viewed', p.id, CASE WHEN ${h2} % 10 < 8 THEN 'mobile' ELSE 'desktop' END
    FROM counter s JOIN stamp st ON st.id = ${stampId} LEFT JOIN p ON p.k = ${h2} % ${sql.lit(slots)}`;
}

/**
 * Adds the scans of `source` (rows with `at` and `stamp_id`) to scan_daily, in key order. A
 * stamp's batch follows from its id (contiguous ids, `perProduct` codes a batch), so the rows
 * are grouped without a join; the small grouped result is joined to the batches. A day cut by
 * a chunk boundary is added to, not duplicated.
 */
function dailyRollup(engine: Engine, plan: ScanPlan, source: ReturnType<typeof sql>) {
  const day = engine === 'postgres' ? sql`cast((s.at at time zone 'UTC') + interval '7 hours' as date)` : sql`date(s.at, '+7 hours')`;
  const batchOf = sql`${sql.lit(plan.stamps.firstBatchId)} + (s.stamp_id - ${sql.lit(plan.stamps.firstStampId)}) / ${sql.lit(plan.perProduct)}`;
  return sql`INSERT INTO scan_daily (day, product_id, batch_id, scans, pin_checks, pin_failures)
    SELECT g.day, b.product_id, b.id, g.n, 0, 0
    FROM (SELECT ${day} AS day, ${batchOf} AS batch_id, count(*) AS n FROM ${source} GROUP BY 1, 2) g
    JOIN stamp_batch b ON b.id = g.batch_id WHERE true ORDER BY 1, 2, 3
    ON CONFLICT (day, product_id, batch_id) DO UPDATE SET scans = scan_daily.scans + excluded.scans`;
}

async function writeChunk(trx: Kysely<DB>, engine: Engine, plan: ScanPlan, from: number, to: number): Promise<void> {
  const ctes = sql`${provinceCte()}, ${counterCte(engine, from, to)}`;
  if (engine === 'postgres') {
    await sql`SET LOCAL synchronous_commit = off`.execute(trx);
    await sql`SET LOCAL work_mem = '256MB'`.execute(trx);
    if (!plan.rollups) return void (await sql`WITH ${ctes} ${scanInsert(engine, plan)}`.execute(trx));
    // One statement: the chunk's rows go to the log and, from its RETURNING, into the rollup.
    await sql`WITH ${ctes}, ins AS (${scanInsert(engine, plan)} RETURNING at, stamp_id) ${dailyRollup(engine, plan, sql`ins s`)}`.execute(trx);
    return;
  }
  const before = await sql<{ m: number | null }>`SELECT max(id) AS m FROM scan`.execute(trx);
  await sql`WITH RECURSIVE ${ctes} ${scanInsert(engine, plan)}`.execute(trx);
  if (plan.rollups) await dailyRollup(engine, plan, sql`scan s WHERE s.id > ${sql.lit(Number(before.rows[0]?.m ?? 0))}`).execute(trx);
}

/** Secondary indexes of a table (constraint indexes such as the primary key stay). */
async function secondaryIndexes(db: Kysely<DB>, engine: Engine, table: 'scan' | 'scan_daily'): Promise<IndexDef[]> {
  const q = engine === 'postgres'
    ? sql<IndexDef>`SELECT indexname AS name, indexdef AS sql FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ${table}
        AND indexname NOT IN (SELECT conname FROM pg_constraint)`
    : sql<IndexDef>`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ${table} AND sql IS NOT NULL`;
  return (await q.execute(db)).rows;
}

async function buildIndex(db: Kysely<DB>, engine: Engine, index: IndexDef): Promise<void> {
  // pg_indexes shows a partitioned table's index as "ON ONLY scan": that form would leave the
  // partitions without theirs.
  const ddl = sql.raw(index.sql.replace(/ ON ONLY /i, ' ON '));
  if (engine === 'sqlite') return void (await ddl.execute(db));
  await db.transaction().execute(async (trx) => {
    await sql`SET LOCAL maintenance_work_mem = '1GB'`.execute(trx);
    await ddl.execute(trx);
  });
}

/** PostgreSQL: the scan log's monthly partitions for the whole generated history. */
async function ensureMonths(db: Kysely<DB>, plan: ScanPlan): Promise<void> {
  const { start, end } = scanWindow(plan.until, plan.days);
  const existing = new Set(await scanPartitionNames(db));
  const last = monthStart(new Date((end + JITTER_SECONDS) * 1000));
  for (let month = monthStart(new Date(start * 1000)); month <= last; month = monthStart(new Date(month), 1)) {
    if (existing.has(partitionName(month))) continue;
    await db.transaction().execute((trx) => createScanPartition(trx, month));
  }
}

export async function rollupsPresent(db: Kysely<DB>): Promise<boolean> {
  const tables = await db.introspection.getTables();
  return tables.some((t) => t.name === 'scan_daily') && tables.some((t) => t.name === 'scan_monthly');
}

export async function insertNationalScans(db: Kysely<DB>, engine: Engine, plan: ScanPlan, progress: (line: string) => void): Promise<void> {
  if (engine === 'postgres') await ensureMonths(db, plan);
  const indexes = [...(await secondaryIndexes(db, engine, 'scan')), ...(plan.rollups ? await secondaryIndexes(db, engine, 'scan_daily') : [])];
  // SQLite: a larger page cache keeps the stamp table's pages at hand for the per-row join.
  if (engine === 'sqlite') await sql`PRAGMA cache_size = -262144`.execute(db);
  for (const index of indexes) await sql`DROP INDEX ${sql.id(index.name)}`.execute(db);
  const started = performance.now();
  try {
    for (let from = 0; from < plan.count; from += CHUNK) {
      const to = Math.min(plan.count, from + CHUNK);
      await db.transaction().execute((trx) => writeChunk(trx, engine, plan, from, to));
      const seconds = (performance.now() - started) / 1000;
      progress(`scans: ${to.toLocaleString('en-US')} of ${plan.count.toLocaleString('en-US')} (${Math.round(to / seconds).toLocaleString('en-US')}/s${plan.rollups ? ', daily rollup included' : ''})`);
    }
  } finally {
    for (const index of indexes) {
      progress(`scans: building index ${index.name}`);
      await buildIndex(db, engine, index);
    }
  }
}

/** scan_monthly from the set's rows of scan_daily (a few million rows, not the log). */
export async function fillMonthlyRollup(db: Kysely<DB>, engine: Engine, stamps: NationalStamps): Promise<void> {
  const month = engine === 'postgres' ? sql`to_char(day, 'YYYY-MM')` : sql`substr(day, 1, 7)`;
  await db.transaction().execute(async (trx) => {
    if (engine === 'postgres') await sql`SET LOCAL work_mem = '256MB'`.execute(trx);
    await sql`INSERT INTO scan_monthly (month, product_id, scans, pin_checks, pin_failures)
      SELECT ${month}, product_id, sum(scans), 0, 0 FROM scan_daily WHERE batch_id >= ${sql.lit(stamps.firstBatchId)} GROUP BY 1, 2 ORDER BY 1, 2`.execute(trx);
  });
}

export async function analyze(db: Kysely<DB>, engine: Engine): Promise<void> {
  if (engine === 'sqlite') await sql`PRAGMA analysis_limit = 1000`.execute(db);
  await sql`ANALYZE`.execute(db);
}
