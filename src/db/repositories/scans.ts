import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ScanTable } from '../schema-stamps.js';
import type { DB } from '../schema.js';

export type ScanRow = Selectable<ScanTable>;

const ROWS_PER_STATEMENT = 500;

export async function insertScans(db: Kysely<DB>, rows: Insertable<ScanTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await db.insertInto('scan').values(rows.slice(i, i + ROWS_PER_STATEMENT)).execute();
  }
}

export type ScanHistoryRow = Pick<ScanRow, 'stamp_id' | 'at' | 'province' | 'outcome'>;

/** Scans of these stamps since a time, oldest first (for the counterfeit-signal rules). */
/** The latest `limit` scans of the stamps since a time, oldest first (a capped history keeps the newest). */
export async function scansSince(db: Kysely<DB>, stampIds: number[], since: string, limit = 500): Promise<ScanHistoryRow[]> {
  if (stampIds.length === 0) return [];
  const newest = await db.selectFrom('scan').select(['stamp_id', 'at', 'province', 'outcome'])
    .where('stamp_id', 'in', stampIds).where('at', '>=', since).orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return newest.reverse();
}

export async function countScans(db: Kysely<DB>): Promise<number> {
  const r = await db.selectFrom('scan').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
