import { randomBytes } from 'node:crypto';
import { findProductByGtin } from '../../db/repositories/products.js';
import { insertLot } from '../../db/repositories/lots.js';
import { insertBatch } from '../../db/repositories/stamp-batches.js';
import { insertStamps } from '../../db/repositories/stamps.js';
import { findUserByUsername } from '../../db/repositories/users.js';
import type { StampType } from '../../db/schema-stamps.js';
import { hashPin } from '../../domain/stamps/pin.js';
import { generateSerial } from '../../domain/stamps/serial.js';
import type { Tx } from '../context.js';
import { newPinSeed, pinFromSeed, pinKeyring, sealPinSeed } from '../stamps/pin-keys.js';
import { stampPolicy } from '../stamps/stamp-policy.js';

// Demo stamps (inside the demo seed's transaction, a few dozen rows): an issued, lot-bound
// label batch for the `producer` account's shampoo (one code voided), and a scratch-off PIN
// batch for `producer2`'s golden-camellia tea whose PIN file producer2 can still download once.
// Products come from the demo register; without it nothing is loaded.

type DemoBatch = { username: string; gtin: string; type: StampType; quantity: number; lot: { code: string; production: string; expiry: string }; voided: number };

const DEMO_BATCHES: readonly DemoBatch[] = [
  { username: 'producer', gtin: '08939783400016', type: 'qr_label', quantity: 48, lot: { code: 'DG-2611', production: '2026-11-02', expiry: '2028-11-01' }, voided: 1 },
  { username: 'producer2', gtin: '08938252700015', type: 'qr_pin', quantity: 24, lot: { code: 'THV-2610', production: '2026-10-15', expiry: '2027-10-14' }, voided: 0 },
];

async function loadOne(trx: Tx, secret: string, plan: DemoBatch, at: string): Promise<number> {
  const product = await findProductByGtin(trx, plan.gtin);
  const user = await findUserByUsername(trx, plan.username);
  if (product === undefined || user === undefined || product.status !== 'certified') return 0;
  const lot = await insertLot(trx, {
    product_id: product.id, producer_id: product.producer_id, code: plan.lot.code, production_date: plan.lot.production, expiry_date: plan.lot.expiry,
    quantity: plan.quantity, raw_material_area: null, quality_certificates: '[]', created_by: user.id, created_at: at, updated_at: at,
  });
  const seed = plan.type === 'qr_pin' ? newPinSeed() : undefined;
  const batch = await insertBatch(trx, {
    product_id: product.id, producer_id: product.producer_id, lot_id: lot.id, type: plan.type, quantity: plan.quantity, status: 'issued', written: plan.quantity,
    reason: null, expected_provinces: JSON.stringify(['quang-ninh']), pin_seed: null, pins_released_at: null,
    requested_by: user.id, requested_at: at, decided_by: null, decided_at: at, issued_at: at, updated_at: at,
  });
  if (seed !== undefined) await trx.updateTable('stamp_batch').set({ pin_seed: sealPinSeed(secret, seed, batch.id) }).where('id', '=', batch.id).execute();
  const keyring = pinKeyring(secret);
  const rows = Array.from({ length: plan.quantity }, (_, position) => {
    const serial = generateSerial(randomBytes);
    const pin = seed === undefined ? undefined : hashPin(keyring, serial, pinFromSeed(seed, serial, stampPolicy().pinDigits));
    const voided = position >= plan.quantity - plan.voided;
    return {
      serial, batch_id: batch.id, position, status: voided ? ('voided' as const) : ('active' as const), lot_id: lot.id, activated_at: at,
      voided_at: voided ? at : null, void_reason: voided ? ('damaged' as const) : null, pin_key_id: pin?.keyId ?? null, pin_hash: pin?.hash ?? null,
    };
  });
  return insertStamps(trx, rows);
}

/** Returns how many demo codes were written. */
export async function loadDemoStamps(trx: Tx, opts: { secret: string; at: string }): Promise<number> {
  let total = 0;
  for (const plan of DEMO_BATCHES) total += await loadOne(trx, opts.secret, plan, opts.at);
  return total;
}
