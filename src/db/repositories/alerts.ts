import { type Insertable, type Kysely, type Selectable, type Updateable, sql } from 'kysely';
import type { ProducerScope } from '../../domain/scope.js';
import type { AlertStatus, AlertTable } from '../schema-stamps.js';
import type { DB } from '../schema.js';

export type AlertRow = Selectable<AlertTable>;
export type AlertFilter = { scope: ProducerScope; status?: AlertStatus | undefined; kind?: string | undefined; producerId?: number | undefined };

/** The alert still open (or acknowledged) for this kind and stamp, or this kind and client. */
export async function findOpenAlert(db: Kysely<DB>, key: { kind: string; stampId: number | null; clientKey: string | null }): Promise<AlertRow | undefined> {
  let q = db.selectFrom('alert').selectAll().where('kind', '=', key.kind).where('status', '!=', 'closed');
  q = key.stampId === null ? q.where('stamp_id', 'is', null) : q.where('stamp_id', '=', key.stampId);
  q = key.clientKey === null ? q.where('client_key', 'is', null) : q.where('client_key', '=', key.clientKey);
  return q.orderBy('id', 'desc').executeTakeFirst();
}

export async function insertAlert(db: Kysely<DB>, row: Insertable<AlertTable>): Promise<AlertRow> {
  return db.insertInto('alert').values(row).returningAll().executeTakeFirstOrThrow();
}

/** One more occurrence of an open alert: count, last seen and the latest facts. */
export async function bumpAlert(db: Kysely<DB>, id: number, at: string, facts: string, explanation: { vi: string; en: string }): Promise<void> {
  await db.updateTable('alert').set({ count: sql`count + 1`, last_seen: at, facts, explanation_vi: explanation.vi, explanation_en: explanation.en }).where('id', '=', id).execute();
}

export async function findAlert(db: Kysely<DB>, id: number): Promise<AlertRow | undefined> {
  return db.selectFrom('alert').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateAlertRow(db: Kysely<DB>, id: number, patch: Updateable<AlertTable>): Promise<AlertRow> {
  return db.updateTable('alert').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

// Alerts without a producer (serial probing from one client) belong to the province office.
function filtered(db: Kysely<DB>, f: AlertFilter) {
  let q = db.selectFrom('alert').leftJoin('producer', 'producer.id', 'alert.producer_id');
  const s = f.scope;
  if (s.kind === 'none') q = q.where((eb) => eb.val(1), '=', 0);
  if (s.kind === 'producer') q = q.where('alert.producer_id', '=', s.producerId);
  if (s.kind === 'units') q = q.where('producer.unit_id', 'in', s.unitIds);
  if (f.status !== undefined) q = q.where('alert.status', '=', f.status);
  if (f.kind !== undefined) q = q.where('alert.kind', '=', f.kind);
  if (f.producerId !== undefined) q = q.where('alert.producer_id', '=', f.producerId);
  return q;
}

export async function listAlertRows(db: Kysely<DB>, f: AlertFilter, limit: number, offset: number): Promise<AlertRow[]> {
  return filtered(db, f).selectAll('alert').orderBy('alert.last_seen', 'desc').orderBy('alert.id', 'desc').limit(limit).offset(offset).execute();
}

export async function countAlertRows(db: Kysely<DB>, f: AlertFilter): Promise<number> {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
