import type { Kysely, Selectable } from 'kysely';
import type { Prefixes } from '../../domain/epcis/event-hash.js';
import { eventRecord } from '../../domain/epcis/event-record.js';
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

/**
 * Stores events, each at most once: an event whose eventID (given, or the CBV 2.0 hash) is
 * already stored counts as a duplicate and changes nothing — except that an error declaration it
 * carries is recorded on the stored event. Pass a transaction to make several calls (or a call and
 * other writes) all-or-nothing.
 */
export async function storeEvents(trx: Kysely<DB>, events: readonly StoreEventInput[], opts: StoreEventsOptions): Promise<StoreEventsResult> {
  let stored = 0;
  const eventIds: string[] = [];
  for (const input of events) {
    const rec = eventRecord(input.event, opts.prefixes ?? {}, opts.recordTime);
    eventIds.push(rec.eventId);
    const row = await trx.insertInto('epcis_event').values({
      event_id: rec.eventId, event_type: rec.eventType, event_time: rec.eventTime, event_time_zone_offset: rec.eventTimeZoneOffset,
      record_time: opts.recordTime, action: rec.action, biz_step: rec.bizStep, disposition: rec.disposition,
      read_point: rec.readPoint, biz_location: rec.bizLocation, event_json: JSON.stringify(rec.event), source: opts.source,
      producer_id: input.producerId ?? opts.producerId ?? null, capture_job_id: opts.captureJobId ?? null,
      stamp_batch_id: input.stampBatchId ?? null, lot_id: input.lotId ?? null,
    }).onConflict((oc) => oc.column('event_id').doNothing()).returning('id').executeTakeFirst();
    if (row === undefined) {
      await recordErrorDeclaration(trx, rec.eventId, input.event.errorDeclaration);
      continue;
    }
    stored += 1;
    if (rec.epcs.length > 0) {
      await trx.insertInto('epcis_event_epc')
        .values(rec.epcs.map((e) => ({ event_row_id: row.id, epc: e.epc, role: e.role, quantity: e.quantity, uom: e.uom })))
        .execute();
    }
  }
  return { stored, duplicates: events.length - stored, eventIds };
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
