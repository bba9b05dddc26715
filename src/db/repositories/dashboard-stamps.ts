import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema.js';
import { type UnitFilter, inUnits, liveOn } from './dashboard.js';

// Stamp coverage, scans (from the scan_monthly rollup, never the scan log) and open alerts.

export type CoverageCell = { unitId: string; certified: number; stamped: number };

/**
 * Per producer unit: products with a live certificate on `asOf`, and how many of them have at least
 * one active stamp (bound to a lot) in an issued batch. The inner EXISTS reads stamp(batch_id, status).
 */
export async function stampCoverage(db: Kysely<DB>, f: UnitFilter, asOf: string): Promise<CoverageCell[]> {
  const r = await sql<{ unit_id: string; certified: number | string; stamped: number | string }>`
    select pr.unit_id, count(distinct c.product_id) as certified, count(distinct s.product_id) as stamped
    from certificate c join product p on p.id = c.product_id join producer pr on pr.id = p.producer_id
    left join (
      select distinct b.product_id from stamp_batch b
      where b.status = 'issued' and exists (select 1 from stamp t where t.batch_id = b.id and t.status = 'active')
    ) s on s.product_id = c.product_id
    where ${liveOn(asOf)} and ${inUnits(f, sql`pr.unit_id`)}
    group by pr.unit_id`.execute(db);
  return r.rows.map((x) => ({ unitId: x.unit_id, certified: Number(x.certified), stamped: Number(x.stamped) }));
}

export type MonthScans = { month: string; scans: number; pinChecks: number; pinFailures: number };

/** Scans per month of a year, from the rollup. */
export async function scansByMonth(db: Kysely<DB>, f: UnitFilter, year: number): Promise<MonthScans[]> {
  // The whole province needs no join: the rollup's own key range is the answer.
  const scoped = f.unitIds === null ? sql`` : sql`join product p on p.id = m.product_id join producer pr on pr.id = p.producer_id and ${inUnits(f, sql`pr.unit_id`)}`;
  const r = await sql<{ month: string; scans: number | string; pin_checks: number | string; pin_failures: number | string }>`
    select m.month, sum(m.scans) as scans, sum(m.pin_checks) as pin_checks, sum(m.pin_failures) as pin_failures
    from scan_monthly m ${scoped}
    where m.month >= ${`${year}-01`} and m.month <= ${`${year}-12`}
    group by m.month order by m.month`.execute(db);
  return r.rows.map((x) => ({ month: x.month, scans: Number(x.scans), pinChecks: Number(x.pin_checks), pinFailures: Number(x.pin_failures) }));
}

export type AlertCount = { kind: string; severity: string; status: string; n: number };

/**
 * Alerts not closed yet, by kind, severity and status. Alerts about a client probing serials
 * belong to no producer: only the whole-province view (no unit filter) counts them.
 */
export async function openAlertCounts(db: Kysely<DB>, f: UnitFilter): Promise<AlertCount[]> {
  const scope = f.unitIds === null ? sql`1 = 1` : sql`pr.id is not null and ${inUnits(f, sql`pr.unit_id`)}`;
  const r = await sql<{ kind: string; severity: string; status: string; n: number | string }>`
    select a.kind, a.severity, a.status, count(*) as n
    from alert a left join producer pr on pr.id = a.producer_id
    where a.status in ('open', 'acknowledged') and ${scope}
    group by a.kind, a.severity, a.status`.execute(db);
  return r.rows.map((x) => ({ kind: x.kind, severity: x.severity, status: x.status, n: Number(x.n) }));
}
