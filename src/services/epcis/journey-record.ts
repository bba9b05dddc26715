import type { Kysely } from 'kysely';
import { findEventRow } from '../../db/repositories/epcis-events.js';
import { lotsOfStampSerials } from '../../db/repositories/epcis-journey.js';
import type { LotRow } from '../../db/repositories/lots.js';
import { findProducer } from '../../db/repositories/producers.js';
import { findProduct } from '../../db/repositories/products.js';
import type { DB } from '../../db/schema.js';
import { type JourneyEntryInput, type JourneyPlace, journeyEvents } from '../../domain/epcis/journey.js';
import type { Actor } from '../../domain/roles.js';
import { normaliseSerialInput } from '../../domain/stamps/serial.js';
import { assertCanEditProducer } from '../access.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { type FieldIssue, invalid, notFound } from '../errors.js';
import { loadVisibleLot } from '../stamps/get-lot.js';
import { findStep } from './journey-catalogue.js';
import type { JourneyEventView, RecordJourneyInput } from './journey-input.js';
import { presentJourneyEvent, producerPlaces } from './journey-read.js';
import { storePlatformEvents } from './platform-stamps.js';

// Recording one journey step of a lot: a producer member for its own lots, the commune for its
// producers, province staff for any (the same rule as editing the producer). The step becomes
// EPCIS events stored with the audit entry in one transaction.

/** A step may be entered up to a day ahead (clock drift, time zones), never later. */
const FUTURE_SLACK_MS = 24 * 3_600_000;

async function placeOf(db: Kysely<DB>, producerId: number, place: RecordJourneyInput['place']): Promise<JourneyPlace | null> {
  if (place == null) return null;
  if (place.name !== undefined) return { kind: 'text', name: place.name };
  const found = (await producerPlaces(db, producerId)).find((p) => p.id === place.salesPointId);
  if (found === undefined) throw invalid('Unknown sales point', [{ path: 'body.place.salesPointId', message: "not one of the producer's sales points" }]);
  return { kind: 'sales-point', id: found.id, name: found.address === null ? found.name : `${found.name}, ${found.address}` };
}

/** Package stamps must be bound to this lot; rings must be leg rings of the same producer. */
async function linksOf(db: Kysely<DB>, lot: LotRow, input: RecordJourneyInput, gtin: string | null): Promise<JourneyEntryInput['links']> {
  const links = input.links ?? [];
  const all = links.flatMap((l) => [l.packageSerial, ...l.ringSerials].map(normaliseSerialInput));
  const rows = new Map((await lotsOfStampSerials(db, all)).map((r) => [r.serial, r]));
  const issues: FieldIssue[] = [];
  const out = links.map((l, i) => {
    const pkg = normaliseSerialInput(l.packageSerial);
    if (rows.get(pkg)?.lot_id !== lot.id) issues.push({ path: `body.links.${i}.packageSerial`, message: 'not a stamp bound to this lot' });
    const rings = l.ringSerials.map((typed, j) => {
      const serial = normaliseSerialInput(typed);
      const r = rows.get(serial);
      if (r === undefined || r.type !== 'leg_ring' || r.producer_id !== lot.producer_id) issues.push({ path: `body.links.${i}.ringSerials.${j}`, message: "not a leg ring of this producer" });
      return { serial, gtin: null };
    });
    return { packageSerial: pkg, packageGtin: gtin, rings };
  });
  if (issues.length > 0) throw invalid('The ring and package codes cannot be linked', issues.slice(0, 50));
  return out;
}

async function ringGtins(db: Kysely<DB>, links: JourneyEntryInput['links']): Promise<JourneyEntryInput['links']> {
  const products = new Map<string, string | null>();
  const serials = links.flatMap((l) => l.rings.map((r) => r.serial));
  for (const r of await lotsOfStampSerials(db, serials)) products.set(r.serial, (await findProduct(db, r.product_id))?.gtin ?? null);
  return links.map((l) => ({ ...l, rings: l.rings.map((r) => ({ serial: r.serial, gtin: products.get(r.serial) ?? null })) }));
}

function checkStep(input: RecordJourneyInput, now: Date) {
  const step = findStep(input.step);
  if (step === undefined) throw invalid('Unknown step', [{ path: 'body.step', message: 'not a journey step' }]);
  if (input.links !== undefined && input.links.length > 0 && !step.links) throw invalid('This step links no rings', [{ path: 'body.links', message: 'only slaughter and packing record ring → package links' }]);
  if (Date.parse(input.at) > now.getTime() + FUTURE_SLACK_MS) throw invalid('The step is in the future', [{ path: 'body.at', message: 'in the future' }]);
  return step;
}

export async function recordJourneyStep(ctx: ServiceContext, opts: { actor: Actor; lotId: number; input: RecordJourneyInput }): Promise<{ stored: number; items: JourneyEventView[] }> {
  const { actor, input } = opts;
  const lot = await loadVisibleLot(ctx.db, actor, opts.lotId);
  const [producer, product] = await Promise.all([findProducer(ctx.db, lot.producer_id), findProduct(ctx.db, lot.product_id)]);
  if (producer === undefined || product === undefined) throw notFound('Lot');
  await assertCanEditProducer(ctx.db, actor, producer);
  const step = checkStep(input, ctx.now());
  const place = await placeOf(ctx.db, producer.id, input.place);
  const links = await ringGtins(ctx.db, await linksOf(ctx.db, lot, input, product.gtin));
  const entry: JourneyEntryInput = { step, at: new Date(Date.parse(input.at)).toISOString(), place, note: input.note ?? null, quantity: input.quantity ?? null, links };
  const events = journeyEvents({ publicUrl: ctx.publicUrl, product: { id: product.id, gtin: product.gtin }, lot: { id: lot.id, code: lot.code }, producerId: producer.id }, entry);
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const { stored, eventIds } = await storePlatformEvents(trx, events, at);
    await recordAudit(trx, { actor, action: 'lot.journey', entity: 'lot', entityId: lot.id, after: { step: step.key, at: entry.at, place: place?.name ?? null, note: entry.note, quantity: entry.quantity, links: links.length, eventIds }, at });
    const rows = await Promise.all(eventIds.map((id) => findEventRow(trx, id)));
    return { stored, items: rows.flatMap((r) => (r === undefined ? [] : [presentJourneyEvent(ctx.publicUrl, r)])) };
  });
}
