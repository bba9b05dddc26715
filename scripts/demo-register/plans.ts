// Which products each producer makes: its primary template first, then other packaging
// variants or other products of its place.
import type { Maker } from './producers.js';
import { chance, intBetween, pick, pickWeighted, type Rng } from './prng.js';
import { template } from './templates.js';
import type { ProductTemplate } from './template-types.js';

export interface Plan {
  maker: Maker;
  template: ProductTemplate;
  variant: number;
}

interface Choice {
  template: ProductTemplate;
  variant: number;
}

function unusedVariants(chosen: readonly Choice[]): Choice[] {
  const templates = [...new Set(chosen.map((c) => c.template))];
  return templates.flatMap((t) =>
    t.variants.map((_v, variant) => ({ template: t, variant })).filter((c) => !chosen.some((d) => d.template === c.template && d.variant === c.variant)),
  );
}

function otherTemplates(maker: Maker, chosen: readonly Choice[]): ProductTemplate[] {
  return maker.site.templates
    .map(template)
    .filter((t) => t.types.includes(maker.producer.type) && !chosen.some((c) => c.template === t));
}

function next(rng: Rng, maker: Maker, chosen: readonly Choice[]): Choice {
  const variants = unusedVariants(chosen);
  const others = otherTemplates(maker, chosen);
  if (variants.length > 0 && (others.length === 0 || chance(rng, 0.4))) return pick(rng, variants);
  if (others.length === 0) throw new Error(`producer '${maker.producer.key}' has nothing more to make`);
  const t = pickWeighted(rng, others, (o) => o.tier + (o.trade === maker.primary.trade ? 2 : 0));
  return { template: t, variant: intBetween(rng, 0, t.variants.length - 1) };
}

/** Plans `counts[i]` products for `makers[i]`; foundation producers start with their first variant. */
export function planProducts(rng: Rng, makers: readonly Maker[], counts: readonly number[], fixedKeys: ReadonlySet<string>): Plan[] {
  return makers.flatMap((maker, i) => {
    const first = fixedKeys.has(maker.producer.key) ? 0 : intBetween(rng, 0, maker.primary.variants.length - 1);
    const chosen: Choice[] = [{ template: maker.primary, variant: first }];
    while (chosen.length < (counts[i] ?? 1)) chosen.push(next(rng, maker, chosen));
    return chosen.map((c) => ({ maker, ...c }));
  });
}
