import type { Kysely, Selectable } from 'kysely';
import type { Prefixes } from '../../domain/epcis/event-hash.js';
import { type EventRecord, eventRecord } from '../../domain/epcis/event-record.js';
import type { JsonObject } from '../../domain/epcis/json.js';
import type { EpcisEventTable, EventSource } from '../schema-epcis.js';
import type { DB } from '../schema.js';

// Writing and reading stored EPCIS events. storeEvents is the one way events enter the
// repository — the capture endpoint and the platform's own events (batches, lots, voids, journey
// forms, rings) both go through it — so every event gets the same eventID rule, the same columns
// and the same identifier index. Its signature is a contract (docs/epcis.md): keep it stable.

export type EpcisEventRow = Selectable<EpcisEventTable>;

export type StoreEventInput = {
  /** One EPCIS 2.0 event as JSON-LD (type, eventTime, eventTimeZoneOffset, …). eventID is optional. */
  readonly event: JsonObject;
  /** Owner; falls back to opts.producerId. */
  readonly producerId?: number | null;
  readonly stampBatchId?: number | null;
  readonly lotId?: number | null;
};

export type StoreEventsOptions = {
  readonly source: EventSource;
  /** The recordTime written on every event of this call (UTC ISO instant). */
  readonly recordTime: string;
  readonly captureJobId?: number | null;
  /** Owner of events that do not name one. */
  readonly producerId?: number | null;
  /** Prefix → namespace from the document's @context, so extension fields hash by namespace. */
  readonly prefixes?: Prefixes;
};

export type StoreEventsResult = {
  readonly stored: number;
  readonly duplicates: number;
  /** The eventID of every input, in input order (computed hash ids included), stored or not. */
  readonly eventIds: readonly string[];
};

// Events are written in chunks, a multi-row insert each, so a capture of thousands of events costs
// a handful of statements rather than two per event. Bound parameters per statement stay well
// below SQLite's limit (32,766) and PostgreSQL's (65,535): 16 per event row, 5 per identifier row.
const EVENT_CHUNK = 500;
const EPC_CHUNK = 1_000;

type Pending = { readonly input: StoreEventInput; readonly rec: EventRecord };

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Stores events, each at most once: an event whose eventID (given, or the CBV 2.0 hash) is
 * already stored counts as a duplicate and changes nothing — except that an error declaration it
 * carries is recorded on the stored event. Pass a transaction to make several calls (or a call and
 * other writes) all-or-nothing.
 */
export async function storeEvents(trx: Kysely<DB>, events: readonly StoreEventInput[], opts: StoreEventsOptions): Promise<StoreEventsResult> {
  const pending = events.map((input) => ({ input, rec: eventRecord(input.event, opts.prefixes ?? {}, opts.recordTime) }));
  let stored = 0;
  for (const chunk of chunks(pending, EVENT_CHUNK)) stored += await storeChunk(trx, chunk, opts);
  return { stored, duplicates: events.length - stored, eventIds: pending.map((p) => p.rec.eventId) };
}

/** The first event of each eventID in the chunk: a repeat within one document is a duplicate too. */
function firstOfEachId(chunk: readonly Pending[]): Pending[] {
  const seen = new Set<string>();
  const firsts: Pending[] = [];
  for (const p of chunk) {
    if (seen.has(p.rec.eventId)) continue;
    seen.add(p.rec.eventId);
    firsts.push(p);
  }
  return firsts;
}

/**
 * One chunk: insert the event rows (`on conflict do nothing` skips the eventIDs already stored,
 * and RETURNING names the ones it stored, so no separate look-up is needed), index their
 * identifiers, then handle the duplicates in input order, as storing them one by one did.
 * Returns how many events were stored.
 */
async function storeChunk(trx: Kysely<DB>, chunk: readonly Pending[], opts: StoreEventsOptions): Promise<number> {
  const firsts = firstOfEachId(chunk);
  const rowIds = await insertEventRows(trx, firsts, opts);
  const epcRows = firsts.flatMap(({ rec }) => {
    const rowId = rowIds.get(rec.eventId);
    return rowId === undefined ? [] : rec.epcs.map((e) => ({ event_row_id: rowId, epc: e.epc, role: e.role, quantity: e.quantity, uom: e.uom }));
  });
  for (const part of chunks(epcRows, EPC_CHUNK)) await trx.insertInto('epcis_event_epc').values(part).execute();
  const stored = new Set<Pending>(firsts.filter((p) => rowIds.has(p.rec.eventId)));
  for (const p of chunk) {
    if (!stored.has(p)) await recordErrorDeclaration(trx, p.rec.eventId, p.input.event.errorDeclaration);
  }
  return stored.size;
}

/** Inserts the event rows (distinct eventIDs); the row id of each one stored, by eventID. */
async function insertEventRows(trx: Kysely<DB>, events: readonly Pending[], opts: StoreEventsOptions): Promise<Map<string, number>> {
  if (events.length === 0) return new Map();
  const rows = await trx.insertInto('epcis_event').values(events.map(({ input, rec }) => ({
    event_id: rec.eventId, event_type: rec.eventType, event_time: rec.eventTime, event_time_zone_offset: rec.eventTimeZoneOffset,
    record_time: opts.recordTime, action: rec.action, biz_step: rec.bizStep, disposition: rec.disposition,
    read_point: rec.readPoint, biz_location: rec.bizLocation, event_json: JSON.stringify(rec.event), source: opts.source,
    producer_id: input.producerId ?? opts.producerId ?? null, capture_job_id: opts.captureJobId ?? null,
    stamp_batch_id: input.stampBatchId ?? null, lot_id: input.lotId ?? null,
  }))).onConflict((oc) => oc.column('event_id').doNothing()).returning(['id', 'event_id']).execute();
  // Neither engine promises the order of RETURNING rows, so they are matched by eventID.
  return new Map(rows.map((r) => [r.event_id, r.id]));
}

/**
 * An error declaration does not change an event's hash, so a corrected event arrives as a
 * "duplicate" carrying `errorDeclaration`: record it on the stored event (once; later ones are kept
 * as they are, since a declaration is final).
 */
async function recordErrorDeclaration(trx: Kysely<DB>, eventId: string, declaration: unknown): Promise<void> {
  if (typeof declaration !== 'object' || declaration === null) return;
  const row = await trx.selectFrom('epcis_event').select(['id', 'event_json']).where('event_id', '=', eventId).executeTakeFirst();
  const stored: unknown = row === undefined ? undefined : JSON.parse(row.event_json);
  if (row === undefined || typeof stored !== 'object' || stored === null || 'errorDeclaration' in stored) return;
  await trx.updateTable('epcis_event').set({ event_json: JSON.stringify({ ...stored, errorDeclaration: declaration }) }).where('id', '=', row.id).execute();
}

export async function findEventRow(db: Kysely<DB>, eventId: string): Promise<EpcisEventRow | undefined> {
  return db.selectFrom('epcis_event').selectAll().where('event_id', '=', eventId).executeTakeFirst();
}
