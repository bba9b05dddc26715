import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPin, verifyPin } from '../../src/domain/stamps/pin.js';
import { serve } from '../../src/server/serve.js';
import type { ServiceContext } from '../../src/services/context.js';
import { type Client, clientFor } from '../fixtures/registry-client.js';
import { type TestStore, createTestStore } from '../helpers/engine.js';
import { testConfig } from '../helpers/runtime.js';
import { certifiedProduct, issueBatch, myProducerId, phoneFetch, serialsOf, unissuedSerial } from '../stamps-fixtures.js';

// What the stamp tests do not already prove (test/resolver.test.ts: serial probing is limited and
// alerted; test/verify-pin.test.ts: PIN brute force locks the stamp; test/stamps.test.ts: one
// voided and one unknown code): no code outside an issued batch ever verifies as genuine, across
// thousands of generated serials and every voided code; rotating the PIN key keeps old PINs valid;
// a new OCOP_SECRET keeps every printed stamp verifiable.

let store: TestStore;
let url = '';
let close: () => Promise<void> = async () => undefined;
let serials: string[] = [];
let admin: Client;

async function start(secret?: string): Promise<{ clients: Client[]; ctx: ServiceContext }> {
  const server = await serve(testConfig(store, { OCOP_TRUST_PROXY: 'true', ...(secret === undefined ? {} : { OCOP_SECRET: secret }) }), { migrate: true, demo: true, print: () => undefined });
  const address = server.app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  close = () => server.close();
  return { clients: await Promise.all(['producer', 'officer', 'admin'].map((u) => clientFor(url, server.runtime.ctx, u))), ctx: server.runtime.ctx };
}

beforeAll(async () => {
  store = await createTestStore();
  const { clients, ctx } = await start();
  const [producer, officer, adminClient] = clients;
  if (producer === undefined || officer === undefined || adminClient === undefined) throw new Error('clients');
  admin = adminClient;
  const product = await certifiedProduct(producer, await myProducerId(producer), true);
  const batch = await issueBatch(producer, officer, { productId: product.id, quantity: 30, type: 'qr_label' });
  serials = await serialsOf(ctx, batch.id);
}, 120_000);
afterAll(async () => {
  await close();
  await store?.drop();
});

type Verify = { verdict: string };
const verdictOf = async (serial: string, ip: string) => {
  const res = await phoneFetch(url, `/api/v1/public/verify/${encodeURIComponent(serial)}`, ip);
  return { status: res.status, verdict: res.status === 200 ? ((await res.json()) as Verify).verdict : undefined };
};

describe('stamp attacks', () => {
  it('never calls a generated serial genuine: unissued well-formed serials are unknown, malformed ones refused', async () => {
    const forged = [...Array.from({ length: 150 }, (_, i) => unissuedSerial(1000 + i)), ...fc.sample(fc.string({ minLength: 1, maxLength: 40 }), { numRuns: 100, seed: 42 })];
    const answers = await Promise.all(forged.map((s, i) => verdictOf(s, `10.77.${i >> 8}.${i & 255}`)));
    expect(answers.filter((a) => a.verdict === 'genuine')).toEqual([]);
    expect(answers.every((a) => a.status === 200 ? a.verdict === 'unknown-code' : a.status === 400 || a.status === 404)).toBe(true);
  });

  it('never calls a voided code genuine, on the API or the verify page', async () => {
    const voided = serials.slice(0, 10);
    const res = await admin.json('POST', '/api/v1/stamps/void', { selection: { serials: voided }, reason: 'stolen' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    for (const [i, serial] of voided.entries()) {
      expect((await verdictOf(serial, `10.78.0.${i}`)).verdict).toBe('voided');
      const page = await (await phoneFetch(url, `/v/${serial}`, `10.78.1.${i}`)).text();
      expect(page).not.toMatch(/Tem chính hãng – sản phẩm OCOP đã được chứng nhận/);
    }
    expect((await verdictOf(serials[20] ?? '', '10.78.2.1')).verdict).toBe('genuine');
  });

  it('keeps PINs hashed under an old key valid after the key is rotated, and never matches under a missing key', () => {
    const k1 = Buffer.alloc(32, 1);
    const k2 = Buffer.alloc(32, 2);
    const record = hashPin({ current: 'k1', keys: { k1 } }, 'SERIAL0000000001', '123456');
    expect(verifyPin({ current: 'k2', keys: { k1, k2 } }, 'SERIAL0000000001', '123456', record)).toEqual({ result: 'match', rehash: true });
    expect(verifyPin({ current: 'k2', keys: { k1, k2 } }, 'SERIAL0000000001', '654321', record)).toEqual({ result: 'mismatch' });
    expect(verifyPin({ current: 'k2', keys: { k2 } }, 'SERIAL0000000001', '123456', record).result).toBe('unknown-key');
  });

  it('keeps every printed stamp verifiable after OCOP_SECRET changes', async () => {
    await close();
    await start('a-completely-different-secret-for-rotation-0123456789');
    const answers = await Promise.all(serials.slice(20, 30).map((s, i) => verdictOf(s, `10.79.0.${i}`)));
    expect(answers.map((a) => a.verdict)).toEqual(Array(10).fill('genuine'));
  });
});
