import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, clientFor } from './fixtures/registry-client.js';
import { type TestServer, startTestServer } from './helpers/server.js';
import { type Batch, certifiedProduct, issueBatch, myProducerId, phoneFetch, unissuedSerial } from './stamps-fixtures.js';

// Scratch-off PINs: the one-time PIN file, exactly one first authentication under 100
// simultaneous correct attempts, the lock after repeated wrong PINs, the cookie-less HTML form,
// and the pin-reuse alert a producer acknowledges and closes.

let srv: TestServer;
let officer: Client;
let producer: Client;
let batch: Batch;
let pins: Map<string, string>;
let serials: string[];

beforeAll(async () => {
  srv = await startTestServer({ OCOP_TRUST_PROXY: 'true' });
  const ctx = srv.server.runtime.ctx;
  officer = await clientFor(srv.url, ctx, 'officer');
  producer = await clientFor(srv.url, ctx, 'producer');
  const product = await certifiedProduct(producer, await myProducerId(producer), true);
  batch = await issueBatch(producer, officer, { productId: product.id, quantity: 6, type: 'qr_pin' });
});
afterAll(async () => srv.close());

type PinAnswer = { result: string; attemptsLeft: number | null; firstAuthenticatedAt: string | null; verification: { verdict: string } };
const pinPost = (serial: string, pin: string, ip = '10.3.0.1') =>
  phoneFetch(srv.url, `/api/v1/public/verify/${serial}/pin`, ip, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pin, province: 'quang-ninh' }) });

describe('scratch-off PINs', () => {
  it('gives the PIN file once, to the requester only', async () => {
    expect(batch.pinsAvailable).toBe(true);
    expect((await officer.req('POST', `/api/v1/stamp-batches/${batch.id}/pins`)).status).toBe(403);
    const res = await producer.req('POST', `/api/v1/stamp-batches/${batch.id}/pins`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('serial,pin');
    pins = new Map(lines.slice(1).map((l) => l.split(',') as [string, string]));
    serials = [...pins.keys()];
    expect(pins.size).toBe(6);
    for (const pin of pins.values()) expect(pin).toMatch(/^\d{6}$/);
    expect((await producer.req('POST', `/api/v1/stamp-batches/${batch.id}/pins`)).status).toBe(410);
    const stored = await srv.server.runtime.ctx.db.selectFrom('stamp').select(['pin_hash', 'pin_key_id']).where('batch_id', '=', batch.id).execute();
    expect(stored.every((s) => s.pin_key_id === 'k1' && s.pin_hash !== null && !s.pin_hash.includes(pins.get(serials[0]!)!))).toBe(true);
    const after = await producer.json<Batch>('GET', `/api/v1/stamp-batches/${batch.id}`);
    expect(after.body.pinsAvailable).toBe(false);
  });

  it('authenticates exactly once under 100 simultaneous correct attempts', async () => {
    const serial = serials[0]!;
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => pinPost(serial, pins.get(serial)!, `10.3.1.${i}`).then((r) => r.json() as Promise<PinAnswer>)));
    const results = answers.map((a) => a.result);
    expect(results.filter((r) => r === 'first-authentication')).toHaveLength(1);
    expect(results.filter((r) => r === 'already-authenticated')).toHaveLength(99);
    const again = await (await pinPost(serial, pins.get(serial)!)).json() as PinAnswer;
    expect(again.result).toBe('already-authenticated');
    expect(again.firstAuthenticatedAt).not.toBeNull();
    expect(again.verification.verdict).toBe('possible-counterfeit');
  });

  it('locks a stamp after too many wrong PINs', async () => {
    const serial = serials[1]!;
    const right = pins.get(serial)!;
    const wrong = right === '000000' ? '111111' : '000000';
    const lefts: (number | null)[] = [];
    for (let i = 0; i < 5; i += 1) lefts.push(((await (await pinPost(serial, wrong)).json()) as PinAnswer).attemptsLeft);
    expect(lefts).toEqual([4, 3, 2, 1, 0]);
    expect(((await (await pinPost(serial, right)).json()) as PinAnswer).result).toBe('locked');
  });

  it('checks a PIN through the plain HTML form with a signed token, no cookies', async () => {
    const serial = serials[2]!;
    const page = await (await phoneFetch(srv.url, `/v/${serial}`, '10.3.2.1')).text();
    expect(page).toContain('name="pin"');
    expect(page).not.toContain('<script');
    const token = /name="token" value="([^"]+)"/.exec(page)![1]!;
    const form = (pin: string, t: string) => phoneFetch(srv.url, `/v/${serial}/pin`, '10.3.2.1', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ pin, token: t }).toString() });
    expect((await form(pins.get(serial)!, 'forged.token')).status).toBe(400);
    const ok = await form(pins.get(serial)!, token);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('Xác thực thành công');
    const twice = await (await form(pins.get(serial)!, token)).text();
    expect(twice).toContain('đã được sử dụng trước đó');
  });

  it('raises one pin-reuse alert that the producer acknowledges and closes with a note', async () => {
    await srv.server.stamps.scans.flush();
    const list = await producer.json<{ items: { id: number; kind: string; count: number; status: string }[] }>('GET', '/api/v1/alerts?kind=pin-reuse');
    const alert = list.body.items.find((a) => a.count >= 99);
    expect(alert).toBeDefined();
    const producer2 = await clientFor(srv.url, srv.server.runtime.ctx, 'producer2');
    expect((await producer2.json('GET', `/api/v1/alerts/${alert!.id}`)).status).toBe(404);
    expect((await officer.json('GET', `/api/v1/alerts/${alert!.id}`)).status).toBe(200);
    const ack = await producer.json<{ status: string }>('POST', `/api/v1/alerts/${alert!.id}/acknowledge`, {});
    expect(ack.body.status).toBe('acknowledged');
    expect((await producer.json('POST', `/api/v1/alerts/${alert!.id}/close`, {})).status).toBe(400);
    const closed = await producer.json<{ status: string; note: string }>('POST', `/api/v1/alerts/${alert!.id}/close`, { note: 'Đã kiểm tra cửa hàng, tem bị chụp lại' });
    expect(closed.body).toMatchObject({ status: 'closed', note: 'Đã kiểm tra cửa hàng, tem bị chụp lại' });
    const audit = await (await clientFor(srv.url, srv.server.runtime.ctx, 'admin')).json<{ items: { action: string }[] }>('GET', `/api/v1/audit?entity=alert&entityId=${alert!.id}`);
    expect(audit.body.items.map((a) => a.action).sort()).toEqual(['alert.acknowledge', 'alert.close']);
  });

  it('refuses a client blocked for probing before looking at the PIN, so the PIN keeps its one use', async () => {
    const ip = '10.3.9.9';
    for (let i = 0; i < 61; i += 1) await phoneFetch(srv.url, `/s/${unissuedSerial(300 + i)}`, ip);
    const serial = serials[serials.length - 1]!;
    const blocked = await pinPost(serial, pins.get(serial)!, ip);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // The plain HTML form takes the same path (its signed token may come from any page view).
    const page = await (await phoneFetch(srv.url, `/v/${serial}`, '10.3.0.76')).text();
    const token = /name="token" value="([^"]+)"/.exec(page)![1]!;
    const body = new URLSearchParams({ pin: pins.get(serial)!, token }).toString();
    const form = await phoneFetch(srv.url, `/v/${serial}/pin`, ip, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect(form.status).toBe(429);
    expect(form.headers.get('content-type')).toMatch(/^text\/html/);
    const genuine = (await (await pinPost(serial, pins.get(serial)!, '10.3.0.77')).json()) as PinAnswer;
    expect(genuine.result).toBe('first-authentication');
  });
});
