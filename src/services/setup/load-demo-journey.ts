import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { insertLot, type LotRow } from '../../db/repositories/lots.js';
import { findProductByName, type ProductRow } from '../../db/repositories/products.js';
import { issuedBatchIdsWithoutEvents } from '../../db/repositories/epcis-journey.js';
import { findBatch, insertBatch } from '../../db/repositories/stamp-batches.js';
import { insertStamps } from '../../db/repositories/stamps.js';
import { STAMP_TYPES } from '../../db/schema-stamps.js';
import { type JourneyEntryInput, QUANTITY_UNITS, journeyEvents } from '../../domain/epcis/journey.js';
import type { LinkedEvent } from '../../domain/epcis/platform-events.js';
import { type RandomBytes, generateSerial } from '../../domain/stamps/serial.js';
import type { Tx } from '../context.js';
import { JOURNEY_STEP_KEYS, findStep } from '../epcis/journey-catalogue.js';
import { producerPlaces } from '../epcis/journey-read.js';
import { recordBatchIssued, storePlatformEvents } from '../epcis/platform-stamps.js';

// Demo journey (inside the demo seed's transaction): the Tiên Yên chicken of the `producer`
// account's cooperative. A flock lot of live birds wears leg rings, a lot of dressed birds gets
// package stamps; the flock is raised and vaccinated, the birds are slaughtered (each ring linked
// to its package), packed and shipped to one of the producer's sales points. Serials come from a
// fixed seed, so the README can name a package a reviewer opens: /v/{first package serial}.

const Codes = z.object({ product: z.string(), lot: z.string(), production: z.iso.date(), expiry: z.iso.date().nullable(), codes: z.int().min(1).max(100), type: z.enum(STAMP_TYPES), issuedAt: z.iso.datetime() });
const DemoJourneyFile = z.object({
  note: z.string(),
  producer: z.string(),
  seed: z.string(),
  flock: Codes,
  packages: Codes,
  steps: z.array(z.object({
    lot: z.enum(['flock', 'packages']), step: z.enum(JOURNEY_STEP_KEYS), at: z.iso.datetime({ offset: true }),
    place: z.string().optional(), salesPoint: z.string().optional(), note: z.string().optional(),
    quantity: z.object({ value: z.number().positive(), unit: z.enum(QUANTITY_UNITS) }).optional(), linkRings: z.boolean().optional(),
  })),
});
type DemoJourneyFile = z.infer<typeof DemoJourneyFile>;
type DemoCodes = z.infer<typeof Codes>;

const FILE = new URL('../../rules/demo/journey.json', import.meta.url);

export function readDemoJourney(): DemoJourneyFile {
  return DemoJourneyFile.parse(JSON.parse(readFileSync(FILE, 'utf8')));
}

/** A reproducible byte stream (SHA-256 in counter mode) so demo serials are the same everywhere. */
function seededBytes(seed: string): RandomBytes {
  let pool = Buffer.alloc(0);
  let counter = 0;
  return (size) => {
    while (pool.length < size) pool = Buffer.concat([pool, createHash('sha256').update(`${seed}:${counter++}`).digest()]);
    const out = pool.subarray(0, size);
    pool = pool.subarray(size);
    return out;
  };
}

/** The demo serials: rings first, then packages (what the loader writes). */
export function demoJourneySerials(file: DemoJourneyFile = readDemoJourney()): { rings: string[]; packages: string[] } {
  const random = seededBytes(file.seed);
  const rings = Array.from({ length: file.flock.codes }, () => generateSerial(random));
  return { rings, packages: Array.from({ length: file.packages.codes }, () => generateSerial(random)) };
}

type Loaded = { product: ProductRow; lot: LotRow };

async function loadCodes(trx: Tx, publicUrl: string, producerId: number, plan: DemoCodes, serials: readonly string[], at: string): Promise<Loaded | undefined> {
  const product = await findProductByName(trx, producerId, plan.product);
  if (product === undefined || product.status !== 'certified') return undefined;
  const lot = await insertLot(trx, {
    product_id: product.id, producer_id: producerId, code: plan.lot, production_date: plan.production, expiry_date: plan.expiry,
    quantity: plan.codes, raw_material_area: null, quality_certificates: '[]', created_by: null, created_at: at, updated_at: at,
  });
  const issued = plan.issuedAt;
  const batch = await insertBatch(trx, {
    product_id: product.id, producer_id: producerId, lot_id: lot.id, type: plan.type, quantity: plan.codes, status: 'issued', written: plan.codes,
    reason: null, expected_provinces: JSON.stringify(['quang-ninh']), pin_seed: null, pins_released_at: null,
    requested_by: null, requested_at: issued, decided_by: null, decided_at: issued, issued_at: issued, updated_at: issued,
  });
  await insertStamps(trx, serials.map((serial, position) => ({ serial, batch_id: batch.id, position, status: 'active' as const, lot_id: lot.id, activated_at: issued, pin_key_id: null, pin_hash: null })));
  await recordBatchIssued(trx, publicUrl, batch, issued);
  return { product, lot };
}

type Step = DemoJourneyFile['steps'][number];

async function stepEvents(trx: Tx, publicUrl: string, producerId: number, lots: { flock: Loaded; packages: Loaded }, s: Step, serials: { rings: string[]; packages: string[] }): Promise<LinkedEvent[]> {
  const step = findStep(s.step);
  if (step === undefined) return [];
  const target = lots[s.lot];
  const point = s.salesPoint === undefined ? undefined : (await producerPlaces(trx, producerId)).find((p) => p.name === s.salesPoint);
  const place: JourneyEntryInput['place'] = point !== undefined ? { kind: 'sales-point', id: point.id, name: point.address === null ? point.name : `${point.name}, ${point.address}` } : s.place === undefined ? null : { kind: 'text', name: s.place };
  const links = s.linkRings === true ? serials.packages.map((p, i) => ({ packageSerial: p, packageGtin: lots.packages.product.gtin, rings: [{ serial: serials.rings[i] ?? '', gtin: lots.flock.product.gtin }] })).filter((l) => l.rings[0]?.serial !== '') : [];
  const entry: JourneyEntryInput = { step, at: new Date(Date.parse(s.at)).toISOString(), place, note: s.note ?? null, quantity: s.quantity ?? null, links };
  return journeyEvents({ publicUrl, product: { id: target.product.id, gtin: target.product.gtin }, lot: { id: target.lot.id, code: target.lot.code }, producerId }, entry);
}

/** Returns the first package serial written (the one the README names), or undefined when the demo producer or products are missing. */
export async function loadDemoJourney(trx: Tx, opts: { producerIds: ReadonlyMap<string, number>; publicUrl: string; at: string }): Promise<string | undefined> {
  await commissionEarlierDemoBatches(trx, opts.publicUrl);
  const file = readDemoJourney();
  const producerId = opts.producerIds.get(file.producer);
  if (producerId === undefined) return undefined;
  const serials = demoJourneySerials(file);
  const flock = await loadCodes(trx, opts.publicUrl, producerId, file.flock, serials.rings, opts.at);
  const packages = flock === undefined ? undefined : await loadCodes(trx, opts.publicUrl, producerId, file.packages, serials.packages, opts.at);
  if (flock === undefined || packages === undefined) return undefined;
  const events: LinkedEvent[] = [];
  for (const s of file.steps) events.push(...(await stepEvents(trx, opts.publicUrl, producerId, { flock, packages }, s, serials)));
  await storePlatformEvents(trx, events, opts.at);
  return serials.packages[0];
}

/** The other demo batches (load-demo-stamps.ts) were written directly: give them their commissioning event too. */
async function commissionEarlierDemoBatches(trx: Tx, publicUrl: string): Promise<void> {
  for (const id of await issuedBatchIdsWithoutEvents(trx)) {
    const batch = await findBatch(trx, id);
    if (batch !== undefined) await recordBatchIssued(trx, publicUrl, batch, batch.issued_at ?? batch.updated_at);
  }
}
