import { describe, expect, it } from 'vitest';
import { summarizeFunding } from './support.js';

describe('funding summary', () => {
  it('adds up the sources and the budget share (hand-computed)', () => {
    const s = summarizeFunding([
      { source: 'provincial_budget', amount: 200_000_000, count: 2 },
      { source: 'central_budget', amount: 30_000_000, count: 1 },
      { source: 'credit', amount: 150_000_000, count: 1 },
      { source: 'social_private', amount: 120_000_000, count: 3 },
    ]);
    // total 500 000 000; budget 230 000 000 → 46 %
    expect(s.total).toBe(500_000_000);
    expect(s.budget).toBe(230_000_000);
    expect(s.budgetShare).toBeCloseTo(0.46, 10);
    expect(s.budgetSharePercent).toBe(46);
    expect(s.activities).toBe(7);
    expect(s.bySource.map((r) => [r.source, r.amount])).toEqual([
      ['provincial_budget', 200_000_000], ['district_commune_budget', 0], ['central_budget', 30_000_000], ['credit', 150_000_000], ['social_private', 120_000_000],
    ]);
    expect(s.bySource.find((r) => r.source === 'credit')?.share).toBeCloseTo(0.3, 10);
  });

  it('rounds the percentage to two decimals and answers 0 for an empty year', () => {
    expect(summarizeFunding([{ source: 'provincial_budget', amount: 1, count: 1 }, { source: 'credit', amount: 2, count: 1 }]).budgetSharePercent).toBe(33.33);
    expect(summarizeFunding([])).toMatchObject({ total: 0, budget: 0, budgetShare: 0, budgetSharePercent: 0, activities: 0 });
  });
});
