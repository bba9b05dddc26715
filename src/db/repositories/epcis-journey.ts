import type { Kysely, Selectable } from 'kysely';
import type { EpcRole, EpcisEventTable } from '../schema-epcis.js';
import type { DB } from '../schema.js';

// Reads of the EPCIS event store for journeys and the verify page's timeline (SQL only). The
// store itself (insert, the standard query) is src/db/repositories/epcis-events.ts.

export type JourneyEventRow = Pick<Selectable<EpcisEventTable>, 'id' | 'event_id' | 'event_type' | 'event_time' | 'action' | 'biz_step' | 'disposition' | 'biz_location' | 'event_json' | 'source' | 'lot_id' | 'stamp_batch_id'>;

const COLUMNS = ['e.id', 'e.event_id', 'e.event_type', 'e.event_time', 'e.action', 'e.biz_step', 'e.disposition', 'e.biz_location', 'e.event_json', 'e.source', 'e.lot_id', 'e.stamp_batch_id'] as const;

/**
 * Events that name any of the identifiers (in any role) or belong to any of the lots, oldest
 * first: one query over the lot index and the identifier index.
 */
export async function eventsConcerning(db: Kysely<DB>, q: { epcs: readonly string[]; lotIds: readonly number[]; limit: number }): Promise<JourneyEventRow[]> {
  if (q.epcs.length === 0 && q.lotIds.length === 0) return [];
  return db.selectFrom('epcis_event as e').select(COLUMNS)
    .where((eb) => eb.or([
      ...(q.lotIds.length === 0 ? [] : [eb('e.lot_id', 'in', [...q.lotIds])]),
      ...(q.epcs.length === 0 ? [] : [eb('e.id', 'in', eb.selectFrom('epcis_event_epc').select('event_row_id').where('epc', 'in', [...q.epcs]))]),
    ]))
    .orderBy('e.event_time').orderBy('e.id').limit(q.limit).execute();
}

/** A lot's events (platform and captured), oldest first. */
export async function eventsOfLot(db: Kysely<DB>, lotId: number, limit: number): Promise<JourneyEventRow[]> {
  return db.selectFrom('epcis_event as e').select(COLUMNS).where('e.lot_id', '=', lotId).orderBy('e.event_time').orderBy('e.id').limit(limit).execute();
}

/** The identifiers an event names in a role (e.g. the children of an association). */
export async function identifiersOf(db: Kysely<DB>, eventRowIds: readonly number[], role: EpcRole): Promise<{ event_row_id: number; epc: string }[]> {
  if (eventRowIds.length === 0) return [];
  return db.selectFrom('epcis_event_epc').select(['event_row_id', 'epc']).where('event_row_id', 'in', [...eventRowIds]).where('role', '=', role).execute();
}

/** Lots whose production dates and codes bound to them the national export needs. */
export async function lotsOfStampSerials(db: Kysely<DB>, serials: readonly string[]): Promise<{ serial: string; lot_id: number | null; product_id: number; producer_id: number; type: string }[]> {
  if (serials.length === 0) return [];
  return db.selectFrom('stamp').innerJoin('stamp_batch', 'stamp_batch.id', 'stamp.batch_id')
    .select(['stamp.serial', 'stamp.lot_id', 'stamp_batch.product_id', 'stamp_batch.producer_id', 'stamp_batch.type'])
    .where('stamp.serial', 'in', [...serials]).where('stamp_batch.status', '=', 'issued').execute();
}

/** Codes bound to a lot in print order (the first `limit`), and how many there are. */
export async function codesOfLot(db: Kysely<DB>, lotId: number, limit: number): Promise<{ total: number; codes: { serial: string; status: string }[] }> {
  const base = db.selectFrom('stamp').innerJoin('stamp_batch', 'stamp_batch.id', 'stamp.batch_id').where('stamp.lot_id', '=', lotId).where('stamp_batch.status', '=', 'issued');
  const [codes, count] = await Promise.all([
    base.select(['stamp.serial', 'stamp.status']).orderBy('stamp.batch_id').orderBy('stamp.position').limit(limit).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { total: Number(count.n), codes };
}

/** Buyers' scans of a lot's codes, newest first (for the OBSERVE export). */
export async function scansOfLot(db: Kysely<DB>, lotId: number, limit: number): Promise<{ at: string; serial: string; province: string | null; outcome: string }[]> {
  return db.selectFrom('scan').innerJoin('stamp', 'stamp.id', 'scan.stamp_id')
    .select(['scan.at', 'scan.serial', 'scan.province', 'scan.outcome'])
    .where('stamp.lot_id', '=', lotId).orderBy('scan.at', 'desc').orderBy('scan.id', 'desc').limit(limit).execute();
}

/** Issued batches that have no platform event yet (batches loaded before events existed, e.g. demo data). */
export async function issuedBatchIdsWithoutEvents(db: Kysely<DB>): Promise<number[]> {
  const rows = await db.selectFrom('stamp_batch as b').select('b.id').where('b.status', '=', 'issued')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('epcis_event as e').select('e.id').whereRef('e.stamp_batch_id', '=', 'b.id'))))
    .orderBy('b.id').execute();
  return rows.map((r) => r.id);
}
