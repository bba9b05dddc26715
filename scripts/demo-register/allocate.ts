// How many producers each unit gets, which type each producer is, and how many products each
// producer has: exact totals, spread by weights.
import { pickWeighted, type Rng } from './prng.js';
import type { ProducerType } from './types.js';

/** Largest-remainder apportionment of `total` over weights, each share at least `minimum`. */
export function apportion(weights: readonly number[], total: number, minimum: number): number[] {
  const rest = total - minimum * weights.length;
  if (rest < 0) throw new Error('not enough to give every unit its minimum');
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * rest);
  const shares = exact.map((e) => minimum + Math.floor(e));
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left === 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

export type TypeCounts = Record<ProducerType, number>;

const PREFERENCE: Record<'urban' | 'rural', TypeCounts> = {
  urban: { enterprise: 2.2, cooperative: 0.7, cooperative_group: 0.5, household: 1.1 },
  rural: { enterprise: 0.5, cooperative: 1.4, cooperative_group: 1.3, household: 0.9 },
};

const TYPES: readonly ProducerType[] = ['enterprise', 'cooperative', 'cooperative_group', 'household'];

/** Draws a type for each slot without replacement from `remaining` (mutated), favouring enterprises in wards. */
export function drawTypes(rng: Rng, urbanSlots: readonly boolean[], remaining: TypeCounts): ProducerType[] {
  return urbanSlots.map((urban) => {
    const pref = PREFERENCE[urban ? 'urban' : 'rural'];
    const available = TYPES.filter((t) => remaining[t] > 0);
    const type = pickWeighted(rng, available, (t) => remaining[t] * pref[t]);
    remaining[type] -= 1;
    return type;
  });
}

const EXTRA_WEIGHT: TypeCounts = { enterprise: 1.4, cooperative: 1.3, cooperative_group: 0.6, household: 0.5 };

/** Products per producer: one each, then `total − n` extras drawn by type weight, at most `max` each. */
export function productCounts(rng: Rng, types: readonly ProducerType[], total: number, max: number): number[] {
  const counts = types.map(() => 1);
  let extras = total - types.length;
  while (extras > 0) {
    const open = counts.map((c, i) => i).filter((i) => (counts[i] ?? max) < max);
    const i = pickWeighted(rng, open, (j) => EXTRA_WEIGHT[types[j] ?? 'household']);
    counts[i] = (counts[i] ?? 0) + 1;
    extras -= 1;
  }
  return counts;
}
