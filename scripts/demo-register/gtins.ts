// Barcodes: about 60 % of products carry a GS1 Vietnam GTIN-13 ("893…", valid check digit).
// Each producer that has any gets its own company prefix; fresh produce, crafts sold loose and
// tours get none.
import { gtin13, newCompanyPrefix } from './identifiers.js';
import type { Plan } from './plans.js';
import type { Rng } from './prng.js';
import type { ProducerType } from './types.js';

export const GTIN_SHARE = 0.6;

const TYPE_WEIGHT: Record<ProducerType, number> = { enterprise: 1, cooperative: 0.7, cooperative_group: 0.3, household: 0.2 };

/** The GTIN of each plan, or null. */
export function assignGtins(rng: Rng, plans: readonly Plan[]): (string | null)[] {
  const target = Math.round(plans.length * GTIN_SHARE);
  const score = plans.map((p) => (p.template.barcode ? TYPE_WEIGHT[p.maker.producer.type] + rng.next() : -1));
  const chosen = new Set(
    plans
      .map((_p, i) => i)
      .filter((i) => (score[i] ?? -1) >= 0)
      .sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0) || a - b)
      .slice(0, target),
  );
  const prefixes = new Map<string, string>();
  const nextItem = new Map<string, number>();
  const used = new Set<string>();
  return plans.map((plan, i) => {
    if (!chosen.has(i)) return null;
    const key = plan.maker.producer.key;
    const prefix = prefixes.get(key) ?? newCompanyPrefix(rng, used);
    prefixes.set(key, prefix);
    const item = (nextItem.get(key) ?? 0) + 1;
    nextItem.set(key, item);
    return gtin13(prefix, item);
  });
}
