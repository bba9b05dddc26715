import type { UnitLevel } from './unit-buckets.js';

// The programme dashboard as plain data: what GET /api/v1/dashboard answers, what the CSV/XLSX
// tables and the yearly programme report are made from. Every count comes from a database
// aggregate; the domain only folds units into buckets and groups sets into product groups.

export type { UnitLevel };

export const STARS = [3, 4, 5] as const;
export type StarCounts = { readonly s3: number; readonly s4: number; readonly s5: number; readonly total: number };

export type UnitStarRow = StarCounts & { readonly unitId: string; readonly name: string; readonly producers: number };
export type GroupStarRow = StarCounts & { readonly code: string; readonly name: string };
export type TypeStarRow = StarCounts & { readonly producerType: string; readonly producers: number };
export type TrendRow = StarCounts & { readonly year: number };
export type CubeRow = { readonly star: number; readonly groupCode: string; readonly unitId: string; readonly producerType: string; readonly products: number };

export type RoundRow = { readonly year: number; readonly new: number; readonly recertified: number; readonly upgraded: number; readonly expired: number; readonly revoked: number };

export type ExpiringItem = { readonly number: string; readonly productName: string; readonly producerName: string; readonly unitName: string; readonly star: number; readonly expiresOn: string; readonly daysLeft: number };

export const PIPELINE_STAGES = ['self_assessed', 'council_scored', 'forwarded', 'recognised', 'four_star_90'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];
export type PipelineItem = { readonly stage: PipelineStage; readonly productName: string; readonly producerName: string; readonly unitName: string; readonly score: number | null; readonly on: string | null };

export type CoverageRow = { readonly unitId: string; readonly name: string; readonly certified: number; readonly stamped: number; readonly coverage: number };
export type MonthRow = { readonly month: string; readonly scans: number; readonly pinChecks: number; readonly pinFailures: number };
export type AlertRow = { readonly kind: string; readonly severity: string; readonly open: number; readonly acknowledged: number };

export type EconomyTotals = {
  readonly reports: number; readonly revenue: number; readonly employees: number; readonly employeesWomen: number; readonly employeesEthnic: number;
  readonly newJobs: number; readonly newJobsWomen: number; readonly newJobsEthnic: number;
  /** Mean monthly income per worker, weighted by employees (0 without reports). */
  readonly averageIncome: number;
};
export type EconomyRow = EconomyTotals & { readonly unitId: string; readonly name: string };

export type FundingSourceRow = { readonly source: string; readonly name: string; readonly programme: number; readonly support: number; readonly amount: number; readonly share: number };
export type FundingView = {
  readonly total: number; readonly budget: number; readonly budgetSharePercent: number;
  readonly provincialBudget: number; readonly provincialSharePercent: number; readonly bySource: FundingSourceRow[];
};

export type TargetItem = { readonly year: number; readonly metric: string; readonly unitId: string | null; readonly target: number; readonly actual: number; readonly progress: number };

export type DashboardView = {
  readonly meta: { readonly year: number; readonly asOf: string; readonly unitLevel: UnitLevel; readonly unitId: string | null; readonly unitName: string; readonly expiringDays: number };
  readonly products: {
    readonly total: StarCounts; readonly producers: number; readonly producersByType: { readonly producerType: string; readonly producers: number }[];
    readonly byUnit: UnitStarRow[]; readonly byGroup: GroupStarRow[]; readonly byProducerType: TypeStarRow[];
    readonly trend: TrendRow[]; readonly cube: CubeRow[];
  };
  readonly rounds: RoundRow[];
  readonly expiring: { readonly days: number; readonly total: number; readonly items: ExpiringItem[] };
  readonly pipeline: { readonly counts: Readonly<Record<PipelineStage, number>>; readonly items: PipelineItem[] };
  readonly stamps: { readonly certified: number; readonly stamped: number; readonly coverage: number; readonly byUnit: CoverageRow[]; readonly months: MonthRow[]; readonly scansYear: number };
  readonly alerts: { readonly open: number; readonly acknowledged: number; readonly byKind: AlertRow[] };
  readonly economy: { readonly totals: EconomyTotals; readonly byUnit: EconomyRow[] };
  readonly funding: FundingView;
  readonly targets: TargetItem[];
};

/** The parts of the view computed separately: a table download computes only the ones it shows. */
export type DashboardSection = Exclude<keyof DashboardView, 'meta'>;
