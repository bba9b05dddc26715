import { type Insertable, sql } from 'kysely';
import type { Engine } from '../../db/database.js';
import type { LotTable, StampBatchTable, StampTable } from '../../db/schema-stamps.js';
import { generateSerial } from '../../domain/stamps/serial.js';
import type { Tx } from '../context.js';
import type { Rng } from './seed-national-names.js';
import type { NationalProduct } from './seed-national-registry.js';
import { chunksOf, nextId } from './seed-national-rows.js';

// Stamps of the national-scale set: per certified product one production lot and one issued,
// lot-bound label batch of `perProduct` codes, written as the issuing job writes a lot-bound
// batch: every code active (bound to the lot) from the day it was issued, so verification
// treats them as real, live codes. Serials come from the seeded generator, so they are
// reproducible too. Ids are contiguous, which lets the scan generator address stamp k as
// firstStampId + k. `issuedAt` lies before the scan history: codes are scanned only once live.

export type NationalStamps = { firstBatchId: number; firstStampId: number; count: number };

type NewStamp = Insertable<StampTable> & { id: number; batch_id: number; position: number; lot_id: number; activated_at: string };

/** PostgreSQL takes a chunk as five arrays through unnest() (one statement, five parameters). */
async function writeStamps(trx: Tx, engine: Engine, rows: readonly NewStamp[]): Promise<void> {
  if (rows.length === 0) return;
  if (engine === 'sqlite') {
    for (const chunk of chunksOf(rows)) await trx.insertInto('stamp').values(chunk).execute();
    return;
  }
  await sql`INSERT INTO stamp (id, serial, batch_id, position, status, lot_id, activated_at)
    SELECT * FROM unnest(${rows.map((r) => r.id)}::int[], ${rows.map((r) => r.serial)}::text[], ${rows.map((r) => r.batch_id)}::int[], ${rows.map((r) => r.position)}::int[],
      ${rows.map((r) => r.status)}::text[], ${rows.map((r) => r.lot_id)}::int[], ${rows.map((r) => r.activated_at)}::timestamptz[])`.execute(trx);
}

type StampOptions = { engine: Engine; perProduct: number; at: string; issuedAt: string; onProgress: (done: number) => void };

/** One production lot per certified product, made on the day its codes were issued. */
async function insertLots(trx: Tx, certified: readonly NationalProduct[], opts: StampOptions): Promise<number> {
  const firstLotId = await nextId(trx, 'lot');
  const day = opts.issuedAt.slice(0, 10);
  const lots: (Insertable<LotTable> & { id: number })[] = certified.map((p, k) => ({
    id: firstLotId + k, product_id: p.id, producer_id: p.producerId, code: `NAT-${firstLotId + k}`, production_date: day, expiry_date: null, quantity: opts.perProduct,
    raw_material_area: null, quality_certificates: '[]', created_by: null, created_at: opts.issuedAt, updated_at: opts.issuedAt,
  }));
  for (const chunk of chunksOf(lots)) await trx.insertInto('lot').values(chunk).execute();
  return firstLotId;
}

export async function insertNationalStamps(trx: Tx, rng: Rng, products: readonly NationalProduct[], opts: StampOptions): Promise<NationalStamps> {
  const certified = products.filter((p) => p.status === 'certified');
  const firstLotId = await insertLots(trx, certified, opts);
  const firstBatchId = await nextId(trx, 'stamp_batch');
  const firstStampId = await nextId(trx, 'stamp');
  const batches: (Insertable<StampBatchTable> & { id: number; lot_id: number })[] = certified.map((p, k) => ({
    id: firstBatchId + k, product_id: p.id, producer_id: p.producerId, lot_id: firstLotId + k, type: 'qr_label', quantity: opts.perProduct, status: 'issued', written: opts.perProduct,
    reason: null, expected_provinces: null, pin_seed: null, pins_released_at: null, requested_by: null, requested_at: opts.issuedAt, decided_by: null, decided_at: opts.issuedAt,
    issued_at: opts.issuedAt, updated_at: opts.at,
  }));
  for (const chunk of chunksOf(batches)) await trx.insertInto('stamp_batch').values(chunk).execute();
  const seen = new Set<string>();
  let rows: NewStamp[] = [];
  let id = firstStampId;
  for (const batch of batches) {
    for (let position = 0; position < opts.perProduct; position += 1) {
      let serial = generateSerial(rng.bytes);
      while (seen.has(serial)) serial = generateSerial(rng.bytes);
      seen.add(serial);
      rows.push({ id, serial, batch_id: batch.id, position, status: 'active', lot_id: batch.lot_id, activated_at: opts.issuedAt });
      id += 1;
    }
    if (rows.length >= 50_000) {
      await writeStamps(trx, opts.engine, rows);
      opts.onProgress(id - firstStampId);
      rows = [];
    }
  }
  await writeStamps(trx, opts.engine, rows);
  return { firstBatchId, firstStampId, count: id - firstStampId };
}
