import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../src/services/errors.js';
import { seedNational } from '../src/services/setup/seed-national.js';
import { type TestRuntime, createTestRuntime } from './helpers/runtime.js';

// `ocop seed --scale national` at a small scale: the same seed gives the same data, the scan
// rollups agree with the generated log, every scan names a real stamp, and a database with
// real work in it is refused.

const SCALE = { producers: 40, products: 80, scans: 5000, stampsPerProduct: 5, days: 60 };

describe('national-scale generator', () => {
  let a: TestRuntime;
  let b: TestRuntime;
  beforeAll(async () => {
    a = await createTestRuntime();
    b = await createTestRuntime();
    await seedNational(a.ctx, { seed: 11, until: '2026-11-30', scale: SCALE });
    await seedNational(b.ctx, { seed: 11, until: '2026-11-30', scale: SCALE });
  }, 120_000);
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('builds the same rows from the same seed', async () => {
    const scans = (rt: TestRuntime) => rt.ctx.db.selectFrom('scan').innerJoin('stamp', 'stamp.id', 'scan.stamp_id')
      .select(['stamp.serial', 'scan.province', 'scan.client_class']).where('stamp.batch_id', '>', 2).orderBy('scan.id').limit(200).execute();
    expect(await scans(a)).toEqual(await scans(b));
    const names = (rt: TestRuntime) => rt.ctx.db.selectFrom('product').select(['name', 'gtin', 'star']).orderBy('id').execute();
    expect(await names(a)).toEqual(await names(b));
  });

  it('writes every scan against a stamp and fills the rollups to match', async () => {
    const total = await a.ctx.db.selectFrom('scan').select((eb) => eb.fn.countAll<number>().as('n')).where('result', '=', 'found').where('stamp_id', 'is not', null).executeTakeFirstOrThrow();
    expect(Number(total.n)).toBeGreaterThanOrEqual(SCALE.scans);
    const orphans = await a.ctx.db.selectFrom('scan').leftJoin('stamp', 'stamp.id', 'scan.stamp_id').select('scan.id').where('stamp.id', 'is', null).where('scan.stamp_id', 'is not', null).execute();
    expect(orphans).toEqual([]);
    const daily = await a.ctx.db.selectFrom('scan_daily').select((eb) => eb.fn.sum<number>('scans').as('n')).executeTakeFirstOrThrow();
    const logged = await a.ctx.db.selectFrom('scan').select((eb) => eb.fn.countAll<number>().as('n')).where('stamp_id', 'is not', null).executeTakeFirstOrThrow();
    expect(Number(daily.n)).toBe(Number(logged.n));
    const monthly = await a.ctx.db.selectFrom('scan_monthly').select((eb) => eb.fn.sum<number>('scans').as('n')).executeTakeFirstOrThrow();
    expect(Number(monthly.n)).toBe(Number(logged.n));
  });

  it('refuses to run twice without --force', async () => {
    await expect(seedNational(a.ctx, { seed: 1, scale: SCALE })).rejects.toBeInstanceOf(ServiceError);
  });
});
