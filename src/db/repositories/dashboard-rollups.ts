import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema.js';

// Incremental maintenance of scan_daily / scan_monthly, called by the scan-log flush inside its
// transaction: one upsert per (day, product, batch) and per (month, product) in the flushed batch.

export type StampOwner = { stampId: number; batchId: number; productId: number };

export async function stampOwners(db: Kysely<DB>, stampIds: readonly number[]): Promise<StampOwner[]> {
  if (stampIds.length === 0) return [];
  const rows = await db.selectFrom('stamp').innerJoin('stamp_batch', 'stamp_batch.id', 'stamp.batch_id')
    .select(['stamp.id as stampId', 'stamp.batch_id as batchId', 'stamp_batch.product_id as productId'])
    .where('stamp.id', 'in', [...stampIds]).execute();
  return rows.map((r) => ({ stampId: Number(r.stampId), batchId: Number(r.batchId), productId: Number(r.productId) }));
}

export type ScanCounters = { scans: number; pinChecks: number; pinFailures: number };

export async function addScanDaily(db: Kysely<DB>, day: string, productId: number, batchId: number, c: ScanCounters): Promise<void> {
  await db.insertInto('scan_daily')
    .values({ day, product_id: productId, batch_id: batchId, scans: c.scans, pin_checks: c.pinChecks, pin_failures: c.pinFailures })
    .onConflict((oc) => oc.columns(['day', 'product_id', 'batch_id']).doUpdateSet({
      scans: sql`scan_daily.scans + ${c.scans}`, pin_checks: sql`scan_daily.pin_checks + ${c.pinChecks}`, pin_failures: sql`scan_daily.pin_failures + ${c.pinFailures}`,
    }))
    .execute();
}

export async function addScanMonthly(db: Kysely<DB>, month: string, productId: number, c: ScanCounters): Promise<void> {
  await db.insertInto('scan_monthly')
    .values({ month, product_id: productId, scans: c.scans, pin_checks: c.pinChecks, pin_failures: c.pinFailures })
    .onConflict((oc) => oc.columns(['month', 'product_id']).doUpdateSet({
      scans: sql`scan_monthly.scans + ${c.scans}`, pin_checks: sql`scan_monthly.pin_checks + ${c.pinChecks}`, pin_failures: sql`scan_monthly.pin_failures + ${c.pinFailures}`,
    }))
    .execute();
}
