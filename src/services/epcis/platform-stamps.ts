import type { Kysely } from 'kysely';
import { storeEvents } from '../../db/repositories/epcis-events.js';
import { findLot, type LotRow } from '../../db/repositories/lots.js';
import { findProduct } from '../../db/repositories/products.js';
import { type BatchRow, findBatch } from '../../db/repositories/stamp-batches.js';
import { stampsBySerials } from '../../db/repositories/stamps.js';
import type { DB } from '../../db/schema.js';
import { type Codes, type LinkedEvent, bindingEvent, commissioningEvent, decommissioningEvent } from '../../domain/epcis/platform-events.js';
import { normaliseSerialInput } from '../../domain/stamps/serial.js';
import type { StampSelectionInput } from '../stamps/lot-input.js';
import type { ResolvedSelection } from '../stamps/stamp-selection.js';

// The platform's own EPCIS events about its stamps, written by the stamp services inside the
// transaction of the change they describe (so the event exists exactly when the change does):
// a batch becoming 'issued', codes bound to a lot, codes voided. Events are idempotent by their
// CBV 2.0 hash, so a retried step stores nothing twice.

type Db = Kysely<DB>;

/** Stores platform events with their batch / lot / producer columns; returns the eventIDs in order. */
export async function storePlatformEvents(trx: Db, events: readonly LinkedEvent[], recordTime: string): Promise<{ stored: number; eventIds: readonly string[] }> {
  if (events.length === 0) return { stored: 0, eventIds: [] };
  const inputs = events.map((e) => ({ event: e.event, producerId: e.links.producerId, stampBatchId: e.links.stampBatchId, lotId: e.links.lotId }));
  return storeEvents(trx, inputs, { source: 'platform', recordTime });
}

/** Issuing: one commissioning event for the whole batch, counted by the lot's or product's class. */
export async function recordBatchIssued(trx: Db, publicUrl: string, batch: BatchRow, at: string): Promise<void> {
  const product = await findProduct(trx, batch.product_id);
  if (product === undefined) return;
  const lot = batch.lot_id === null ? undefined : await findLot(trx, batch.lot_id);
  const facts = { id: batch.id, quantity: batch.quantity, type: batch.type, producerId: batch.producer_id, product: { id: product.id, gtin: product.gtin }, lot: lot === undefined ? null : { id: lot.id, code: lot.code } };
  await storePlatformEvents(trx, [commissioningEvent(publicUrl, facts, at)], at);
}

type Changed = { serial: string; productId: number; producerId: number; batchId: number };

/** The listed codes this change touched (the others were skipped), grouped by product. */
async function changedSerials(trx: Db, typed: readonly string[], touched: (r: { lot_id: number | null; activated_at: string | null; voided_at: string | null }) => boolean): Promise<Map<number, Changed[]>> {
  const rows = await stampsBySerials(trx, [...new Set(typed.map(normaliseSerialInput))]);
  const producerOf = new Map<number, number>();
  for (const id of new Set(rows.map((r) => r.batch_id))) producerOf.set(id, (await findBatch(trx, id))?.producer_id ?? 0);
  const byProduct = new Map<number, Changed[]>();
  for (const r of rows.filter(touched)) {
    const list = byProduct.get(r.product_id) ?? [];
    list.push({ serial: r.serial, productId: r.product_id, producerId: producerOf.get(r.batch_id) ?? 0, batchId: r.batch_id });
    byProduct.set(r.product_id, list);
  }
  return byProduct;
}

type Selected = { input: StampSelectionInput; resolved: ResolvedSelection; changed: number };

/** Builds one event per product touched: listed serials, or the label range of one batch. */
async function selectionEvents(trx: Db, sel: Selected, touched: Parameters<typeof changedSerials>[2], build: (product: { id: number; gtin: string | null }, producerId: number, batchId: number | null, codes: Codes) => LinkedEvent): Promise<LinkedEvent[]> {
  if (sel.changed === 0) return [];
  if (sel.input.serials !== undefined) {
    const groups = await changedSerials(trx, sel.input.serials, touched);
    const events: LinkedEvent[] = [];
    for (const [productId, list] of groups) {
      const product = await findProduct(trx, productId);
      const first = list[0];
      if (product === undefined || first === undefined) continue;
      const batchIds = new Set(list.map((c) => c.batchId));
      events.push(build(product, first.producerId, batchIds.size === 1 ? first.batchId : null, { kind: 'serials', serials: list.map((c) => c.serial) }));
    }
    return events;
  }
  const s = sel.resolved.selection;
  const batch = 'batchId' in s ? await findBatch(trx, s.batchId) : undefined;
  const product = batch === undefined ? undefined : await findProduct(trx, batch.product_id);
  if (batch === undefined || product === undefined || !('batchId' in s)) return [];
  return [build(product, batch.producer_id, batch.id, { kind: 'range', count: sel.changed, fromLabel: s.from + 1, toLabel: s.to + 1 })];
}

/** Binding: an AssociationEvent between the lot's class and the codes bound now. */
export async function recordBinding(trx: Db, publicUrl: string, lot: LotRow, sel: Selected, at: string): Promise<void> {
  const events = await selectionEvents(trx, sel, (r) => r.lot_id === lot.id && r.activated_at === at,
    (product, producerId, batchId, codes) => bindingEvent(publicUrl, { id: lot.id, code: lot.code }, { product: { id: product.id, gtin: product.gtin }, producerId, batchId, codes }, at));
  await storePlatformEvents(trx, events, at);
}

/** Voiding: a decommissioning event for the codes voided now. */
export async function recordVoiding(trx: Db, publicUrl: string, sel: Selected, reason: string, at: string): Promise<void> {
  const events = await selectionEvents(trx, sel, (r) => r.voided_at === at,
    (product, producerId, batchId, codes) => decommissioningEvent(publicUrl, { product: { id: product.id, gtin: product.gtin }, producerId, batchId, codes }, reason, at));
  await storePlatformEvents(trx, events, at);
}
