import { seededRandom } from '../../src/domain/seeded-random.js';

// A small seeded pseudo-random generator (mulberry32) and the draws the generator needs. Every
// draw goes through one Rng, in a fixed order, so the same seed always gives the same register.

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
}

export function mulberry32(seed: number): Rng {
  return { next: seededRandom(seed) };
}

/** An integer in [min, max], both included. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng.next() * (max - min + 1));
}

export function chance(rng: Rng, probability: number): boolean {
  return rng.next() < probability;
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng.next() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** An item drawn with probability proportional to its weight. */
export function pickWeighted<T>(rng: Rng, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let target = rng.next() * total;
  for (const item of items) {
    target -= weight(item);
    if (target < 0) return item;
  }
  return pick(rng, items);
}

/** A new array in random order (Fisher–Yates). */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng.next() * (i + 1));
    const a = out[i];
    const b = out[j];
    if (a === undefined || b === undefined) continue;
    out[i] = b;
    out[j] = a;
  }
  return out;
}

/** A price in [min, max] rounded to `step` VND. */
export function roundedBetween(rng: Rng, min: number, max: number, step: number): number {
  return Math.round(intBetween(rng, min, max) / step) * step;
}
