import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../src/db/database.js';
import { serve } from '../src/server/serve.js';
import { clientFor } from './fixtures/registry-client.js';
import { type TestStore, createTestStore } from './helpers/engine.js';
import { testConfig } from './helpers/runtime.js';
import { certifiedProduct, issueBatch, myProducerId, phoneFetch, serialsOf } from './stamps-fixtures.js';

// The scan log is written off the request path (buffered, one transaction per flush) yet
// nothing is lost: rows appear within a second, a clean shutdown writes what is waiting before
// the database closes, robots are not logged, and each stamp keeps its count and first scan.

let store: TestStore | undefined;
afterEach(async () => {
  await store?.drop();
  store = undefined;
});

async function countScans(s: TestStore): Promise<number> {
  const database = createDatabase({ databaseUrl: s.databaseUrl, dataDir: s.dataDir });
  const r = await database.db.selectFrom('scan').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  await database.close();
  return Number(r.n);
}

describe('scan log', () => {
  it('is flushed within a second, skips robots, and loses nothing on a clean shutdown', async () => {
    store = await createTestStore();
    const server = await serve(testConfig(store, { OCOP_TRUST_PROXY: 'true' }), { migrate: true, demo: true, print: () => undefined });
    const address = server.app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    const ctx = server.runtime.ctx;
    const [producer, officer] = await Promise.all([clientFor(url, ctx, 'producer'), clientFor(url, ctx, 'officer')]);
    const product = await certifiedProduct(producer, await myProducerId(producer), true);
    const batch = await issueBatch(producer, officer, { productId: product.id, quantity: 20, type: 'qr_label' });
    const serials = await serialsOf(ctx, batch.id);

    await Promise.all(serials.slice(0, 10).map((s, i) => phoneFetch(url, `/v/${s}?province=ha-noi`, `10.4.0.${i}`)));
    await phoneFetch(url, `/v/${serials[0]}`, '10.4.0.50', { headers: { 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' } });
    const started = Date.now();
    let rows = 0;
    while (rows < 10 && Date.now() - started < 1000) {
      rows = Number((await ctx.db.selectFrom('scan').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(rows).toBe(10);
    const stamp = await ctx.db.selectFrom('stamp').select(['scan_count', 'first_scan_province']).where('serial', '=', serials[0]!).executeTakeFirstOrThrow();
    expect(stamp).toEqual({ scan_count: 1, first_scan_province: 'ha-noi' });
    const again = await (await phoneFetch(url, `/v/${serials[0]}?lang=en`, '10.4.0.1')).text();
    expect(again).toMatch(/scanned 2 times, first at .* in Hanoi/);

    const burst = 300;
    const answers = await Promise.all(Array.from({ length: burst }, (_, i) => phoneFetch(url, `/api/v1/public/verify/${serials[i % serials.length]}`, `10.4.1.${i % 250}`).then((r) => r.status)));
    expect(answers.every((s) => s === 200)).toBe(true);
    await server.close();
    expect(await countScans(store)).toBe(10 + 1 + burst);
  });
});
