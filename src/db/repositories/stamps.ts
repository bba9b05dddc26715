import { CompiledQuery, type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Engine } from '../database.js';
import type { StampTable, VoidReason } from '../schema-stamps.js';
import type { DB } from '../schema.js';

export type StampRow = Selectable<StampTable>;

/** Rows per INSERT statement: ~10 columns each stays far below SQLite's and PostgreSQL's parameter limits. */
const ROWS_PER_STATEMENT = 1000;

/** Inserts stamps, skipping any that collide on a unique index; returns how many went in. */
export async function insertStamps(db: Kysely<DB>, rows: Insertable<StampTable>[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const r = await db.insertInto('stamp').values(rows.slice(i, i + ROWS_PER_STATEMENT)).onConflict((oc) => oc.doNothing()).executeTakeFirst();
    inserted += Number(r.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/** The columns the issuing job writes; the rest start empty or at their defaults. */
export type NewStamp = Pick<StampRow, 'serial' | 'batch_id' | 'position' | 'status' | 'lot_id' | 'activated_at' | 'pin_key_id' | 'pin_hash'>;
const NEW_STAMP_COLUMNS = ['serial', 'batch_id', 'position', 'status', 'lot_id', 'activated_at', 'pin_key_id', 'pin_hash'] as const;
const PG_ARRAY_TYPES = ['text', 'int', 'int', 'text', 'int', 'timestamptz', 'text', 'text'] as const;
const valueRows = new Map<number, string>();

// A million codes through the query builder spent most of their time building and compiling a
// 9,000-node syntax tree per statement. The issuing job's insert has a fixed shape, so its SQL
// is written once: on SQLite a multi-row VALUES list (the same text for every full chunk, so the
// prepared statement is reused), on PostgreSQL one array per column through unnest().
function newStampsQuery(engine: Engine, rows: readonly NewStamp[]): CompiledQuery {
  const columns = NEW_STAMP_COLUMNS.join(', ');
  if (engine === 'postgres') {
    const arrays = NEW_STAMP_COLUMNS.map((c, i) => `$${i + 1}::${PG_ARRAY_TYPES[i] ?? 'text'}[]`).join(', ');
    return CompiledQuery.raw(`insert into stamp (${columns}) select * from unnest(${arrays}) on conflict do nothing`, NEW_STAMP_COLUMNS.map((c) => rows.map((r) => r[c])));
  }
  let values = valueRows.get(rows.length);
  if (values === undefined) {
    values = Array.from({ length: rows.length }, () => `(${NEW_STAMP_COLUMNS.map(() => '?').join(', ')})`).join(', ');
    if (valueRows.size < 16) valueRows.set(rows.length, values);
  }
  return CompiledQuery.raw(`insert into stamp (${columns}) values ${values} on conflict do nothing`, rows.flatMap((r) => NEW_STAMP_COLUMNS.map((c) => r[c])));
}

/** The issuing job's insert: new codes, skipping any whose serial collides; returns how many went in. */
export async function insertNewStamps(db: Kysely<DB>, engine: Engine, rows: readonly NewStamp[]): Promise<number> {
  const perStatement = engine === 'postgres' ? 10 * ROWS_PER_STATEMENT : ROWS_PER_STATEMENT;
  let inserted = 0;
  for (let i = 0; i < rows.length; i += perStatement) {
    const r = await db.executeQuery(newStampsQuery(engine, rows.slice(i, i + perStatement)));
    inserted += Number(r.numAffectedRows ?? 0);
  }
  return inserted;
}

/** Positions in [from, to) that already have a stamp. */
export async function existingPositions(db: Kysely<DB>, batchId: number, from: number, to: number): Promise<Set<number>> {
  const rows = await db.selectFrom('stamp').select('position').where('batch_id', '=', batchId).where('position', '>=', from).where('position', '<', to).execute();
  return new Set(rows.map((r) => r.position));
}

export async function countStampsOfBatch(db: Kysely<DB>, batchId: number): Promise<number> {
  const r = await db.selectFrom('stamp').select((eb) => eb.fn.countAll<number>().as('n')).where('batch_id', '=', batchId).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** A stamp as verification sees it: only through an issued batch, with its batch, product and lot. */
export type VisibleStamp = StampRow & {
  batch_type: string; expected_provinces: string | null; issued_at: string | null; product_id: number; producer_id: number;
  lot_code: string | null; lot_production_date: string | null; lot_expiry_date: string | null;
};

export async function findVisibleStamp(db: Kysely<DB>, serial: string): Promise<VisibleStamp | undefined> {
  return db.selectFrom('stamp')
    .innerJoin('stamp_batch', 'stamp_batch.id', 'stamp.batch_id')
    .leftJoin('lot', 'lot.id', 'stamp.lot_id')
    .selectAll('stamp')
    .select([
      'stamp_batch.type as batch_type', 'stamp_batch.expected_provinces', 'stamp_batch.issued_at', 'stamp_batch.product_id', 'stamp_batch.producer_id',
      'lot.code as lot_code', 'lot.production_date as lot_production_date', 'lot.expiry_date as lot_expiry_date',
    ])
    .where('stamp.serial', '=', serial)
    .where('stamp_batch.status', '=', 'issued')
    .executeTakeFirst();
}

export type StampPageRow = Pick<StampRow, 'id' | 'serial' | 'position' | 'status' | 'lot_id'> & { lot_code: string | null };

/** The next `limit` stamps of a batch after `afterPosition`, in print order (keyset paging). */
export async function stampsPage(db: Kysely<DB>, q: { batchId: number; afterPosition: number; limit: number; lotId?: number | undefined; toPosition?: number | undefined }): Promise<StampPageRow[]> {
  let query = db.selectFrom('stamp').leftJoin('lot', 'lot.id', 'stamp.lot_id')
    .select(['stamp.id', 'stamp.serial', 'stamp.position', 'stamp.status', 'stamp.lot_id', 'lot.code as lot_code'])
    .where('stamp.batch_id', '=', q.batchId).where('stamp.position', '>', q.afterPosition);
  if (q.lotId !== undefined) query = query.where('stamp.lot_id', '=', q.lotId);
  if (q.toPosition !== undefined) query = query.where('stamp.position', '<=', q.toPosition);
  return query.orderBy('stamp.position').limit(q.limit).execute();
}

export type StampWithBatch = StampRow & { product_id: number; batch_status: string };

export async function stampsBySerials(db: Kysely<DB>, serials: string[]): Promise<StampWithBatch[]> {
  if (serials.length === 0) return [];
  return db.selectFrom('stamp').innerJoin('stamp_batch', 'stamp_batch.id', 'stamp.batch_id')
    .selectAll('stamp').select(['stamp_batch.product_id', 'stamp_batch.status as batch_status'])
    .where('stamp.serial', 'in', serials).execute();
}

export type StampSelection = { batchId: number; from: number; to: number } | { ids: number[] };

function selected(db: Kysely<DB>, s: StampSelection) {
  const q = db.updateTable('stamp');
  return 'ids' in s ? q.where('id', 'in', s.ids) : q.where('batch_id', '=', s.batchId).where('position', '>=', s.from).where('position', '<=', s.to);
}

/** Binds the selected unbound, unvoided stamps to a lot and activates them; returns how many. */
export async function bindStamps(db: Kysely<DB>, s: StampSelection, lotId: number, at: string): Promise<number> {
  if ('ids' in s && s.ids.length === 0) return 0;
  const r = await selected(db, s).set({ lot_id: lotId, status: 'active', activated_at: at }).where('status', '=', 'issued').executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function voidStamps(db: Kysely<DB>, s: StampSelection, reason: VoidReason, note: string | null, at: string): Promise<number> {
  if ('ids' in s && s.ids.length === 0) return 0;
  const r = await selected(db, s).set({ status: 'voided', voided_at: at, void_reason: reason, void_note: note }).where('status', '!=', 'voided').executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/**
 * Records the first correct PIN, atomically: of any number of concurrent callers exactly one
 * sees `true` (the row is updated only while first_authenticated_at is null).
 */
export async function markFirstAuthentication(db: Kysely<DB>, stampId: number, at: string, province: string | null, maxFailures: number): Promise<boolean> {
  const r = await db.updateTable('stamp').set({ first_authenticated_at: at, first_auth_province: province })
    .where('id', '=', stampId).where('first_authenticated_at', 'is', null).where('pin_failures', '<', maxFailures).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Counts a wrong PIN unless the stamp is already locked; returns the new count, or undefined when locked. */
export async function addPinFailure(db: Kysely<DB>, stampId: number, maxFailures: number): Promise<number | undefined> {
  const r = await db.updateTable('stamp').set({ pin_failures: sql`pin_failures + 1` })
    .where('id', '=', stampId).where('pin_failures', '<', maxFailures).returning('pin_failures').executeTakeFirst();
  return r?.pin_failures;
}

export async function storePinHash(db: Kysely<DB>, stampId: number, keyId: string, hash: string): Promise<void> {
  await db.updateTable('stamp').set({ pin_key_id: keyId, pin_hash: hash }).where('id', '=', stampId).execute();
}

export async function findStampState(db: Kysely<DB>, stampId: number): Promise<StampRow | undefined> {
  return db.selectFrom('stamp').selectAll().where('id', '=', stampId).executeTakeFirst();
}

/** Flushed scans to add to a stamp's counters; the first scan's time and place are kept. */
export type ScanCount = { readonly stampId: number; readonly n: number; readonly firstAt: string; readonly firstProvince: string | null };
const COUNTS_PER_STATEMENT = 500;

// The scan-log flush adds the counters of every stamp it saw. One UPDATE per stamp was one round
// trip each on PostgreSQL (a flush of 500 scans took about a second, slower than phones scan at a
// busy fair), so the counts go in as one joined UPDATE per 500 stamps. As before, the first scan's
// time and province are kept only where none was recorded (SET reads the row as it was).
function scanCountsQuery(engine: Engine, counts: readonly ScanCount[]) {
  const set = sql`scan_count = stamp.scan_count + v.n,
    first_scan_province = case when stamp.first_scan_at is null then v.province else stamp.first_scan_province end,
    first_scan_at = coalesce(stamp.first_scan_at, v.at)`;
  if (engine === 'postgres') {
    return sql`update stamp set ${set} from unnest(${counts.map((c) => c.stampId)}::bigint[], ${counts.map((c) => c.n)}::int[],
      ${counts.map((c) => c.firstAt)}::timestamptz[], ${counts.map((c) => c.firstProvince)}::text[]) as v(id, n, at, province) where stamp.id = v.id`;
  }
  const rows = sql.join(counts.map((c) => sql`(${c.stampId}, ${c.n}, ${c.firstAt}, ${c.firstProvince})`));
  return sql`with v(id, n, at, province) as (values ${rows}) update stamp set ${set} from v where stamp.id = v.id`;
}

export async function addScanCountsBatch(db: Kysely<DB>, engine: Engine, counts: readonly ScanCount[]): Promise<void> {
  for (let i = 0; i < counts.length; i += COUNTS_PER_STATEMENT) await scanCountsQuery(engine, counts.slice(i, i + COUNTS_PER_STATEMENT)).execute(db);
}

