import { z } from 'zod';
import { PIPELINE_STAGES } from '../../../domain/dashboard/types.js';
import { TABLE_KEYS } from '../../../domain/dashboard/tables.js';

// GET /api/v1/dashboard and its table downloads. The output mirrors domain/dashboard/types.ts.

export const DashboardInput = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Calendar year; figures hold on its last day, or today for the current year'),
  unit: z.string().min(1).max(64).optional().describe('A unit id: figures of producers in it and in the units that became part of it'),
  unitLevel: z.enum(['old', 'new']).optional().describe('Group units by the districts before 1/7/2025 (old) or the communes from then (new, default)'),
  expiringDays: z.coerce.number().int().min(1).max(1095).optional().describe('Window of the expiring-certificates section in days (default 180)'),
});

export const DashboardTableParams = z.object({ section: z.enum(TABLE_KEYS), format: z.enum(['csv', 'xlsx']) });

const n = z.number();
const Stars = { s3: n, s4: n, s5: n, total: n };
const Economy = { reports: n, revenue: n, employees: n, employeesWomen: n, employeesEthnic: n, newJobs: n, newJobsWomen: n, newJobsEthnic: n, averageIncome: n };
const Stage = z.enum(PIPELINE_STAGES);

export const DashboardOutput = z.object({
  meta: z.object({ year: n, asOf: z.string(), unitLevel: z.enum(['old', 'new']), unitId: z.string().nullable(), unitName: z.string(), expiringDays: n }),
  products: z.object({
    total: z.object(Stars), producers: n, producersByType: z.array(z.object({ producerType: z.string(), producers: n })),
    byUnit: z.array(z.object({ ...Stars, unitId: z.string(), name: z.string(), producers: n })),
    byGroup: z.array(z.object({ ...Stars, code: z.string(), name: z.string() })),
    byProducerType: z.array(z.object({ ...Stars, producerType: z.string(), producers: n })),
    trend: z.array(z.object({ ...Stars, year: n })),
    cube: z.array(z.object({ star: n, groupCode: z.string(), unitId: z.string(), producerType: z.string(), products: n })),
  }),
  rounds: z.array(z.object({ year: n, new: n, recertified: n, upgraded: n, expired: n, revoked: n })),
  expiring: z.object({
    days: n, total: n,
    items: z.array(z.object({ number: z.string(), productName: z.string(), producerName: z.string(), unitName: z.string(), star: n, expiresOn: z.string(), daysLeft: n })),
  }),
  pipeline: z.object({
    counts: z.record(Stage, n),
    items: z.array(z.object({ stage: Stage, productName: z.string(), producerName: z.string(), unitName: z.string(), score: n.nullable(), on: z.string().nullable() })),
  }),
  stamps: z.object({
    certified: n, stamped: n, coverage: n, scansYear: n,
    byUnit: z.array(z.object({ unitId: z.string(), name: z.string(), certified: n, stamped: n, coverage: n })),
    months: z.array(z.object({ month: z.string(), scans: n, pinChecks: n, pinFailures: n })),
  }),
  alerts: z.object({ open: n, acknowledged: n, byKind: z.array(z.object({ kind: z.string(), severity: z.string(), open: n, acknowledged: n })) }),
  economy: z.object({ totals: z.object(Economy), byUnit: z.array(z.object({ ...Economy, unitId: z.string(), name: z.string() })) }),
  funding: z.object({
    total: n, budget: n, budgetSharePercent: n, provincialBudget: n, provincialSharePercent: n,
    bySource: z.array(z.object({ source: z.string(), name: z.string(), programme: n, support: n, amount: n, share: n })),
  }),
  targets: z.array(z.object({ year: n, metric: z.string(), unitId: z.string().nullable(), target: n, actual: n, progress: n })),
});
