import { type Insertable, sql } from 'kysely';
import type { Engine } from '../../db/database.js';
import type { StampBatchTable, StampTable } from '../../db/schema-stamps.js';
import { generateSerial } from '../../domain/stamps/serial.js';
import type { Tx } from '../context.js';
import type { Rng } from './seed-national-names.js';
import type { NationalProduct } from './seed-national-registry.js';
import { chunksOf, nextId } from './seed-national-rows.js';

// Stamps of the national-scale set: one issued label batch per certified product with
// `perProduct` codes (serials drawn from the seeded generator, so they are reproducible too).
// Ids are contiguous, which lets the scan generator address stamp k as firstStampId + k.

export type NationalStamps = { firstBatchId: number; firstStampId: number; count: number };

type NewStamp = Insertable<StampTable> & { id: number; batch_id: number; position: number };

/** PostgreSQL takes a chunk as five arrays through unnest() (one statement, five parameters). */
async function writeStamps(trx: Tx, engine: Engine, rows: readonly NewStamp[]): Promise<void> {
  if (rows.length === 0) return;
  if (engine === 'sqlite') {
    for (const chunk of chunksOf(rows)) await trx.insertInto('stamp').values(chunk).execute();
    return;
  }
  await sql`INSERT INTO stamp (id, serial, batch_id, position, status)
    SELECT * FROM unnest(${rows.map((r) => r.id)}::int[], ${rows.map((r) => r.serial)}::text[], ${rows.map((r) => r.batch_id)}::int[], ${rows.map((r) => r.position)}::int[], ${rows.map((r) => r.status)}::text[])`.execute(trx);
}

export async function insertNationalStamps(trx: Tx, rng: Rng, products: readonly NationalProduct[], opts: { engine: Engine; perProduct: number; at: string; onProgress: (done: number) => void }): Promise<NationalStamps> {
  const certified = products.filter((p) => p.status === 'certified');
  const firstBatchId = await nextId(trx, 'stamp_batch');
  const firstStampId = await nextId(trx, 'stamp');
  const batches: (Insertable<StampBatchTable> & { id: number })[] = certified.map((p, k) => ({
    id: firstBatchId + k, product_id: p.id, producer_id: p.producerId, lot_id: null, type: 'qr_label', quantity: opts.perProduct, status: 'issued', written: opts.perProduct,
    reason: null, expected_provinces: null, pin_seed: null, pins_released_at: null, requested_by: null, requested_at: opts.at, decided_by: null, decided_at: opts.at,
    issued_at: opts.at, updated_at: opts.at,
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
      rows.push({ id, serial, batch_id: batch.id, position, status: 'issued', lot_id: null });
      id += 1;
    }
    if (rows.length >= 20_000) {
      await writeStamps(trx, opts.engine, rows);
      opts.onProgress(id - firstStampId);
      rows = [];
    }
  }
  await writeStamps(trx, opts.engine, rows);
  return { firstBatchId, firstStampId, count: id - firstStampId };
}
