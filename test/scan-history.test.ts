import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertScans, scansSince } from '../src/db/repositories/scans.js';
import { addScanCountsBatch } from '../src/db/repositories/stamps.js';
import { type TestRuntime, createTestRuntime } from './helpers/runtime.js';

// A stamp's scan history feeds the counterfeit signals and the verify page. It is capped; the cap
// must keep the newest scans, or a much-copied stamp would look quiet forever.

let rt: TestRuntime;
beforeAll(async () => {
  rt = await createTestRuntime();
});
afterAll(async () => rt.close());

describe('scan history', () => {
  it('keeps the newest scans when capped, oldest first', async () => {
    const stamp = await rt.ctx.db.selectFrom('stamp').select(['id', 'serial']).orderBy('id').executeTakeFirstOrThrow();
    const at = (i: number) => new Date(Date.UTC(2026, 10, 1, 0, 0, i)).toISOString();
    await insertScans(rt.ctx.db, Array.from({ length: 30 }, (_, i) => ({
      at: at(i), stamp_id: stamp.id, serial: stamp.serial, result: 'found' as const, outcome: 'viewed' as const, province: null, client_class: 'mobile' as const,
    })));
    const rows = await scansSince(rt.ctx.db, [stamp.id], at(0), 10);
    expect(rows.map((r) => r.at)).toEqual(Array.from({ length: 10 }, (_, i) => at(20 + i)));
  });

  it("adds a flush's counts to many stamps at once, keeping each stamp's first scan", async () => {
    const ids = (await rt.ctx.db.selectFrom('stamp').select('id').orderBy('id').limit(3).execute()).map((r) => r.id);
    const [a = 0, b = 0, c = 0] = ids;
    await rt.ctx.db.updateTable('stamp').set({ scan_count: 0, first_scan_at: null, first_scan_province: null }).where('id', 'in', ids).execute();
    await rt.ctx.db.updateTable('stamp').set({ scan_count: 4, first_scan_at: '2026-10-01T00:00:00.000Z', first_scan_province: 'ha-noi' }).where('id', '=', a).execute();
    // More stamps than one statement takes, so the chunking is exercised too.
    const many = Array.from({ length: 620 }, (_, i) => ({ stampId: -1 - i, n: 1, firstAt: '2026-11-01T00:00:00.000Z', firstProvince: null }));
    await addScanCountsBatch(rt.ctx.db, rt.ctx.engine, [...many, { stampId: a, n: 2, firstAt: '2026-11-02T00:00:00.000Z', firstProvince: 'quang-ninh' }, { stampId: b, n: 3, firstAt: '2026-11-03T00:00:00.000Z', firstProvince: 'quang-ninh' }]);
    const rows = await rt.ctx.db.selectFrom('stamp').select(['id', 'scan_count', 'first_scan_at', 'first_scan_province']).where('id', 'in', ids).orderBy('id').execute();
    expect(rows.map((r) => ({ ...r, first_scan_at: r.first_scan_at === null ? null : new Date(r.first_scan_at).toISOString() }))).toEqual([
      { id: a, scan_count: 6, first_scan_at: '2026-10-01T00:00:00.000Z', first_scan_province: 'ha-noi' },
      { id: b, scan_count: 3, first_scan_at: '2026-11-03T00:00:00.000Z', first_scan_province: 'quang-ninh' },
      { id: c, scan_count: 0, first_scan_at: null, first_scan_province: null },
    ]);
  });
});
