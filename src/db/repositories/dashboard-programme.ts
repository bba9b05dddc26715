import { type Kysely, sql } from 'kysely';
import type { FundingSource } from '../../domain/cycle/support.js';
import type { DB } from '../schema.js';
import { type UnitFilter, inUnits } from './dashboard.js';

// Economic figures from the producers' filed yearly reports, money mobilised (programme funding
// recorded by the office plus support given to producers) and the province's targets.

export type EconomyCell = {
  unitId: string; reports: number; revenue: number; employees: number; employeesWomen: number; employeesEthnic: number;
  newJobs: number; newJobsWomen: number; newJobsEthnic: number; incomeWeighted: number; incomeReports: number;
};

/** Filed reports of a year per producer unit: sums, and income × employees for a weighted mean. */
export async function economyByUnit(db: Kysely<DB>, f: UnitFilter, year: number): Promise<EconomyCell[]> {
  const r = await sql<Record<string, number | string>>`
    select pr.unit_id, count(*) as reports,
      sum(coalesce((select sum(l.revenue_vnd) from producer_report_line l where l.report_id = r.id), 0)) as revenue,
      sum(r.employees_total) as employees, sum(r.employees_women) as employees_women, sum(r.employees_ethnic_minority) as employees_ethnic,
      sum(r.new_jobs) as new_jobs, sum(r.new_jobs_women) as new_jobs_women, sum(r.new_jobs_ethnic_minority) as new_jobs_ethnic,
      sum(r.average_monthly_income_vnd * r.employees_total) as income_weighted,
      sum(case when r.average_monthly_income_vnd > 0 then 1 else 0 end) as income_reports
    from producer_report r join producer pr on pr.id = r.producer_id
    where r.year = ${year} and r.status = 'filed' and ${inUnits(f, sql`pr.unit_id`)}
    group by pr.unit_id`.execute(db);
  const n = (row: Record<string, number | string>, k: string) => Number(row[k] ?? 0);
  return r.rows.map((x) => ({
    unitId: String(x.unit_id), reports: n(x, 'reports'), revenue: n(x, 'revenue'), employees: n(x, 'employees'), employeesWomen: n(x, 'employees_women'),
    employeesEthnic: n(x, 'employees_ethnic'), newJobs: n(x, 'new_jobs'), newJobsWomen: n(x, 'new_jobs_women'), newJobsEthnic: n(x, 'new_jobs_ethnic'),
    incomeWeighted: n(x, 'income_weighted'), incomeReports: n(x, 'income_reports'),
  }));
}

export type FundingRow = { origin: 'programme' | 'support'; source: FundingSource; amount: number; count: number };

/**
 * Money of a year per source: the office's programme funding (a unit-less row belongs to the whole
 * province, so it counts only without a unit filter) and the support activities given to producers.
 */
export async function fundingBySource(db: Kysely<DB>, f: UnitFilter, year: number): Promise<FundingRow[]> {
  const programmeScope = f.unitIds === null ? sql`1 = 1` : inUnits(f, sql`g.unit_id`);
  const r = await sql<{ origin: 'programme' | 'support'; source: FundingSource; amount: number | string; n: number | string }>`
    select 'programme' as origin, g.source, sum(g.amount_vnd) as amount, count(*) as n
    from programme_funding g where g.year = ${year} and ${programmeScope} group by g.source
    union all
    select 'support' as origin, s.funding_source, sum(s.cost_vnd), count(*)
    from support_activity s join producer pr on pr.id = s.producer_id
    where s.activity_date >= ${`${year}-01-01`} and s.activity_date <= ${`${year}-12-31`} and ${inUnits(f, sql`pr.unit_id`)}
    group by s.funding_source`.execute(db);
  return r.rows.map((x) => ({ origin: x.origin, source: x.source, amount: Number(x.amount), count: Number(x.n) }));
}

export type TargetRow = { year: number; metric: string; unitId: string | null; value: number };

/** Targets set for this year or later, for the province (unit null) or for the given units. */
export async function targetsFrom(db: Kysely<DB>, year: number, unitIds: readonly string[] | null): Promise<TargetRow[]> {
  let q = db.selectFrom('programme_target').select(['year', 'metric', 'unit_id', 'value']).where('year', '>=', year);
  q = unitIds === null ? q.where('unit_id', 'is', null) : unitIds.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('unit_id', 'in', [...unitIds]);
  const rows = await q.orderBy('year').orderBy('metric').execute();
  return rows.map((x) => ({ year: Number(x.year), metric: x.metric, unitId: x.unit_id, value: Number(x.value) }));
}
