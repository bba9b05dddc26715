import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuedBatchIdsWithoutEvents } from '../src/db/repositories/epcis-journey.js';
import { demoJourneySerials } from '../src/services/setup/load-demo-journey.js';
import { type Client, clientFor } from './fixtures/registry-client.js';
import { type TestServer, startTestServer } from './helpers/server.js';
import { type Page, type Product, issueBatch, myProducerId, phoneFetch, serialsOf } from './stamps-fixtures.js';

// Journeys on both engines: the producer records steps of its lots through the API (scoped: a
// producer cannot read or add to another's lot), a packing step links leg rings to package
// stamps and the package's verify page then shows the bird's farm steps, and the national
// portal export (Circular 02/2024) carries product, producer, codes and one step back / forward.

type Lot = { id: number; code: string; productId: number };
type JourneyItem = { step: string | null; label: { vi: string; en: string }; place: string | null; note: string | null; ringSerials: string[]; packageSerial: string | null; eventType: string };
type Journey = { items: JourneyItem[]; places: { id: number; name: string }[]; steps: { key: string; links: boolean }[] };

let srv: TestServer;
let officer: Client;
let producer: Client;
let producer2: Client;
let demoLots: Lot[];

const ctx = () => srv.server.runtime.ctx;
const lotByCode = (code: string): Lot => {
  const lot = demoLots.find((l) => l.code === code);
  if (lot === undefined) throw new Error(`no demo lot ${code}`);
  return lot;
};
const verifyHtml = async (serial: string, lang = 'vi') => (await phoneFetch(srv.url, `/v/${serial}?lang=${lang}`, '10.9.0.1', { headers: { accept: 'text/html' } })).text();

beforeAll(async () => {
  srv = await startTestServer({ OCOP_TRUST_PROXY: 'true' });
  officer = await clientFor(srv.url, ctx(), 'officer');
  producer = await clientFor(srv.url, ctx(), 'producer');
  producer2 = await clientFor(srv.url, ctx(), 'producer2');
  demoLots = (await producer.json<Page<Lot>>('GET', '/api/v1/lots?pageSize=100')).body.items;
});
afterAll(async () => srv.close());

describe('journey API', () => {
  it('lists the demo package lot\'s journey with the step catalogue and sales points', async () => {
    const res = await producer.json<Journey>('GET', `/api/v1/lots/${lotByCode('GTY-2611').id}/journey`);
    expect(res.status).toBe(200);
    const steps = res.body.items.filter((i) => i.eventType === 'ObjectEvent').map((i) => i.step);
    expect(steps).toEqual(expect.arrayContaining(['slaughtering', 'packing', 'shipping', 'receiving']));
    expect(res.body.items.find((i) => i.eventType === 'AssociationEvent' && i.ringSerials.length === 1)?.packageSerial).toMatch(/^[0-9A-Z]{15}$/);
    expect(res.body.steps.find((s) => s.key === 'packing')).toMatchObject({ links: true });
    expect(res.body.places.map((p) => p.name)).toContain('Siêu thị Biên Mậu Móng Cái');
  });

  it('records a step: 201, stored as an EPCIS event with place, note and quantity; refuses bad input', async () => {
    const lot = lotByCode('GTY-2611');
    const places = (await producer.json<Journey>('GET', `/api/v1/lots/${lot.id}/journey`)).body.places;
    const point = places.find((p) => p.name.startsWith('Cửa hàng'))!;
    const res = await producer.json<{ stored: number; items: JourneyItem[] }>('POST', `/api/v1/lots/${lot.id}/journey`, {
      step: 'shipping', at: '2026-11-28T09:00:00+07:00', place: { salesPointId: point.id }, note: 'Giao bổ sung', quantity: { value: 4, unit: 'count' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.items[0]).toMatchObject({ step: 'shipping', note: 'Giao bổ sung', label: { vi: 'Chuyển đi' } });
    expect(res.body.items[0]!.place).toContain(point.name);
    const row = await ctx().db.selectFrom('epcis_event').selectAll().where('lot_id', '=', lot.id).where('biz_step', '=', 'shipping').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(JSON.parse(row.event_json)).toMatchObject({ destinationList: [{ type: 'location' }], quantityList: [{ quantity: 4 }] });
    const audit = await ctx().db.selectFrom('audit_log').select('action').where('action', '=', 'lot.journey').execute();
    expect(audit.length).toBeGreaterThanOrEqual(1);

    const bad = await producer.json<{ errors: { path: string }[] }>('POST', `/api/v1/lots/${lot.id}/journey`, { step: 'shipping', at: '2026-11-28T09:00:00+07:00', links: [{ packageSerial: 'X', ringSerials: ['Y'] }] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]!.path).toBe('body.links');
    const unknownPoint = await producer.json<{ errors: { path: string }[] }>('POST', `/api/v1/lots/${lot.id}/journey`, { step: 'receiving', at: '2026-11-28T09:00:00+07:00', place: { salesPointId: 999999 } });
    expect(unknownPoint.body.errors[0]!.path).toBe('body.place.salesPointId');
    expect((await producer.json('POST', `/api/v1/lots/${lot.id}/journey`, { step: 'flying', at: '2026-11-28T09:00:00+07:00' })).status).toBe(400);
  });

  it('gives every demo batch its commissioning event', async () => {
    expect(await issuedBatchIdsWithoutEvents(ctx().db)).toEqual([]);
    const commissioned = await ctx().db.selectFrom('epcis_event').select('stamp_batch_id').where('biz_step', '=', 'commissioning').execute();
    expect(commissioned.length).toBeGreaterThanOrEqual(4);
  });

  it('documents the journey, export and scan routes in OpenAPI', async () => {
    const doc = (await (await fetch(`${srv.url}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    for (const path of ['/api/v1/lots/{id}/journey', '/api/v1/lots/{id}/national-export', '/api/v1/lots/{id}/scan-events']) expect(Object.keys(doc.paths)).toContain(path);
  });

  it('exports buyers\' scans of a lot as EPCIS OBSERVE events', async () => {
    const serial = demoJourneySerials().packages[1]!;
    await verifyHtml(serial);
    await expect.poll(async () => (await producer.json<{ epcisBody: { eventList: { action: string; epcList: string[] }[] } }>('GET', `/api/v1/lots/${lotByCode('GTY-2611').id}/scan-events`)).body.epcisBody.eventList.length, { timeout: 5000 }).toBeGreaterThan(0);
    const doc = await producer.json<{ type: string; epcisBody: { eventList: { action: string; epcList: string[] }[] } }>('GET', `/api/v1/lots/${lotByCode('GTY-2611').id}/scan-events`);
    expect(doc.body.type).toBe('EPCISDocument');
    expect(doc.body.epcisBody.eventList[0]).toMatchObject({ action: 'OBSERVE', epcList: [`${ctx().publicUrl}/s/${serial}`] });
    expect((await producer2.json('GET', `/api/v1/lots/${lotByCode('GTY-2611').id}/scan-events`)).status).toBe(404);
  });

  it('scopes journeys: producer B can neither read nor add to A\'s lot; the officer can both', async () => {
    const lot = lotByCode('DAN-2606');
    expect((await producer2.json('GET', `/api/v1/lots/${lot.id}/journey`)).status).toBe(404);
    expect((await producer2.json('POST', `/api/v1/lots/${lot.id}/journey`, { step: 'vaccinating', at: '2026-08-01T08:00:00+07:00', place: { name: 'X' } })).status).toBe(404);
    expect((await producer2.json('GET', `/api/v1/lots/${lot.id}/national-export`)).status).toBe(404);
    expect((await officer.json('GET', `/api/v1/lots/${lot.id}/journey`)).status).toBe(200);
    expect((await officer.json('POST', `/api/v1/lots/${lot.id}/journey`, { step: 'vaccinating', at: '2026-08-01T08:00:00+07:00', place: { name: 'Trại gà' } })).status).toBe(201);
  });
});

describe('leg rings → packages', () => {
  it('links rings to a package at packing; the package\'s verify page shows the bird\'s farm steps', async () => {
    const producerId = await myProducerId(producer);
    const products = (await producer.json<Page<Product>>('GET', `/api/v1/products?producerId=${producerId}&status=certified&pageSize=100`)).body.items;
    const live = products.find((p) => p.name.startsWith('Gà Tiên Yên sống'))!;
    const dressed = products.find((p) => p.name.startsWith('Gà Tiên Yên nguyên con'))!;
    const flock = (await producer.json<Lot>('POST', '/api/v1/lots', { productId: live.id, code: 'DAN-TEST', productionDate: '2026-07-01' })).body;
    const pack = (await producer.json<Lot>('POST', '/api/v1/lots', { productId: dressed.id, code: 'GTY-TEST', productionDate: '2026-11-27', expiryDate: '2026-12-07' })).body;
    const rings = await serialsOf(ctx(), (await issueBatch(producer, officer, { productId: live.id, quantity: 3, type: 'leg_ring', lotId: flock.id })).id);
    const packages = await serialsOf(ctx(), (await issueBatch(producer, officer, { productId: dressed.id, quantity: 3, type: 'qr_label', lotId: pack.id })).id);
    expect((await producer.json('POST', `/api/v1/lots/${flock.id}/journey`, { step: 'raising', at: '2026-07-01T07:00:00+07:00', place: { name: 'Trại thử nghiệm Đồng Rui' } })).status).toBe(201);
    const wrong = await producer.json<{ errors: { path: string }[] }>('POST', `/api/v1/lots/${pack.id}/journey`, { step: 'packing', at: '2026-11-27T08:00:00+07:00', links: [{ packageSerial: rings[0], ringSerials: [packages[0]] }] });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors.map((e) => e.path)).toEqual(['body.links.0.packageSerial', 'body.links.0.ringSerials.0']);
    const packed = await producer.json<{ stored: number }>('POST', `/api/v1/lots/${pack.id}/journey`, {
      step: 'packing', at: '2026-11-27T08:00:00+07:00', place: { name: 'Xưởng đóng gói' }, links: [{ packageSerial: packages[0], ringSerials: [rings[0]] }],
    });
    expect(packed.body.stored).toBe(2);
    const html = await verifyHtml(packages[0]!);
    expect(html).toContain('Nuôi tại trang trại – Trại thử nghiệm Đồng Rui');
    expect(html).toContain('Đóng gói – Xưởng đóng gói');
    expect(await verifyHtml(packages[1]!)).not.toContain('Trại thử nghiệm Đồng Rui');
  });

  it('the demo chicken package shows its journey from farm to shop, in both languages', async () => {
    const serial = demoJourneySerials().packages[0]!;
    const vi = await verifyHtml(serial);
    expect(vi).toContain('Tem chính hãng');
    for (const step of ['Nuôi tại trang trại – Trại gà đồi thôn Hải Lạng', 'Tiêm phòng', 'Giết mổ', 'Đóng gói', 'Chuyển đi', 'Có mặt tại điểm bán – Siêu thị Biên Mậu Móng Cái']) expect(vi).toContain(step);
    expect(vi.indexOf('Nuôi tại trang trại')).toBeLessThan(vi.indexOf('Có mặt tại điểm bán'));
    const en = await verifyHtml(serial, 'en');
    expect(en).toContain('Raised at the farm');
    expect(en).toContain('Arrived at the shop');
    const api = await fetch(`${srv.url}/api/v1/public/verify/${serial}`);
    const body = (await api.json()) as { timeline: { event: string; label?: { en: string } }[] };
    expect(body.timeline.filter((t) => t.event === 'journey').map((t) => t.label?.en)).toEqual(expect.arrayContaining(['Raised at the farm', 'Vaccinated', 'Slaughtered', 'Packed', 'Shipped']));
  });
});

describe('national portal export (Circular 02/2024/TT-BKHCN)', () => {
  type Dataset = { product: { name: string }; producer: { name: string; address: string }; lot: { code: string; expiryDate: string; traceCode: string }; productionTime: string; codes: { total: number; listed: { serial: string; uri: string }[] }; oneStepBack: { kind: string; name: string }[]; oneStepForward: { kind: string; name: string }[] };

  it('answers JSON with product, producer, production time, codes, expiry and one step back / forward', async () => {
    const res = await producer.json<Dataset>('GET', `/api/v1/lots/${lotByCode('GTY-2611').id}/national-export?format=json`);
    expect(res.status).toBe(200);
    const d = res.body;
    expect(d.product.name).toMatch(/^Gà Tiên Yên nguyên con/);
    expect(d.producer.name).toContain('HTX Gà Tiên Yên Bình Minh');
    expect(d.lot).toMatchObject({ code: 'GTY-2611', expiryDate: '2026-12-06' });
    expect(d.productionTime).toBe('2026-11-25T22:30:00.000Z');
    expect(d.codes.total).toBe(12);
    expect(d.codes.listed[0]!.uri).toBe(`${ctx().publicUrl}/s/${d.codes.listed[0]!.serial}`);
    expect(d.oneStepBack.find((l) => l.kind === 'source-lot')?.name).toContain('DAN-2606');
    expect(d.oneStepForward.map((l) => l.name).join(' ')).toContain('Siêu thị Biên Mậu Móng Cái');
  });

  it('answers CSV: a header and one row per code', async () => {
    const res = await producer.req('GET', `/api/v1/lots/${lotByCode('GTY-2611').id}/national-export?format=csv`);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('product,gtin,producer,producer_address,lot,trace_code,production_date,production_time,expiry_date,serial,code_uri,code_status,one_step_back,one_step_forward');
    expect(lines).toHaveLength(13);
    expect(lines[1]).toContain('GTY-2611');
    expect(lines[1]).toContain('Siêu thị Biên Mậu Móng Cái');
  });
});
