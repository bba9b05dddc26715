import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findVisibleStamp } from '../src/db/repositories/stamps.js';
import { ServiceError } from '../src/services/errors.js';
import { demoWantedOnStart } from '../src/services/setup/first-start-demo.js';
import { seedNational } from '../src/services/setup/seed-national.js';
import { type TestRuntime, createTestRuntime } from './helpers/runtime.js';

// `ocop seed --scale national` at a small scale: the same seed gives the same data, the scan
// rollups agree with the generated log, every scan names a real stamp, the codes are live
// (issued, bound to a lot, active before their first scan, of a product with a valid
// certificate), `ocop serve` does not add the demo to a generated database, and a database with
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

  it('issues live codes: active, bound to a lot, scanned only after activation, certificate valid', async () => {
    // The generated products carry GTINs under the invented prefix 0893999.
    const batches = a.ctx.db.selectFrom('stamp_batch').innerJoin('product', 'product.id', 'stamp_batch.product_id').select('stamp_batch.id').where('product.gtin', 'like', '0893999%');
    const rows = await a.ctx.db.selectFrom('stamp').innerJoin('stamp_batch', 'stamp_batch.id', 'stamp.batch_id')
      .select(['stamp.serial', 'stamp.status', 'stamp.lot_id', 'stamp.activated_at', 'stamp_batch.lot_id as batch_lot']).where('stamp.batch_id', 'in', batches).execute();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.status).toBe('active');
      expect(r.lot_id).not.toBeNull();
      expect(r.lot_id).toBe(r.batch_lot);
    }
    const first = await a.ctx.db.selectFrom('scan').select((eb) => eb.fn.min('at').as('at')).where('stamp_id', 'in', a.ctx.db.selectFrom('stamp').select('id').where('batch_id', 'in', batches)).executeTakeFirstOrThrow();
    const activated = new Date(String(rows[0]?.activated_at)).getTime();
    expect(activated).toBeLessThan(new Date(String(first.at)).getTime());
    const serial = rows[0]?.serial ?? '';
    const seen = await findVisibleStamp(a.ctx.db, serial);
    expect(seen?.status).toBe('active');
    expect(seen?.lot_code).toMatch(/^NAT-/);
    const product = await a.ctx.db.selectFrom('product').select('status').where('id', '=', seen?.product_id ?? 0).executeTakeFirstOrThrow();
    expect(product.status).toBe('certified');
    const certificate = await a.ctx.db.selectFrom('certificate').select(['issued_on', 'expires_on', 'revoked_on']).where('product_id', '=', seen?.product_id ?? 0).executeTakeFirstOrThrow();
    expect(String(certificate.expires_on) > '2026-11-30' && String(certificate.issued_on) <= '2026-11-30' && certificate.revoked_on === null).toBe(true);
  });

  it('leaves a generated database without the demo when the server starts', async () => {
    const bare = await createTestRuntime({ demo: false });
    try {
      expect(await demoWantedOnStart(bare.ctx)).toBe(true);
      await seedNational(bare.ctx, { seed: 3, until: '2026-11-30', scale: { ...SCALE, scans: 100 } });
      expect(await demoWantedOnStart(bare.ctx)).toBe(false);
    } finally {
      await bare.close();
    }
  }, 120_000);

  it('refuses to run twice without --force', async () => {
    await expect(seedNational(a.ctx, { seed: 1, scale: SCALE })).rejects.toBeInstanceOf(ServiceError);
  });
});
