import { FUNDING_SOURCES, FUNDING_SOURCE_NAMES, type FundingSource, summarizeFunding } from '../cycle/support.js';
import { share } from './fold.js';
import { ALERT_KIND_VI, labelOf } from './labels.js';
import { type AlertRow, type EconomyTotals, type FundingView, PIPELINE_STAGES, type PipelineStage, type RoundRow, type StarCounts, type TargetItem } from './types.js';

// Small pure builders for the dashboard sections that are not per-unit tables.

export type RoundEventInput = { readonly year: number; readonly event: 'new' | 'recertified' | 'upgraded' | 'expired' | 'revoked'; readonly n: number };

export function roundRows(events: readonly RoundEventInput[], fromYear: number, toYear: number): RoundRow[] {
  const rows: RoundRow[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const sum = (event: RoundEventInput['event']) => events.filter((e) => e.year === year && e.event === event).reduce((s, e) => s + e.n, 0);
    rows.push({ year, new: sum('new'), recertified: sum('recertified'), upgraded: sum('upgraded'), expired: sum('expired'), revoked: sum('revoked') });
  }
  return rows;
}

export function pipelineCounts(stages: readonly PipelineStage[]): Record<PipelineStage, number> {
  const out = Object.fromEntries(PIPELINE_STAGES.map((s) => [s, 0]));
  for (const s of stages) out[s] = (out[s] ?? 0) + 1;
  return { self_assessed: out.self_assessed ?? 0, council_scored: out.council_scored ?? 0, forwarded: out.forwarded ?? 0, recognised: out.recognised ?? 0, four_star_90: out.four_star_90 ?? 0 };
}

export function alertRows(counts: readonly { kind: string; severity: string; status: string; n: number }[]): { open: number; acknowledged: number; byKind: AlertRow[] } {
  const m = new Map<string, { kind: string; severity: string; open: number; acknowledged: number }>();
  for (const c of counts) {
    const key = `${c.kind}|${c.severity}`;
    const row = m.get(key) ?? { kind: c.kind, severity: c.severity, open: 0, acknowledged: 0 };
    if (c.status === 'open') row.open += c.n;
    else row.acknowledged += c.n;
    m.set(key, row);
  }
  const byKind = [...m.values()].map((r) => ({ ...r, kind: r.kind })).sort((a, b) => b.open - a.open || labelOf(ALERT_KIND_VI, a.kind).localeCompare(labelOf(ALERT_KIND_VI, b.kind)));
  return { open: byKind.reduce((s, r) => s + r.open, 0), acknowledged: byKind.reduce((s, r) => s + r.acknowledged, 0), byKind };
}

export type FundingInput = { readonly origin: 'programme' | 'support'; readonly source: FundingSource; readonly amount: number; readonly count: number };

/** Programme funding and producer support per source, with the budget and provincial-budget shares. */
export function fundingView(rows: readonly FundingInput[]): FundingView {
  const summary = summarizeFunding(rows.map((r) => ({ source: r.source, amount: r.amount, count: r.count })));
  const part = (origin: FundingInput['origin'], source: FundingSource) => rows.filter((r) => r.origin === origin && r.source === source).reduce((s, r) => s + r.amount, 0);
  const provincial = summary.bySource.find((s) => s.source === 'provincial_budget')?.amount ?? 0;
  return {
    total: summary.total, budget: summary.budget, budgetSharePercent: summary.budgetSharePercent,
    provincialBudget: provincial, provincialSharePercent: Math.round(share(provincial, summary.total) * 10_000) / 100,
    bySource: FUNDING_SOURCES.map((source) => {
      const amount = summary.bySource.find((s) => s.source === source)?.amount ?? 0;
      return { source, name: FUNDING_SOURCE_NAMES[source].vi, programme: part('programme', source), support: part('support', source), amount, share: share(amount, summary.total) };
    }),
  };
}

export type TargetInput = { readonly year: number; readonly metric: string; readonly unitId: string | null; readonly value: number };

/** Each target with today's figure for its metric (unknown metrics show 0). */
export function targetItems(targets: readonly TargetInput[], actual: { products: StarCounts; producers: number; economy: EconomyTotals }): TargetItem[] {
  const figures: Readonly<Record<string, number>> = {
    products_certified: actual.products.total, products_3_star: actual.products.s3, products_4_star: actual.products.s4, products_5_star: actual.products.s5,
    producers: actual.producers, revenue_vnd: actual.economy.revenue, jobs: actual.economy.employees,
  };
  return targets.map((t) => {
    const now = figures[t.metric] ?? 0;
    return { year: t.year, metric: t.metric, unitId: t.unitId, target: t.value, actual: now, progress: share(now, t.value) };
  });
}
