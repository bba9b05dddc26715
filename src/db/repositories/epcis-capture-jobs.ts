import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { EpcisCaptureJobTable } from '../schema-epcis.js';
import type { DB } from '../schema.js';

export type CaptureJobRow = Selectable<EpcisCaptureJobTable>;

export async function insertCaptureJob(db: Kysely<DB>, row: Insertable<EpcisCaptureJobTable>): Promise<CaptureJobRow> {
  return db.insertInto('epcis_capture_job').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function updateCaptureJob(db: Kysely<DB>, id: number, patch: Updateable<EpcisCaptureJobTable>): Promise<CaptureJobRow> {
  return db.updateTable('epcis_capture_job').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function findCaptureJob(db: Kysely<DB>, id: number): Promise<CaptureJobRow | undefined> {
  return db.selectFrom('epcis_capture_job').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Newest first; `createdBy` limits to one user's jobs; `beforeId` is the keyset cursor. */
export async function listCaptureJobs(db: Kysely<DB>, opts: { createdBy?: number; beforeId?: number; limit: number }): Promise<CaptureJobRow[]> {
  let q = db.selectFrom('epcis_capture_job').selectAll();
  if (opts.createdBy !== undefined) q = q.where('created_by', '=', opts.createdBy);
  if (opts.beforeId !== undefined) q = q.where('id', '<', opts.beforeId);
  return q.orderBy('id', 'desc').limit(opts.limit).execute();
}
