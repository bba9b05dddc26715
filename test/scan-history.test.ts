import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertScans, scansSince } from '../src/db/repositories/scans.js';
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
});
