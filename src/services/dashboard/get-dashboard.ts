import { expiringCertificates, liveCertifiedCube, liveProducers, liveTrend, roundEvents, unitsAndSuccessions } from '../../db/repositories/dashboard.js';
import { fiveStarPipeline } from '../../db/repositories/dashboard-pipeline.js';
import { economyByUnit, fundingBySource, targetsFrom } from '../../db/repositories/dashboard-programme.js';
import { openAlertCounts, scansByMonth, stampCoverage } from '../../db/repositories/dashboard-stamps.js';
import { foldCoverage, foldEconomy, foldProducts, share } from '../../domain/dashboard/fold.js';
import { alertRows, fundingView, pipelineCounts, roundRows, targetItems } from '../../domain/dashboard/sections.js';
import type { DashboardPart } from '../../domain/dashboard/tables.js';
import type { DashboardSection, DashboardView, UnitLevel } from '../../domain/dashboard/types.js';
import { type UnitBuckets, unitBuckets } from '../../domain/dashboard/unit-buckets.js';
import type { Actor } from '../../domain/roles.js';
import { productSets } from '../../domain/scoring/catalogue.js';
import { vietnamDay } from '../../domain/scoring/library.js';
import { productCatalogue } from '../../rules/catalogue/index.js';
import type { ServiceContext } from '../context.js';
import { type DashboardScope, dashboardScope } from './dashboard-scope.js';

// GET /api/v1/dashboard: every section from a dozen grouped aggregates (certificates, dossiers,
// the scan rollup, reports, funding, targets), folded into old districts or new communes.
// Figures hold on `asOf`: the last day of the year, or today for the current year.
// Each section is computed on its own, once per request, so a table download (one section)
// runs only the aggregates behind that section.

export type DashboardQuery = { year?: number | undefined; unit?: string | undefined; unitLevel?: UnitLevel | undefined; expiringDays?: number | undefined };

const TREND_YEARS = 6;
const DAY_MS = 86_400_000;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

type Group = { code: string; name: string };
let groupsBySet: ReadonlyMap<number, Group> | undefined;

/** Product group of a set number: the catalogue is versioned data, indexed once (looked up per cube cell). */
function groupOf(setNumber: number): Group {
  groupsBySet ??= new Map(productSets(productCatalogue()).map((p) => [p.set.number, { code: p.group.code, name: p.group.name.vi }]));
  return groupsBySet.get(setNumber) ?? { code: `set-${setNumber}`, name: `Bộ sản phẩm ${setNumber}` };
}

type Query = { year: number; asOf: string; today: string; days: number; years: number[] };
type Inputs = { ctx: ServiceContext; scope: DashboardScope; buckets: UnitBuckets; q: Query };
type Sections = { readonly [K in DashboardSection]: () => Promise<DashboardView[K]> };

async function productsSection({ ctx, scope, buckets, q }: Inputs): Promise<DashboardView['products']> {
  const [cube, producers, trend] = await Promise.all([
    liveCertifiedCube(ctx.readDb, scope, q.asOf),
    liveProducers(ctx.readDb, scope, q.asOf),
    liveTrend(ctx.readDb, scope, q.years.map((year) => ({ year, asOf: year === q.year ? q.asOf : `${year}-12-31` }))),
  ]);
  const trendRows = q.years.map((year) => {
    const at = (star: number) => trend.filter((t) => t.year === year && t.star === star).reduce((s, t) => s + t.products, 0);
    return { year, s3: at(3), s4: at(4), s5: at(5), total: at(3) + at(4) + at(5) };
  });
  return { ...foldProducts(cube, producers, buckets, groupOf), trend: trendRows };
}

async function expiringSection({ ctx, scope, buckets, q }: Inputs): Promise<DashboardView['expiring']> {
  const expiring = await expiringCertificates(ctx.readDb, scope, q.today, addDays(q.today, q.days), 200);
  const unitName = (id: string) => buckets.nameOf(buckets.bucketOf(id));
  return {
    days: q.days, total: expiring.total,
    items: expiring.rows.map((r) => ({ number: r.number, productName: r.productName, producerName: r.producerName, unitName: unitName(r.unitId), star: r.star, expiresOn: r.expiresOn, daysLeft: Math.round((Date.parse(r.expiresOn) - Date.parse(q.today)) / DAY_MS) })),
  };
}

async function pipelineSection({ ctx, scope, buckets, q }: Inputs): Promise<DashboardView['pipeline']> {
  const pipeline = await fiveStarPipeline(ctx.readDb, scope, q.year, q.asOf);
  const unitName = (id: string) => buckets.nameOf(buckets.bucketOf(id));
  return {
    counts: pipelineCounts(pipeline.map((p) => p.stage)),
    items: pipeline.map((p) => ({ stage: p.stage, productName: p.productName, producerName: p.producerName, unitName: unitName(p.unitId), score: p.score, on: p.on })),
  };
}

async function stampsSection({ ctx, scope, buckets, q }: Inputs): Promise<DashboardView['stamps']> {
  const [coverage, months] = await Promise.all([stampCoverage(ctx.readDb, scope, q.asOf), scansByMonth(ctx.readDb, scope, q.year)]);
  const byUnit = foldCoverage(coverage, buckets);
  const certified = byUnit.reduce((s, r) => s + r.certified, 0);
  const stamped = byUnit.reduce((s, r) => s + r.stamped, 0);
  return { certified, stamped, coverage: share(stamped, certified), byUnit, months, scansYear: months.reduce((s, m) => s + m.scans, 0) };
}

/** Memoises a section for the request: targets read the products and economy sections. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= load());
}

function sections(inputs: Inputs): Sections {
  const { ctx, scope, buckets, q } = inputs;
  const products = once(() => productsSection(inputs));
  const economy = once(async () => foldEconomy(await economyByUnit(ctx.readDb, scope, q.year), buckets));
  return {
    products,
    rounds: once(async () => roundRows(await roundEvents(ctx.readDb, scope, q.years[0] ?? q.year, q.asOf), q.years[0] ?? q.year, q.year)),
    expiring: once(() => expiringSection(inputs)),
    pipeline: once(() => pipelineSection(inputs)),
    stamps: once(() => stampsSection(inputs)),
    alerts: once(async () => alertRows(await openAlertCounts(ctx.readDb, scope))),
    economy,
    funding: once(async () => fundingView(await fundingBySource(ctx.readDb, scope, q.year))),
    targets: once(async () => {
      const [targets, p, e] = await Promise.all([targetsFrom(ctx.readDb, q.year, scope.targetUnitIds), products(), economy()]);
      return targetItems(targets, { products: p.total, producers: p.producers, economy: e.totals });
    }),
  };
}

async function prepare(ctx: ServiceContext, actor: Actor, query: DashboardQuery): Promise<{ meta: DashboardView['meta']; load: Sections }> {
  const scope = await dashboardScope(ctx, actor, query.unit);
  const today = vietnamDay(ctx.now());
  const thisYear = Number(today.slice(0, 4));
  const year = query.year ?? thisYear;
  const asOf = year >= thisYear ? today : `${year}-12-31`;
  const unitLevel = query.unitLevel ?? 'new';
  const days = query.expiringDays ?? 180;
  const years = Array.from({ length: TREND_YEARS }, (_, i) => year - TREND_YEARS + 1 + i);
  const { units, edges } = await unitsAndSuccessions(ctx.readDb);
  return {
    meta: { year, asOf, unitLevel, unitId: scope.unitId, unitName: scope.unitName, expiringDays: days },
    load: sections({ ctx, scope, buckets: unitBuckets(units, edges, unitLevel), q: { year, asOf, today, days, years } }),
  };
}

export async function getDashboard(ctx: ServiceContext, opts: { actor: Actor; query: DashboardQuery }): Promise<DashboardView> {
  const { meta, load } = await prepare(ctx, opts.actor, opts.query);
  const [products, rounds, expiring, pipeline, stamps, alerts, economy, funding, targets] = await Promise.all([
    load.products(), load.rounds(), load.expiring(), load.pipeline(), load.stamps(), load.alerts(), load.economy(), load.funding(), load.targets(),
  ]);
  return { meta, products, rounds, expiring, pipeline, stamps, alerts, economy, funding, targets };
}

/** The view's meta and only the named sections: what one table download needs. */
export async function getDashboardPart(ctx: ServiceContext, opts: { actor: Actor; query: DashboardQuery; sections: readonly DashboardSection[] }): Promise<DashboardPart> {
  const { meta, load } = await prepare(ctx, opts.actor, opts.query);
  const part: { -readonly [K in keyof DashboardPart]: DashboardPart[K] } = { meta };
  await Promise.all(opts.sections.map(async (k) => { Object.assign(part, { [k]: await load[k]() }); }));
  return part;
}
