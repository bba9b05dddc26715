import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigitalLink, compressDigitalLink } from '../src/domain/stamps/digital-link.js';
import { type Client, clientFor } from './fixtures/registry-client.js';
import { type TestServer, startTestServer } from './helpers/server.js';
import { type Product, certifiedProduct, issueBatch, myProducerId, phoneFetch, serialsOf, unissuedSerial } from './stamps-fixtures.js';

// GS1-Conformant Resolver 1.2 behaviour over HTTP: description file, 307 to the default link
// with the query passed on, linksets (content type and shape), Link headers, walk-up, HEAD,
// OPTIONS and CORS, 400 for malformed identifiers, 404 for unknown ones, 429 for probing.

let srv: TestServer;
let officer: Client;
let producer: Client;
let product: Product;
let serial: string;
let base: string;
const LOT = 'R-2611';

beforeAll(async () => {
  srv = await startTestServer({ OCOP_TRUST_PROXY: 'true' });
  const ctx = srv.server.runtime.ctx;
  officer = await clientFor(srv.url, ctx, 'officer');
  producer = await clientFor(srv.url, ctx, 'producer');
  product = await certifiedProduct(producer, await myProducerId(producer), true);
  const lot = await producer.json<{ id: number }>('POST', '/api/v1/lots', { productId: product.id, code: LOT, productionDate: '2026-11-01' });
  const batch = await issueBatch(producer, officer, { productId: product.id, quantity: 5, type: 'qr_label', lotId: lot.body.id });
  [serial] = await serialsOf(ctx, batch.id, 1) as [string];
  base = ctx.publicUrl;
});
afterAll(async () => srv.close());

const path = (ids: { lot?: string; serial?: string }) => buildDigitalLink('', { gtin: product.gtin!, ...ids });
const get = (p: string, headers: Record<string, string> = {}, ip = '10.2.0.1') => phoneFetch(srv.url, p, ip, { headers });

describe('resolver', () => {
  it('serves /.well-known/gs1resolver', async () => {
    const res = await get('/.well-known/gs1resolver');
    expect(res.status).toBe(200);
    const body = await res.json() as Record<string, unknown>;
    expect(body).toMatchObject({ resolverRoot: base, supportedPrimaryKeys: ['01'], linkTypeDefaultCanBeLinkset: false });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('redirects 307 to the verify page with a Link header and CORS', async () => {
    const res = await get(path({ lot: LOT, serial }));
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe(`${base}/v/${serial}`);
    const link = res.headers.get('link')!;
    expect(link).toContain('rel="linkset"');
    expect(link).toContain('rel="https://ref.gs1.org/voc/verificationService"');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('vary')).toMatch(/Accept-Language/);
    const en = await get(path({ lot: LOT, serial }), { 'accept-language': 'en' });
    expect(en.headers.get('location')).toBe(`${base}/v/${serial}?lang=en`);
  });

  it('passes the query string on, without linkType, and walks up for a link type', async () => {
    const res = await get(`${path({ lot: LOT, serial })}?linkType=gs1:pip&foo=bar&17=271231`);
    expect(res.status).toBe(307);
    const location = res.headers.get('location')!;
    expect(location).toBe(`${base}/p/${product.id}?lot=${LOT}&foo=bar&17=271231`);
    const gtinOnly = await get(`${path({})}?foo=bar`);
    expect(gtinOnly.headers.get('location')).toBe(`${base}/p/${product.id}?foo=bar`);
  });

  it('answers the linkset for ?linkType=linkset and for Accept: application/linkset+json', async () => {
    for (const res of [await get(`${path({ lot: LOT, serial })}?linkType=linkset`), await get(path({ lot: LOT, serial }), { accept: 'application/linkset+json' })]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/linkset\+json/);
      expect(res.headers.get('link')).toContain('rel="linkset"');
      const body = await res.json() as { linkset: Record<string, unknown>[] };
      expect(body.linkset.map((c) => c.anchor)).toEqual([`${base}${path({ lot: LOT, serial })}`, `${base}${path({ lot: LOT })}`, `${base}${path({})}`]);
      const verify = body.linkset[0]!['https://ref.gs1.org/voc/verificationService'] as { href: string; title: string; type: string; hreflang: string[] }[];
      expect(verify).toHaveLength(2);
      for (const l of verify) expect(l).toMatchObject({ href: expect.any(String), title: expect.any(String), type: 'text/html' });
      expect(body.linkset[0]!['https://ref.gs1.org/voc/defaultLink']).toBeDefined();
      expect(body.linkset[2]!['https://ref.gs1.org/voc/pip']).toBeDefined();
    }
  });

  it('answers HEAD and OPTIONS', async () => {
    const head = await phoneFetch(srv.url, path({ lot: LOT, serial }), '10.2.0.1', { method: 'HEAD' });
    expect(head.status).toBe(307);
    expect(head.headers.get('location')).toBe(`${base}/v/${serial}`);
    const options = await phoneFetch(srv.url, path({ lot: LOT, serial }), '10.2.0.1', { method: 'OPTIONS', headers: { origin: 'https://shop.example', 'access-control-request-method': 'GET' } });
    expect(options.status).toBe(204);
    expect(options.headers.get('access-control-allow-origin')).toBe('*');
    expect(options.headers.get('access-control-allow-methods')).toContain('HEAD');
  });

  it('decompresses compressed links and names the long form as owl:sameAs', async () => {
    const compressed = compressDigitalLink('', { gtin: product.gtin!, lot: LOT, serial });
    const res = await get(compressed);
    expect(res.status).toBe(307);
    expect(res.headers.get('link')).toContain(`<${base}${path({ lot: LOT, serial })}>; rel="owl:sameAs"`);
  });

  it('answers 400 problems for malformed identifiers', async () => {
    const gtin = product.gtin!;
    const wrongCheck = `${gtin.slice(0, 13)}${(Number(gtin.slice(13)) + 1) % 10}`;
    const cases: [string, string][] = [
      [`/01/${wrongCheck}/21/${serial}`, 'check-digit'],
      [`/01/${gtin}/21/${serial}/10/${LOT}`, 'qualifier-order'],
      [`/01/${gtin}/10/A%20B`, 'bad-characters'],
      [`/01/${gtin}/89/XYZ`, 'unknown-ai'],
      ['/s/NOT-A-SERIAL', 'bad-serial'],
    ];
    for (const [p, code] of cases) {
      const res = await get(p);
      expect(res.status, p).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      expect((await res.json() as { type: string }).type).toBe(`/problems/digital-link/${code}`);
    }
    const html = await get(`/01/${wrongCheck}`, { accept: 'text/html' });
    expect(html.status).toBe(400);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('answers 404 for an unknown GTIN; an unknown serial of a known GTIN goes to the verify page', async () => {
    expect((await get('/01/09506000134352/21/ABC')).status).toBe(404);
    const unknown = unissuedSerial(7);
    const res = await get(path({ serial: unknown }));
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe(`${base}/v/${unknown}`);
    expect((await get(`/s/${unknown}`)).status).toBe(404);
  });

  it('resolves the short form /s/{serial} for a product without a GTIN', async () => {
    const plain = await certifiedProduct(producer, await myProducerId(producer), false);
    const batch = await issueBatch(producer, officer, { productId: plain.id, quantity: 3, type: 'qr_label' });
    const [s] = await serialsOf(srv.server.runtime.ctx, batch.id, 1);
    const res = await get(`/s/${s!.toLowerCase()}`);
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe(`${base}/v/${s}`);
    const linkset = await get(`/s/${s}?linkType=linkset`);
    expect((await linkset.json() as { linkset: { anchor: string }[] }).linkset[0]!.anchor).toBe(`${base}/s/${s}`);
  });

  it('limits failed lookups per client (429) and raises an office alert for serial probing', async () => {
    const ip = '10.2.9.9';
    let last = 0;
    for (let i = 0; i < 61; i += 1) last = (await get(`/s/${unissuedSerial(100 + i)}`, {}, ip)).status;
    expect(last).toBe(429);
    expect((await get(`/s/${unissuedSerial(300)}`, {}, '10.2.9.10')).status).toBe(404);
    await srv.server.stamps.scans.flush();
    const alerts = await officer.json<{ items: { kind: string; producerId: number | null; count: number }[] }>('GET', '/api/v1/alerts?kind=serial-probing');
    expect(alerts.body.items).toHaveLength(1);
    expect(alerts.body.items[0]).toMatchObject({ producerId: null });
    expect(alerts.body.items[0]!.count).toBeGreaterThan(40);
    expect((await producer.json<{ items: unknown[] }>('GET', '/api/v1/alerts?kind=serial-probing')).body.items).toHaveLength(0);
  });
});
