import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stampUri } from '../src/domain/stamps/digital-link.js';
import { type Client, clientFor } from './fixtures/registry-client.js';
import { type TestServer, startTestServer } from './helpers/server.js';
import { type Batch, type Product, certifiedProduct, issueBatch, myProducerId, phoneFetch, requestBatch, serialsOf, unissuedSerial } from './stamps-fixtures.js';

// The stamp workflow through the real HTTP API on both engines: request → approve → issue →
// bind a lot → label sheet → scan the label's URL → verify page; refusals for expired and
// revoked certificates; voided and unknown codes; scoping.

let srv: TestServer;
let officer: Client;
let producer: Client;
let producer2: Client;
let product: Product;
let lotId: number;
let batch: Batch;

beforeAll(async () => {
  srv = await startTestServer({ OCOP_TRUST_PROXY: 'true' });
  const ctx = srv.server.runtime.ctx;
  officer = await clientFor(srv.url, ctx, 'officer');
  producer = await clientFor(srv.url, ctx, 'producer');
  producer2 = await clientFor(srv.url, ctx, 'producer2');
  product = await certifiedProduct(producer, await myProducerId(producer), true);
});
afterAll(async () => srv.close());

const publicPath = (url: string) => { const u = new URL(url); return `${u.pathname}${u.search}`; };

describe('stamp workflow', () => {
  it('requests, approves and issues a batch; progress reaches the quantity', async () => {
    const requested = await requestBatch(producer, { productId: product.id, quantity: 300, type: 'qr_label', expectedProvinces: ['quang-ninh'] });
    expect(requested).toMatchObject({ status: 'requested', progress: { written: 0, quantity: 300 } });
    expect((await producer.json('POST', `/api/v1/stamp-batches/${requested.id}/approve`)).status).toBe(403);
    const approved = await officer.json<Batch>('POST', `/api/v1/stamp-batches/${requested.id}/approve`);
    expect(approved.body.status).toBe('issuing');
    batch = await issueBatch(producer, officer, { productId: product.id, quantity: 120, type: 'qr_label' });
    expect(batch.progress).toEqual({ written: 120, quantity: 120, fraction: 1 });
    const serials = await serialsOf(srv.server.runtime.ctx, batch.id);
    expect(new Set(serials).size).toBe(120);
    expect(serials.every((s) => /^[0-9A-HJKMNP-TV-Z]{15}$/.test(s))).toBe(true);
    expect((await producer2.json('GET', `/api/v1/stamp-batches/${batch.id}`)).status).toBe(404);
  });

  it('rejects a request with a reason', async () => {
    const b = await requestBatch(producer, { productId: product.id, quantity: 10, type: 'leg_ring' });
    const rejected = await officer.json<Batch & { reason: string }>('POST', `/api/v1/stamp-batches/${b.id}/reject`, { reason: 'Số lượng chưa phù hợp' });
    expect(rejected.body).toMatchObject({ status: 'rejected', reason: 'Số lượng chưa phù hợp' });
  });

  it('binds a range to a lot, prints its labels and verifies a scanned label as genuine', async () => {
    const lot = await producer.json<{ id: number; code: string }>('POST', '/api/v1/lots', { productId: product.id, code: 'L2611-A', productionDate: '2026-11-01', expiryDate: '2027-11-01', quantity: 100, rawMaterialArea: 'Tiên Yên' });
    expect(lot.status).toBe(201);
    lotId = lot.body.id;
    const bound = await producer.json<{ bound: number; skipped: number }>('POST', `/api/v1/lots/${lotId}/stamps`, { batchId: batch.id, fromPosition: 1, toPosition: 100 });
    expect(bound.body).toEqual({ lotId, selected: 100, bound: 100, skipped: 0 });
    const again = await producer.json<{ bound: number; skipped: number }>('POST', `/api/v1/lots/${lotId}/stamps`, { batchId: batch.id, fromPosition: 91, toPosition: 110 });
    expect(again.body).toMatchObject({ bound: 10, skipped: 10 });
    const pdf = await producer.req('GET', `/api/v1/stamp-batches/${batch.id}/labels.pdf?layout=a4-3x8&lot=L2611-A`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = Buffer.from(await pdf.arrayBuffer()).toString('latin1');
    expect(text.startsWith('%PDF')).toBe(true);
    expect(text.match(/\/Type \/Page\b(?!s)/g)?.length).toBe(5); // 110 labels, 24 a page

    const [serial] = await serialsOf(srv.server.runtime.ctx, batch.id, 1);
    const label = stampUri(srv.server.runtime.ctx.publicUrl, { serial: serial!, gtin: product.gtin, lot: 'L2611-A' });
    expect(label).toMatch(/\/01\/\d{14}\/10\/L2611-A\/21\/[0-9A-Z]{15}$/);
    const scanned = await phoneFetch(srv.url, publicPath(label), '10.1.0.1', { headers: { accept: 'text/html' } });
    expect(scanned.status).toBe(307);
    const page = await phoneFetch(srv.url, publicPath(scanned.headers.get('location')!), '10.1.0.1', { headers: { accept: 'text/html', 'accept-language': 'vi' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Tem chính hãng');
    expect(html).toContain(product.name);
    expect(html).toContain('L2611-A');
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'; style-src 'sha256-/);
    const en = await phoneFetch(srv.url, `/v/${serial}`, '10.1.0.1', { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(await en.text()).toContain('Genuine stamp');
  });

  it('refuses labels for an unknown layout and a lot without codes', async () => {
    expect((await producer.req('GET', `/api/v1/stamp-batches/${batch.id}/labels.pdf?layout=a3-1x1`)).status).toBe(422);
    await producer.json('POST', '/api/v1/lots', { productId: product.id, code: 'EMPTY-1', productionDate: '2026-11-02' });
    expect((await producer.req('GET', `/api/v1/stamp-batches/${batch.id}/labels.pdf?lot=EMPTY-1`)).status).toBe(422);
  });

  it('voids a code with a reason: verification then says voided', async () => {
    const serials = await serialsOf(srv.server.runtime.ctx, batch.id, 3);
    const voided = await producer.json<{ voided: number }>('POST', '/api/v1/stamps/void', { selection: { serials: [serials[2]!.toLowerCase()] }, reason: 'damaged', note: 'rách khi dán' });
    expect(voided.body).toEqual({ selected: 1, voided: 1, skipped: 0 });
    const res = await phoneFetch(srv.url, `/api/v1/public/verify/${serials[2]}`, '10.1.0.2');
    const body = await res.json() as { verdict: string; stamp: { status: string; voidReason: string } };
    expect(body.verdict).toBe('voided');
    expect(body.stamp).toMatchObject({ status: 'voided', voidReason: 'damaged' });
    expect((await producer2.json('POST', '/api/v1/stamps/void', { selection: { serials: [serials[1]] }, reason: 'lost' })).status).toBe(404);
  });

  it('answers unknown-code for a serial never issued and 400 for a malformed one', async () => {
    const res = await phoneFetch(srv.url, `/api/v1/public/verify/${unissuedSerial(1)}`, '10.1.0.3');
    expect(res.status).toBe(404);
    expect((await res.json() as { verdict: string }).verdict).toBe('unknown-code');
    const page = await phoneFetch(srv.url, `/v/${unissuedSerial(2)}`, '10.1.0.3');
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('Không tìm thấy mã tem này');
    expect((await phoneFetch(srv.url, '/api/v1/public/verify/NOT-A-CODE', '10.1.0.3')).status).toBe(400);
  });

  it('refuses new stamps for products whose certificate expired or was revoked, naming the reason', async () => {
    const me = await myProducerId(producer);
    for (const status of ['expired', 'revoked'] as const) {
      const p = await officer.json<Product>('POST', '/api/v1/products', { producerId: me, name: `Sản phẩm ${status}`, setNumber: 4, status: 'certified', star: 3 });
      expect((await officer.json('PATCH', `/api/v1/products/${p.body.id}`, { status })).status).toBe(200);
      const res = await producer.json<{ type: string; detail: string; errors: { path: string }[] }>('POST', '/api/v1/stamp-batches', { productId: p.body.id, quantity: 10, type: 'qr_label' });
      expect(res.status).toBe(422);
      expect(res.body.type).toBe(`/problems/certificate-${status}`);
      expect(res.body.errors[0]!.path).toBe('body.productId');
    }
    const idea = await producer.json<Product>('POST', '/api/v1/products', { producerId: me, name: 'Ý tưởng chưa chứng nhận', setNumber: 4 });
    const res = await producer.json<{ type: string }>('POST', '/api/v1/stamp-batches', { productId: idea.body.id, quantity: 10, type: 'qr_label' });
    expect(res.body.type).toBe('/problems/not-certified');
  });

  it('scopes lots and batches, and audits every change', async () => {
    expect((await producer2.json('GET', `/api/v1/lots/${lotId}`)).status).toBe(404);
    const lots = await producer.json<{ items: { id: number; boundStamps: number }[] }>('GET', `/api/v1/lots?productId=${product.id}`);
    expect(lots.body.items.find((l) => l.id === lotId)?.boundStamps).toBe(110);
    const admin = await clientFor(srv.url, srv.server.runtime.ctx, 'admin');
    const audit = await admin.json<{ items: { action: string }[] }>('GET', '/api/v1/audit?pageSize=200');
    const actions = new Set(audit.body.items.map((a) => a.action));
    for (const a of ['stamp_batch.request', 'stamp_batch.approve', 'stamp_batch.reject', 'stamp_batch.issued', 'lot.create', 'lot.bind', 'stamp_batch.labels', 'stamp.void']) expect(actions).toContain(a);
  });
});
