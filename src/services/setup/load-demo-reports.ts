import { type Random, seededRandom } from '../../domain/seeded-random.js';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { insertReport, replaceReportLines, reportProducts } from '../../db/repositories/producer-reports.js';
import { findProducer } from '../../db/repositories/producers.js';
import { insertFunding, insertTarget } from '../../db/repositories/programme.js';
import { missingReportRows } from '../../db/repositories/reports-missing.js';
import { TARGET_METRICS } from '../../db/schema-reports.js';
import { FUNDING_SOURCES } from '../../domain/cycle/support.js';
import type { Tx } from '../context.js';

// Demo yearly reports (src/rules/demo/reports.json): every producer owing a report files it for
// the past years; this year most have filed, a few keep a draft and a few (always the demo
// account's producer) have not, so the office's "missing" list and the producer's form show
// something. Figures come from a seeded generator: every fresh start shows the same numbers.

const Range = z.tuple([z.number(), z.number()]);
const DemoReportsFile = z.object({
  note: z.string(), seed: z.number().int(), yearsBack: z.number().int().min(0).max(5),
  currentYear: z.object({ filedShare: z.number(), draftShare: z.number(), alwaysMissing: z.array(z.string()) }),
  revenueByStarVnd: z.record(z.string(), Range), yearGrowth: Range, monthlyIncomeVnd: Range, incomeGrowthPerYear: z.number(),
  newJobsShare: Range, defaultEmployees: Range,
  salesChannels: z.array(z.object({ kind: z.string(), name: z.string(), address: z.string().optional() })),
  ecommercePlatforms: z.array(z.string()),
  funding: z.object({ totalsVnd: z.array(z.number()), shares: z.partialRecord(z.enum(FUNDING_SOURCES), z.number()) }),
  targets: z.array(z.object({ year: z.number().int(), metric: z.enum(TARGET_METRICS), value: z.number().int() })),
});
type DemoReportsFile = z.infer<typeof DemoReportsFile>;

const DEMO_FILE = new URL('../../rules/demo/reports.json', import.meta.url);

type Rng = Random;
const seeded = seededRandom;


const within = (rng: Rng, [lo, hi]: readonly [number, number]) => lo + rng() * (hi - lo);
const roundTo = (n: number, step: number) => Math.round(n / step) * step;

type Plan = { producerId: number; year: number; status: 'draft' | 'filed'; ageYears: number };

async function writeReport(trx: Tx, spec: DemoReportsFile, rng: Rng, plan: Plan, at: string): Promise<void> {
  const producer = await findProducer(trx, plan.producerId);
  const products = (await reportProducts(trx, plan.producerId)).filter((p) => p.star !== null);
  const total = producer?.employees_total ?? Math.round(within(rng, spec.defaultEmployees));
  const women = Math.min(total, producer?.employees_women ?? Math.round(total * within(rng, [0.3, 0.7])));
  const ethnic = Math.min(total, producer?.employees_ethnic_minority ?? Math.round(total * within(rng, [0, 0.3])));
  const newJobs = Math.round(total * within(rng, spec.newJobsShare));
  const income = roundTo(within(rng, spec.monthlyIncomeVnd) / (1 + spec.incomeGrowthPerYear) ** plan.ageYears, 100_000);
  const channels = spec.salesChannels.filter(() => rng() < 0.45).slice(0, 4);
  const listings = spec.ecommercePlatforms.filter(() => rng() < 0.3).map((platform, i) => ({ platform, url: `https://shop.example.com/ocop/${plan.producerId}/${i + 1}` }));
  // Past years were filed in January of the next year; this year's "now" (never in the future).
  const filedOn = plan.ageYears > 0 && `${plan.year + 1}-01-20T02:00:00.000Z` < at ? `${plan.year + 1}-01-20T02:00:00.000Z` : at;
  const filed = { filed_at: plan.status === 'filed' ? filedOn : null, filed_by: null };
  const report = await insertReport(trx, {
    producer_id: plan.producerId, year: plan.year, status: plan.status, employees_total: total, employees_women: women, employees_ethnic_minority: ethnic,
    new_jobs: newJobs, new_jobs_women: Math.min(newJobs, Math.round(newJobs * 0.55)), new_jobs_ethnic_minority: Math.min(newJobs, Math.round(newJobs * ethnic / Math.max(total, 1))),
    average_monthly_income_vnd: income, sales_channels: JSON.stringify(channels), ecommerce_listings: JSON.stringify(listings), ...filed, created_at: at, updated_at: at,
  });
  await replaceReportLines(trx, report.id, products.map((p) => {
    const range = spec.revenueByStarVnd[String(p.star)] ?? spec.revenueByStarVnd['3'] ?? [1e8, 1e9];
    const revenue = roundTo(within(rng, range) / within(rng, spec.yearGrowth) ** plan.ageYears, 1_000_000);
    return { report_id: report.id, product_id: p.id, revenue_vnd: revenue, output_quantity: Math.round(revenue / 150_000), output_unit: p.capacity_unit ?? 'sản phẩm' };
  }));
}

function statusThisYear(spec: DemoReportsFile, rng: Rng, missingIds: ReadonlySet<number>, producerId: number): 'filed' | 'draft' | undefined {
  if (missingIds.has(producerId)) return undefined;
  const x = rng();
  if (x < spec.currentYear.filedShare) return 'filed';
  return x < spec.currentYear.filedShare + spec.currentYear.draftShare ? 'draft' : undefined;
}

async function loadFundingAndTargets(trx: Tx, spec: DemoReportsFile, currentYear: number): Promise<number> {
  const totals = spec.funding.totalsVnd;
  let rows = 0;
  for (const [i, total] of totals.entries()) {
    const year = currentYear - (totals.length - 1) + i;
    for (const source of FUNDING_SOURCES) {
      const share = spec.funding.shares[source];
      if (share === undefined) continue;
      await insertFunding(trx, { year, unit_id: null, source, amount_vnd: roundTo(total * share, 1_000_000), note: 'Dữ liệu mẫu' });
      rows += 1;
    }
  }
  for (const t of spec.targets) await insertTarget(trx, { year: t.year, metric: t.metric, unit_id: null, value: t.value });
  return rows;
}

export async function loadDemoReports(trx: Tx, opts: { producerIds: ReadonlyMap<string, number>; currentYear: number; at: string }): Promise<{ reports: number; funding: number }> {
  const spec = DemoReportsFile.parse(JSON.parse(readFileSync(DEMO_FILE, 'utf8')));
  const rng = seeded(spec.seed);
  const alwaysMissing = new Set(spec.currentYear.alwaysMissing.flatMap((k) => opts.producerIds.get(k) ?? []));
  let reports = 0;
  for (let age = spec.yearsBack; age >= 0; age -= 1) {
    const year = opts.currentYear - age;
    for (const owing of await missingReportRows(trx, { kind: 'all' }, year)) {
      const status = age > 0 ? 'filed' : statusThisYear(spec, rng, alwaysMissing, owing.id);
      if (status === undefined) continue;
      await writeReport(trx, spec, rng, { producerId: owing.id, year, status, ageYears: age }, opts.at);
      reports += 1;
    }
  }
  return { reports, funding: await loadFundingAndTargets(trx, spec, opts.currentYear) };
}
