import type { Text } from './machine.js';

// Support given to producers during the cycle, and how the money was mobilised. The programme
// reports "X billion VND mobilised, of which Y % from the State budget": the budget is the three
// public sources; credit and social/private money count towards the total only.

export const SUPPORT_KINDS = ['training', 'consulting', 'credit', 'equipment', 'promotion', 'other'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const FUNDING_SOURCES = ['provincial_budget', 'district_commune_budget', 'central_budget', 'credit', 'social_private'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const BUDGET_SOURCES: readonly FundingSource[] = ['provincial_budget', 'district_commune_budget', 'central_budget'];

export const FUNDING_SOURCE_NAMES: Readonly<Record<FundingSource, Text>> = {
  provincial_budget: { vi: 'Ngân sách tỉnh', en: 'Provincial budget' },
  district_commune_budget: { vi: 'Ngân sách huyện, xã', en: 'District and commune budget' },
  central_budget: { vi: 'Ngân sách trung ương', en: 'Central budget' },
  credit: { vi: 'Vốn tín dụng', en: 'Credit' },
  social_private: { vi: 'Vốn xã hội hoá, tư nhân', en: 'Social and private funds' },
};

export type SourceTotal = { readonly source: FundingSource; readonly amount: number; readonly count: number };

export type FundingSummary = {
  readonly total: number;
  readonly budget: number;
  /** Budget / total, 0 when nothing was recorded. */
  readonly budgetShare: number;
  /** The same as a percentage rounded to two decimals, as reports print it. */
  readonly budgetSharePercent: number;
  readonly activities: number;
  readonly bySource: readonly (SourceTotal & { readonly share: number })[];
};

/**
 * Totals per source (as summed by the database) to the programme's figures. Every source is
 * listed, with 0 where nothing was recorded, so reports keep a fixed shape.
 */
export function summarizeFunding(rows: readonly SourceTotal[]): FundingSummary {
  const bySource = FUNDING_SOURCES.map((source) => {
    const matching = rows.filter((r) => r.source === source);
    return { source, amount: matching.reduce((s, r) => s + r.amount, 0), count: matching.reduce((s, r) => s + r.count, 0) };
  });
  const total = bySource.reduce((s, r) => s + r.amount, 0);
  const budget = bySource.filter((r) => BUDGET_SOURCES.includes(r.source)).reduce((s, r) => s + r.amount, 0);
  const share = (amount: number) => (total === 0 ? 0 : amount / total);
  return {
    total,
    budget,
    budgetShare: share(budget),
    budgetSharePercent: Math.round(share(budget) * 10_000) / 100,
    activities: bySource.reduce((s, r) => s + r.count, 0),
    bySource: bySource.map((r) => ({ ...r, share: share(r.amount) })),
  };
}
