import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { ProducerScope } from '../../domain/scope.js';
import type { BatchStatus, StampBatchTable } from '../schema-stamps.js';
import type { DB } from '../schema.js';

export type BatchRow = Selectable<StampBatchTable>;
export type BatchFilter = { scope: ProducerScope; productId?: number | undefined; status?: BatchStatus | undefined };

export async function insertBatch(db: Kysely<DB>, row: Insertable<StampBatchTable>): Promise<BatchRow> {
  return db.insertInto('stamp_batch').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findBatch(db: Kysely<DB>, id: number): Promise<BatchRow | undefined> {
  return db.selectFrom('stamp_batch').selectAll().where('id', '=', id).executeTakeFirst();
}

function filtered(db: Kysely<DB>, f: BatchFilter) {
  let q = db.selectFrom('stamp_batch').innerJoin('producer', 'producer.id', 'stamp_batch.producer_id');
  const s = f.scope;
  if (s.kind === 'none') q = q.where((eb) => eb.val(1), '=', 0);
  if (s.kind === 'producer') q = q.where('producer.id', '=', s.producerId);
  if (s.kind === 'units') q = q.where('producer.unit_id', 'in', s.unitIds);
  if (f.productId !== undefined) q = q.where('stamp_batch.product_id', '=', f.productId);
  if (f.status !== undefined) q = q.where('stamp_batch.status', '=', f.status);
  return q;
}

export async function listBatchRows(db: Kysely<DB>, f: BatchFilter, limit: number, offset: number): Promise<BatchRow[]> {
  return filtered(db, f).selectAll('stamp_batch').orderBy('stamp_batch.id', 'desc').limit(limit).offset(offset).execute();
}

export async function countBatchRows(db: Kysely<DB>, f: BatchFilter): Promise<number> {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Changes a batch only while it is in `from`; returns whether it did (a status move is a claim). */
export async function moveBatch(db: Kysely<DB>, id: number, from: BatchStatus, patch: Updateable<StampBatchTable>): Promise<boolean> {
  const r = await db.updateTable('stamp_batch').set(patch).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function batchIdsWithStatus(db: Kysely<DB>, status: BatchStatus): Promise<number[]> {
  const rows = await db.selectFrom('stamp_batch').select('id').where('status', '=', status).orderBy('id').execute();
  return rows.map((r) => r.id);
}

/**
 * Takes the batch's PIN seed and erases it in one conditional statement, so of two concurrent
 * callers exactly one gets it. Returns undefined when it was already taken.
 */
export async function takePinSeed(db: Kysely<DB>, id: number, at: string): Promise<string | undefined> {
  const row = await db.selectFrom('stamp_batch').select('pin_seed').where('id', '=', id).executeTakeFirst();
  const seed = row?.pin_seed ?? null;
  if (seed === null) return undefined;
  const r = await db.updateTable('stamp_batch').set({ pin_seed: null, pins_released_at: at, updated_at: at })
    .where('id', '=', id).where('pin_seed', '=', seed).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1 ? seed : undefined;
}
