import { type NationalScale, seedNational } from '../../services/setup/seed-national.js';
import { withRuntime } from '../runtime.js';

// `ocop seed --scale national [--seed N] [--until YYYY-MM-DD] [--force]`: the national-scale
// benchmark data set (src/services/setup/seed-national.ts). Progress goes to stderr.

export type NationalSeedOptions = { seed?: string; until?: string; force?: boolean; scans?: string };

function wholeNumber(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name}: a whole number, got ${value}`);
  return n;
}

export async function runNationalSeed(opts: NationalSeedOptions): Promise<void> {
  const seed = wholeNumber(opts.seed, '--seed', 1);
  if (opts.until !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.until)) throw new Error(`--until: a date YYYY-MM-DD, got ${opts.until}`);
  const scale: Partial<NationalScale> = opts.scans === undefined ? {} : { scans: wholeNumber(opts.scans, '--scans', 0) };
  const started = Date.now();
  const progress = (line: string) => process.stderr.write(`[${Math.round((Date.now() - started) / 1000)} s] ${line}\n`);
  const r = await withRuntime((rt) => seedNational(rt.ctx, { seed, until: opts.until, force: opts.force, scale, progress }), { migrate: true });
  process.stdout.write(`national-scale set (seed ${seed}): ${r.producers} producers, ${r.products} products, ${r.certificates} certificates, ${r.stamps} codes, `
    + `${r.scans} scans${r.rollups ? ', dashboard rollups filled' : ''} in ${Math.round(r.seconds)} s\n`);
}
