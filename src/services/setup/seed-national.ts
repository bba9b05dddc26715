import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict } from '../errors.js';
import { SYSTEM_ACTOR } from '../../domain/roles.js';
import { seededRng } from './seed-national-names.js';
import { insertNationalCertificates, insertNationalProducers, insertNationalProducts } from './seed-national-registry.js';
import { syncSequences } from './seed-national-rows.js';
import { analyze, fillMonthlyRollup, insertNationalScans, rollupsPresent, scanWindow } from './seed-national-scans.js';
import { insertNationalStamps } from './seed-national-stamps.js';
import { isDemoSeeded } from './seed-demo.js';

// `ocop seed --scale national`: a country-sized, invented data set for benchmarks and load
// tests (issue #8): 10,000 producers, 20,000 products, their certificates, a batch of codes per
// certified product and 20 million scans, the same for the same seed. It refuses a database that
// holds anything but demo data (or an earlier national set) unless forced.

export const NATIONAL_MARKER = 'national_seeded_at';

export type NationalScale = { producers: number; products: number; scans: number; stampsPerProduct: number; days: number };
export const NATIONAL_SCALE: NationalScale = { producers: 10_000, products: 20_000, scans: 20_000_000, stampsPerProduct: 30, days: 730 };

export type NationalOptions = {
  seed: number;
  /** Last day of the scan history, YYYY-MM-DD (default: today); with the seed it fixes the data. */
  until?: string | undefined;
  force?: boolean | undefined;
  scale?: Partial<NationalScale> | undefined;
  progress?: ((line: string) => void) | undefined;
};

export type NationalResult = { producers: number; products: number; certificates: number; stamps: number; scans: number; rollups: boolean; seconds: number };

/** Only an empty or demo-only database (demo accounts and register, nothing more) is fair game. */
async function assertDisposable(ctx: ServiceContext, force: boolean): Promise<void> {
  if (force) return;
  const marker = await ctx.db.selectFrom('app_meta').select('value').where('key', '=', NATIONAL_MARKER).executeTakeFirst();
  if (marker !== undefined) throw conflict(`A national-scale set was already generated (${marker.value}); use --force to add another`);
  const producers = await ctx.db.selectFrom('producer').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(producers.n) === 0 || (await isDemoSeeded(ctx))) {
    const audit = await ctx.db.selectFrom('audit_log').select('id').where('actor_id', 'is not', null).limit(1).executeTakeFirst();
    if (audit === undefined) return;
  }
  throw conflict('This database holds real data (producers or work by signed-in users); the national-scale set is for benchmark databases only (--force overrides)');
}

export async function seedNational(ctx: ServiceContext, opts: NationalOptions): Promise<NationalResult> {
  const started = performance.now();
  const progress = opts.progress ?? (() => undefined);
  const scale = { ...NATIONAL_SCALE, ...opts.scale };
  await assertDisposable(ctx, opts.force === true);
  const rng = seededRng(opts.seed);
  const at = nowIso(ctx);
  const until = opts.until ?? at.slice(0, 10);
  // The codes went live the day before the first generated scan.
  const issuedAt = new Date((scanWindow(until, scale.days).start - 86_400) * 1000).toISOString();
  const registry = await ctx.db.transaction().execute(async (trx) => {
    const producers = await insertNationalProducers(trx, rng, scale.producers, at);
    progress(`producers: ${producers.length.toLocaleString('en-US')}`);
    const products = await insertNationalProducts(trx, rng, producers, scale.products, at);
    progress(`products: ${products.length.toLocaleString('en-US')}`);
    const certificates = await insertNationalCertificates(trx, rng, products, producers, { until, at });
    progress(`certificates: ${certificates.toLocaleString('en-US')}`);
    const stamps = await insertNationalStamps(trx, rng, products, {
      engine: ctx.engine, perProduct: scale.stampsPerProduct, at, issuedAt, onProgress: (n) => { if (n % 100_000 < 50_000) progress(`stamps: ${n.toLocaleString('en-US')}`); },
    });
    progress(`stamps: ${stamps.count.toLocaleString('en-US')}`);
    await syncSequences(trx, ctx.engine);
    return { producers: producers.length, products: products.length, certificates, stamps };
  });
  const rollups = await rollupsPresent(ctx.db);
  const plan = { count: scale.scans, seed: opts.seed, until, days: scale.days, stamps: registry.stamps, perProduct: scale.stampsPerProduct, rollups };
  await insertNationalScans(ctx.db, ctx.engine, plan, progress);
  if (rollups) {
    progress('rollups: scan_monthly');
    await fillMonthlyRollup(ctx.db, ctx.engine, registry.stamps);
  }
  progress('analyze');
  await analyze(ctx.db, ctx.engine);
  const result = { ...registry, stamps: registry.stamps.count, scans: scale.scans, rollups, seconds: (performance.now() - started) / 1000 };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('app_meta').values({ key: NATIONAL_MARKER, value: at }).onConflict((oc) => oc.column('key').doUpdateSet({ value: at })).execute();
    await recordAudit(trx, { actor: SYSTEM_ACTOR, action: 'setup.seed_national', entity: 'app_meta', entityId: NATIONAL_MARKER, after: { seed: opts.seed, until, ...scale }, at });
  });
  return result;
}
