import { expiringCertificates, liveCertifiedCube, liveProducers, liveTrend, roundEvents, unitsAndSuccessions } from '../../db/repositories/dashboard.js';
import { fiveStarPipeline } from '../../db/repositories/dashboard-pipeline.js';
import { economyByUnit, fundingBySource, targetsFrom } from '../../db/repositories/dashboard-programme.js';
import { openAlertCounts, scansByMonth, stampCoverage } from '../../db/repositories/dashboard-stamps.js';
import { foldCoverage, foldEconomy, foldProducts, share } from '../../domain/dashboard/fold.js';
import { alertRows, fundingView, pipelineCounts, roundRows, targetItems } from '../../domain/dashboard/sections.js';
import type { DashboardView, UnitLevel } from '../../domain/dashboard/types.js';
import { type UnitBuckets, unitBuckets } from '../../domain/dashboard/unit-buckets.js';
import type { Actor } from '../../domain/roles.js';
import { findProductSet } from '../../domain/scoring/catalogue.js';
import { vietnamDay } from '../../domain/scoring/library.js';
import { productCatalogue } from '../../rules/catalogue/index.js';
import type { ServiceContext } from '../context.js';
import { type DashboardScope, dashboardScope } from './dashboard-scope.js';

// GET /api/v1/dashboard: every section from a dozen grouped aggregates (certificates, dossiers,
// the scan rollup, reports, funding, targets), folded into old districts or new communes.
// Figures hold on `asOf`: the last day of the year, or today for the current year.

export type DashboardQuery = { year?: number | undefined; unit?: string | undefined; unitLevel?: UnitLevel | undefined; expiringDays?: number | undefined };

const TREND_YEARS = 6;
const DAY_MS = 86_400_000;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function groupOf(setNumber: number): { code: string; name: string } {
  const placed = findProductSet(productCatalogue(), setNumber);
  return placed === undefined ? { code: `set-${setNumber}`, name: `Bộ sản phẩm ${setNumber}` } : { code: placed.group.code, name: placed.group.name.vi };
}

async function certificateSections(ctx: ServiceContext, scope: DashboardScope, buckets: UnitBuckets, q: { year: number; asOf: string; today: string; days: number }) {
  const years = Array.from({ length: TREND_YEARS }, (_, i) => q.year - TREND_YEARS + 1 + i);
  const [cube, producers, trend, events, expiring, pipeline] = await Promise.all([
    liveCertifiedCube(ctx.readDb, scope, q.asOf),
    liveProducers(ctx.readDb, scope, q.asOf),
    liveTrend(ctx.readDb, scope, years.map((year) => ({ year, asOf: year === q.year ? q.asOf : `${year}-12-31` }))),
    roundEvents(ctx.readDb, scope, years[0] ?? q.year, q.asOf),
    expiringCertificates(ctx.readDb, scope, q.today, addDays(q.today, q.days), 200),
    fiveStarPipeline(ctx.readDb, scope, q.year, q.asOf),
  ]);
  const products = foldProducts(cube, producers, buckets, groupOf);
  const trendRows = years.map((year) => {
    const at = (star: number) => trend.filter((t) => t.year === year && t.star === star).reduce((s, t) => s + t.products, 0);
    return { year, s3: at(3), s4: at(4), s5: at(5), total: at(3) + at(4) + at(5) };
  });
  const unitName = (id: string) => buckets.nameOf(buckets.bucketOf(id));
  return {
    products: { ...products, trend: trendRows },
    rounds: roundRows(events, years[0] ?? q.year, q.year),
    expiring: {
      days: q.days, total: expiring.total,
      items: expiring.rows.map((r) => ({ number: r.number, productName: r.productName, producerName: r.producerName, unitName: unitName(r.unitId), star: r.star, expiresOn: r.expiresOn, daysLeft: Math.round((Date.parse(r.expiresOn) - Date.parse(q.today)) / DAY_MS) })),
    },
    pipeline: {
      counts: pipelineCounts(pipeline.map((p) => p.stage)),
      items: pipeline.map((p) => ({ stage: p.stage, productName: p.productName, producerName: p.producerName, unitName: unitName(p.unitId), score: p.score, on: p.on })),
    },
  };
}

async function activitySections(ctx: ServiceContext, scope: DashboardScope, buckets: UnitBuckets, q: { year: number; asOf: string }) {
  const [coverage, months, alerts, economy, funding] = await Promise.all([
    stampCoverage(ctx.readDb, scope, q.asOf),
    scansByMonth(ctx.readDb, scope, q.year),
    openAlertCounts(ctx.readDb, scope),
    economyByUnit(ctx.readDb, scope, q.year),
    fundingBySource(ctx.readDb, scope, q.year),
  ]);
  const byUnit = foldCoverage(coverage, buckets);
  const certified = byUnit.reduce((s, r) => s + r.certified, 0);
  const stamped = byUnit.reduce((s, r) => s + r.stamped, 0);
  return {
    stamps: { certified, stamped, coverage: share(stamped, certified), byUnit, months, scansYear: months.reduce((s, m) => s + m.scans, 0) },
    alerts: alertRows(alerts),
    economy: foldEconomy(economy, buckets),
    funding: fundingView(funding),
  };
}

export async function getDashboard(ctx: ServiceContext, opts: { actor: Actor; query: DashboardQuery }): Promise<DashboardView> {
  const scope = await dashboardScope(ctx, opts.actor, opts.query.unit);
  const today = vietnamDay(ctx.now());
  const thisYear = Number(today.slice(0, 4));
  const year = opts.query.year ?? thisYear;
  const asOf = year >= thisYear ? today : `${year}-12-31`;
  const unitLevel = opts.query.unitLevel ?? 'new';
  const days = opts.query.expiringDays ?? 180;
  const { units, edges } = await unitsAndSuccessions(ctx.readDb);
  const buckets = unitBuckets(units, edges, unitLevel);
  const certs = await certificateSections(ctx, scope, buckets, { year, asOf, today, days });
  const activity = await activitySections(ctx, scope, buckets, { year, asOf });
  const targets = await targetsFrom(ctx.readDb, year, scope.targetUnitIds);
  return {
    meta: { year, asOf, unitLevel, unitId: scope.unitId, unitName: scope.unitName, expiringDays: days },
    ...certs,
    ...activity,
    targets: targetItems(targets, { products: certs.products.total, producers: certs.products.producers, economy: activity.economy.totals }),
  };
}
