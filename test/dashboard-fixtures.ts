import { sql } from 'kysely';
import type { ServiceContext } from '../src/services/context.js';
import { type PendingScan, flushScans } from '../src/services/scans/flush-scans.js';

// Data the demo seed lacks, added the way the platform would hold it: producers' filed reports,
// the office's funding and targets, and scans written through the real scan-log flush.

export async function addProgrammeFigures(ctx: ServiceContext, year: number): Promise<void> {
  const producers = await ctx.db.selectFrom('producer').select(['id'])
    .where((eb) => eb.not(eb.exists(eb.selectFrom('producer_report').select('producer_report.id').whereRef('producer_report.producer_id', '=', 'producer.id').where('producer_report.year', '=', year))))
    .orderBy('id').limit(6).execute();
  const at = new Date().toISOString();
  for (const [i, p] of producers.entries()) {
    const report = await ctx.db.insertInto('producer_report').values({
      producer_id: p.id, year, status: i === 5 ? 'draft' : 'filed', employees_total: 10 + i, employees_women: 5, employees_ethnic_minority: 2,
      new_jobs: 2, new_jobs_women: 1, new_jobs_ethnic_minority: 1, average_monthly_income_vnd: 6_000_000 + i * 500_000,
      sales_channels: '[]', ecommerce_listings: '[]', filed_at: at, filed_by: null, created_at: at, updated_at: at,
    }).returning('id').executeTakeFirstOrThrow();
    const product = await ctx.db.selectFrom('product').select('id').where('producer_id', '=', p.id).executeTakeFirst();
    if (product !== undefined) {
      await ctx.db.insertInto('producer_report_line').values({ report_id: report.id, product_id: product.id, revenue_vnd: 1_000_000_000 * (i + 1), output_quantity: 100, output_unit: 'kg' }).execute();
    }
  }
  await ctx.db.insertInto('programme_funding').values([
    { year, unit_id: null, source: 'provincial_budget', amount_vnd: 79_000_000_000, note: null },
    { year, unit_id: null, source: 'social_private', amount_vnd: 400_000_000_000, note: null },
    { year, unit_id: null, source: 'central_budget', amount_vnd: 21_000_000_000, note: null },
  ]).execute();
  await ctx.db.insertInto('programme_target').values([
    { year: year + 1, metric: 'products_4_star', unit_id: null, value: 150 },
    { year: year + 1, metric: 'products_5_star', unit_id: null, value: 12 },
  ]).execute();
}

/** Scans of the demo stamps on several days (Vietnam days around midnight UTC+7 included). */
export async function flushDemoScans(ctx: ServiceContext, year: number): Promise<number> {
  const stamps = await ctx.db.selectFrom('stamp').select(['id', 'serial']).orderBy('id').limit(30).execute();
  const scans = stamps.flatMap((s, i) => Array.from({ length: 1 + (i % 3) }, (_, k) => ({
    at: new Date(Date.UTC(year, i % 3, 1 + k, 16 + (i % 2) * 2, 30)).toISOString(),
    stampId: s.id, serial: s.serial, result: 'found' as const, outcome: k === 1 ? ('pin-wrong' as const) : ('viewed' as const),
    province: 'quang-ninh', clientClass: 'mobile' as const, producerId: null, expectedProvinces: [],
  })));
  const unknown: PendingScan = { at: new Date(Date.UTC(year, 0, 5)).toISOString(), stampId: null, serial: 'UNKNOWN1', result: 'unknown', outcome: 'viewed', province: null, clientClass: 'mobile', producerId: null, expectedProvinces: [] };
  await flushScans(ctx, { scans: [...scans, unknown], alerts: [] });
  return scans.length;
}

/** The raw scan log per product and Vietnam day, computed straight from the scan rows. */
export async function rawScansByProductDay(ctx: ServiceContext): Promise<Map<string, number>> {
  const rows = await ctx.db.selectFrom('scan').innerJoin('stamp', 'stamp.id', 'scan.stamp_id').innerJoin('stamp_batch', 'stamp_batch.id', 'stamp.batch_id')
    .select(['scan.at', 'stamp_batch.product_id']).execute();
  const out = new Map<string, number>();
  for (const r of rows) {
    const day = new Date(Date.parse(String(r.at)) + 7 * 3_600_000).toISOString().slice(0, 10);
    const key = `${r.product_id}|${day}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export async function rollupByProductDay(ctx: ServiceContext): Promise<Map<string, number>> {
  const rows = await sql<{ product_id: number; day: string; n: number | string }>`select product_id, cast(day as text) as day, sum(scans) as n from scan_daily group by product_id, day`.execute(ctx.db);
  return new Map(rows.rows.map((r) => [`${r.product_id}|${r.day}`, Number(r.n)]));
}
