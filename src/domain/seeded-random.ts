// mulberry32: a small seeded pseudo-random generator for invented data (the demo register, demo
// reports and support, the national benchmark set). The same seed always gives the same sequence,
// so every fresh install shows the same figures. Never for secrets.

/** A float in [0, 1). */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
