// Star ratings, status and certification dates. Exactly 8 five-star, 103 four-star and 326
// three-star products (Quảng Ninh's 2025 figures) and 8 not yet certified. Higher tiers and
// organised producers rank higher. Certificates date from provincial decision batches between
// 2023-06 and 2026-10; a certificate is valid for 36 months, so the 2023 batches have expired or
// expire in the months after 2026-11-30.
import type { Plan } from './plans.js';
import { pickWeighted, shuffled, type Rng } from './prng.js';
import type { ProducerType, ProductStatus, Star } from './types.js';

export const STAR_TARGETS: Record<Star, number> = { 5: 8, 4: 103, 3: 326 };
export const UNCERTIFIED = 8;

export interface Rating {
  star: Star | null;
  status: ProductStatus;
  certifiedOn: string | null;
}

const TYPE_BONUS: Record<ProducerType, number> = { enterprise: 0.5, cooperative: 0.4, cooperative_group: 0.1, household: 0 };

/** Decision dates with weights: few products in the 2023 batches, most in 2024–2026. */
const PROVINCIAL_BATCHES: readonly (readonly [string, number])[] = [
  ['2023-06-16', 0.5], ['2023-09-08', 0.5], ['2023-11-10', 1],
  ['2023-12-22', 4], ['2024-02-06', 3], ['2024-03-29', 4],
  ['2024-06-14', 7], ['2024-09-27', 8], ['2024-12-20', 9], ['2025-03-21', 8], ['2025-06-20', 9],
  ['2025-09-26', 8], ['2025-12-19', 9], ['2026-03-27', 8], ['2026-06-26', 8], ['2026-09-25', 7], ['2026-10-30', 4],
];
/** Five-star products are recognised by the central council, about once a year. */
const NATIONAL_BATCHES: readonly (readonly [string, number])[] = [
  ['2023-12-29', 1], ['2024-12-27', 1], ['2025-06-27', 1], ['2025-12-26', 1], ['2026-09-30', 1],
];
/** Producers still filed under a pre-2025 unit were certified before the reform. */
const REFORM = '2025-07-01';

function certifiedOn(rng: Rng, star: Star, plan: Plan): string {
  const batches = star === 5 ? NATIONAL_BATCHES : PROVINCIAL_BATCHES;
  const allowed = plan.maker.site.oldDistrict === undefined ? batches : batches.filter(([d]) => d < REFORM);
  return pickWeighted(rng, allowed, ([, w]) => w)[0];
}

function scores(rng: Rng, plans: readonly Plan[]): number[] {
  return plans.map((p) => p.template.tier + TYPE_BONUS[p.maker.producer.type] + rng.next() * 1.2);
}

/** The best-ranked flagship products of organised producers, one per template first (two if short). */
function fiveStars(order: readonly number[], plans: readonly Plan[]): Set<number> {
  const chosen = new Set<number>();
  const perTemplate = new Map<string, number>();
  for (const cap of [1, 2]) pickFiveStars(order, plans, cap, chosen, perTemplate);
  if (chosen.size !== STAR_TARGETS[5]) throw new Error(`only ${chosen.size} products can be five-star`);
  return chosen;
}

function pickFiveStars(order: readonly number[], plans: readonly Plan[], cap: number, chosen: Set<number>, perTemplate: Map<string, number>): void {
  for (const i of order) {
    const plan = plans[i];
    if (plan === undefined || chosen.size === STAR_TARGETS[5]) continue;
    const organised = plan.maker.producer.type === 'enterprise' || plan.maker.producer.type === 'cooperative';
    const used = perTemplate.get(plan.template.id) ?? 0;
    // Only the flagship packaging (first variant) of a flagship template.
    if (plan.template.tier !== 3 || plan.variant !== 0 || !organised || used >= cap || chosen.has(i)) continue;
    chosen.add(i);
    perTemplate.set(plan.template.id, used + 1);
  }
}

function uncertified(rng: Rng, order: readonly number[], plans: readonly Plan[], taken: ReadonlySet<number>): Set<number> {
  const pool = order.filter((i) => !taken.has(i) && plans[i]?.maker.site.oldDistrict === undefined).slice(-60);
  return new Set(shuffled(rng, pool).slice(0, UNCERTIFIED));
}

export function rate(rng: Rng, plans: readonly Plan[]): Rating[] {
  const score = scores(rng, plans);
  const order = plans.map((_p, i) => i).sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0) || a - b);
  const five = fiveStars(order, plans);
  const open = uncertified(rng, order, plans, five);
  const four = new Set(order.filter((i) => !five.has(i) && !open.has(i)).slice(0, STAR_TARGETS[4]));
  let developing = 0;
  return plans.map((plan, i) => {
    if (open.has(i)) {
      developing += 1;
      return { star: null, status: developing <= 5 ? 'developing' : 'submitted', certifiedOn: null };
    }
    const star: Star = five.has(i) ? 5 : four.has(i) ? 4 : 3;
    return { star, status: 'certified', certifiedOn: certifiedOn(rng, star, plan) };
  });
}
