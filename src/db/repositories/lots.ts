import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ProducerScope } from '../../domain/scope.js';
import type { LotTable } from '../schema-stamps.js';
import type { DB } from '../schema.js';

export type LotRow = Selectable<LotTable>;
export type LotFilter = { scope: ProducerScope; productId?: number | undefined };

export async function insertLot(db: Kysely<DB>, row: Insertable<LotTable>): Promise<LotRow> {
  return db.insertInto('lot').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findLot(db: Kysely<DB>, id: number): Promise<LotRow | undefined> {
  return db.selectFrom('lot').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findLotByCode(db: Kysely<DB>, productId: number, code: string): Promise<LotRow | undefined> {
  return db.selectFrom('lot').selectAll().where('product_id', '=', productId).where('code', '=', code).executeTakeFirst();
}

function filtered(db: Kysely<DB>, f: LotFilter) {
  let q = db.selectFrom('lot').innerJoin('producer', 'producer.id', 'lot.producer_id');
  const s = f.scope;
  if (s.kind === 'none') q = q.where((eb) => eb.val(1), '=', 0);
  if (s.kind === 'producer') q = q.where('producer.id', '=', s.producerId);
  if (s.kind === 'units') q = q.where('producer.unit_id', 'in', s.unitIds);
  if (f.productId !== undefined) q = q.where('lot.product_id', '=', f.productId);
  return q;
}

export async function listLotRows(db: Kysely<DB>, f: LotFilter, limit: number, offset: number): Promise<LotRow[]> {
  return filtered(db, f).selectAll('lot').orderBy('lot.id', 'desc').limit(limit).offset(offset).execute();
}

export async function countLotRows(db: Kysely<DB>, f: LotFilter): Promise<number> {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** How many codes are bound to each lot. */
export async function boundCounts(db: Kysely<DB>, lotIds: number[]): Promise<Map<number, number>> {
  if (lotIds.length === 0) return new Map();
  const rows = await db.selectFrom('stamp').select(['lot_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('lot_id', 'in', lotIds).groupBy('lot_id').execute();
  return new Map(rows.flatMap((r) => (r.lot_id === null ? [] : [[r.lot_id, Number(r.n)] as const])));
}
