import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIssueRunner } from '../src/services/stamps/issue-runner.js';
import { type Client, clientFor } from './fixtures/registry-client.js';
import { type TestServer, startTestServer } from './helpers/server.js';
import { type Batch, type Product, certifiedProduct, myProducerId, phoneFetch, requestBatch, waitForBatch } from './stamps-fixtures.js';

// Issuing is one crash-safe job: codes are written in chunks, each in a transaction with the
// progress counter; they stay invisible to verification until the batch flips to issued; a
// job stopped or killed mid-way resumes from the rows that exist, without duplicates.

let srv: TestServer;
let officer: Client;
let producer: Client;
let product: Product;

beforeAll(async () => {
  srv = await startTestServer({ OCOP_TRUST_PROXY: 'true' });
  const ctx = srv.server.runtime.ctx;
  officer = await clientFor(srv.url, ctx, 'officer');
  producer = await clientFor(srv.url, ctx, 'producer');
  product = await certifiedProduct(producer, await myProducerId(producer), true);
  await srv.server.stamps.issuer.stop(); // the tests drive their own runners
});
afterAll(async () => srv.close());

async function approvedBatch(quantity: number): Promise<Batch> {
  const b = await requestBatch(producer, { productId: product.id, quantity, type: 'qr_pin' });
  expect((await officer.json('POST', `/api/v1/stamp-batches/${b.id}/approve`)).status).toBe(200);
  return b;
}

async function rows(batchId: number) {
  return srv.server.runtime.ctx.db.selectFrom('stamp').select(['serial', 'position']).where('batch_id', '=', batchId).orderBy('position').execute();
}

async function verifyStatus(serial: string): Promise<number> {
  return (await phoneFetch(srv.url, `/api/v1/public/verify/${serial}`, '10.5.0.1')).status;
}

describe('issuing job', () => {
  it('survives a crash mid-chunk: the chunk rolls back, nothing is visible, a new runner completes without duplicates', async () => {
    const ctx = srv.server.runtime.ctx;
    const batch = await approvedBatch(2500);
    let crashing = true;
    const crashy = createIssueRunner(ctx, {
      chunkSize: 1000, pollMs: 20,
      hooks: { beforeCommit: ({ from }) => { if (from === 2000 && crashing) { crashing = false; void crashy.stop(); throw new Error('simulated crash'); } } },
    });
    crashy.start();
    const deadline = Date.now() + 10_000;
    while (crashing && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await crashy.stop();
    const mid = await producer.json<Batch>('GET', `/api/v1/stamp-batches/${batch.id}`);
    expect(mid.body).toMatchObject({ status: 'issuing', progress: { written: 2000, quantity: 2500, fraction: 0.8 } });
    const written = await rows(batch.id);
    expect(written).toHaveLength(2000);
    expect(await verifyStatus(written[0]!.serial)).toBe(404); // never half-visible

    const resumed = createIssueRunner(ctx, { chunkSize: 1000, pollMs: 20 });
    resumed.start();
    await waitForBatch(producer, batch.id);
    await resumed.stop();
    const all = await rows(batch.id);
    expect(all).toHaveLength(2500);
    expect(new Set(all.map((r) => r.serial)).size).toBe(2500);
    expect(all.map((r) => r.position)).toEqual(Array.from({ length: 2500 }, (_, i) => i));
    expect(all.slice(0, 2000).map((r) => r.serial)).toEqual(written.map((r) => r.serial));
    expect(await verifyStatus(written[0]!.serial)).toBe(200);
  });

  it('resumes after a graceful stop between chunks and after a progress counter that disagrees with the rows', async () => {
    const ctx = srv.server.runtime.ctx;
    const batch = await approvedBatch(1500);
    let stopped = false;
    const stopper = createIssueRunner(ctx, { chunkSize: 500, pollMs: 20, hooks: { beforeCommit: ({ from }) => { if (from === 500) { stopped = true; void stopper.stop(); } } } });
    stopper.start();
    const deadline = Date.now() + 10_000;
    while (!stopped && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await stopper.stop();
    expect((await rows(batch.id)).length).toBe(1000);
    await ctx.db.updateTable('stamp_batch').set({ written: 700 }).where('id', '=', batch.id).execute();
    srv.server.stamps.issuer.start();
    const done = await waitForBatch(producer, batch.id);
    expect(done.progress).toEqual({ written: 1500, quantity: 1500, fraction: 1 });
    expect(new Set((await rows(batch.id)).map((r) => r.serial)).size).toBe(1500);
    await srv.server.stamps.issuer.stop();
  });
});
