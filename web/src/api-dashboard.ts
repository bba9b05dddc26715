// Response shape of GET /api/v1/dashboard (src/http/routes/dashboard/schema.ts); parsed, never trusted.
import * as z from 'zod/mini';

const n = z.number();
const stars = { s3: n, s4: n, s5: n, total: n };
const economy = { reports: n, revenue: n, employees: n, employeesWomen: n, employeesEthnic: n, newJobs: n, newJobsWomen: n, newJobsEthnic: n, averageIncome: n };

export const PIPELINE_STAGES = ['self_assessed', 'council_scored', 'forwarded', 'recognised', 'four_star_90'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const Dashboard = z.object({
  meta: z.object({ year: n, asOf: z.string(), unitLevel: z.enum(['old', 'new']), unitId: z.nullable(z.string()), unitName: z.string(), expiringDays: n }),
  products: z.object({
    total: z.object(stars),
    producers: n,
    producersByType: z.array(z.object({ producerType: z.string(), producers: n })),
    byUnit: z.array(z.object({ ...stars, unitId: z.string(), name: z.string(), producers: n })),
    byGroup: z.array(z.object({ ...stars, code: z.string(), name: z.string() })),
    byProducerType: z.array(z.object({ ...stars, producerType: z.string(), producers: n })),
    trend: z.array(z.object({ ...stars, year: n })),
  }),
  rounds: z.array(z.object({ year: n, new: n, recertified: n, upgraded: n, expired: n, revoked: n })),
  expiring: z.object({
    days: n,
    total: n,
    items: z.array(z.object({ number: z.string(), productName: z.string(), producerName: z.string(), unitName: z.string(), star: n, expiresOn: z.string(), daysLeft: n })),
  }),
  pipeline: z.object({
    counts: z.record(z.string(), n),
    items: z.array(z.object({ stage: z.enum(PIPELINE_STAGES), productName: z.string(), producerName: z.string(), unitName: z.string(), score: z.nullable(n), on: z.nullable(z.string()) })),
  }),
  stamps: z.object({
    certified: n,
    stamped: n,
    coverage: n,
    scansYear: n,
    byUnit: z.array(z.object({ unitId: z.string(), name: z.string(), certified: n, stamped: n, coverage: n })),
    months: z.array(z.object({ month: z.string(), scans: n, pinChecks: n, pinFailures: n })),
  }),
  alerts: z.object({ open: n, acknowledged: n, byKind: z.array(z.object({ kind: z.string(), severity: z.string(), open: n, acknowledged: n })) }),
  economy: z.object({ totals: z.object(economy), byUnit: z.array(z.object({ ...economy, unitId: z.string(), name: z.string() })) }),
  funding: z.object({
    total: n,
    budget: n,
    budgetSharePercent: n,
    provincialBudget: n,
    provincialSharePercent: n,
    bySource: z.array(z.object({ source: z.string(), name: z.string(), programme: n, support: n, amount: n, share: n })),
  }),
  targets: z.array(z.object({ year: n, metric: z.string(), unitId: z.nullable(z.string()), target: n, actual: n, progress: n })),
});
export type Dashboard = z.infer<typeof Dashboard>;

/** The {section} names of /api/v1/dashboard/{section}.csv|.xlsx. */
export type TableKey =
  | 'products-by-star' | 'products-by-unit' | 'products-by-group' | 'products-by-type' | 'products-trend'
  | 'rounds' | 'expiring' | 'pipeline' | 'stamp-coverage' | 'scans' | 'alerts' | 'economy' | 'funding' | 'targets';
