import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamDay } from '../src/domain/scoring/library.js';
import { type TestServer, startTestServer } from './helpers/server.js';

// The public open-data API on both engines: content equals the certificates in the database,
// no personal data, pagination links, the CSV (BOM, parses, same rows), ETag / Last-Modified.

type Item = {
  productId: number; name: { vi: string; en: string | null }; producer: { name: string; type: string }; unit: { id: string; name: string };
  currentUnits: { id: string; name: string }[]; productSet: { number: number; name: { vi: string } }; star: number; certificateNumber: string;
  validFrom: string; validTo: string; status: string;
};
type PageBody = { data: Item[]; meta: { page: number; perPage: number; total: number; totalPages: number }; links: { next: string | null; prev: string | null; csv: string } };

let srv: TestServer;
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${srv.url}${path}`, { headers });

beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(async () => srv.close());

async function validCertificates() {
  const today = vietnamDay(new Date());
  const rows = await srv.server.runtime.ctx.db.selectFrom('certificate').selectAll()
    .where('superseded_by', 'is', null).where('issued_on', '<=', today).where('expires_on', '>=', today).where('revoked_on', 'is', null).execute();
  return new Map(rows.map((r) => [r.number, r]));
}

async function allPages(query = ''): Promise<Item[]> {
  const items: Item[] = [];
  let next: string | null = `/api/v1/open-data/products?perPage=100${query}`;
  while (next !== null) {
    const res = await get(next);
    expect(res.status).toBe(200);
    const page = (await res.json()) as PageBody;
    items.push(...page.data);
    next = page.links.next === null ? null : new URL(page.links.next).pathname + new URL(page.links.next).search;
  }
  return items;
}

/** RFC 4180 parser: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r') continue;
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else field += c;
  }
  return rows;
}

describe('open data: certified products', () => {
  it('lists exactly the certificates in force, with their numbers, stars and validity, without signing in', async () => {
    const expected = await validCertificates();
    const items = await allPages();
    expect(items.length).toBe(expected.size);
    expect(new Set(items.map((i) => i.certificateNumber)).size).toBe(items.length);
    for (const item of items) {
      const cert = expected.get(item.certificateNumber);
      expect(cert, item.certificateNumber).toBeDefined();
      expect(item).toMatchObject({ productId: cert?.product_id, star: cert?.star, validFrom: cert?.issued_on, validTo: cert?.expires_on, status: 'valid', unit: { id: cert?.unit_id } });
    }
  });

  it('carries no personal data', async () => {
    const db = srv.server.runtime.ctx.db;
    const producers = await db.selectFrom('producer').select(['name', 'phone', 'email', 'representative', 'tax_code', 'registration_no']).execute();
    const text = await (await get('/api/v1/open-data/products?perPage=500')).text();
    const csv = await (await get('/api/v1/open-data/products.csv')).text();
    for (const key of ['phone', 'email', 'representative', 'taxCode', 'tax_code', 'address']) {
      expect(text).not.toContain(`"${key}"`);
      expect(csv.split('\n')[0]).not.toContain(key);
    }
    for (const p of producers) {
      // A household business is registered under its owner's name: that name is public (it is on
      // the certificate), so the representative only counts when the trade name does not carry it.
      const representative = p.representative !== null && producers.some((q) => q.name.includes(p.representative ?? '')) ? null : p.representative;
      for (const value of [p.phone, p.email, representative, p.tax_code, p.registration_no]) {
        if (value !== null && value !== '') {
          expect(text).not.toContain(value);
          expect(csv).not.toContain(value);
        }
      }
    }
  });

  it('paginates with links and filters by star, unit and product set', async () => {
    const first = (await (await get('/api/v1/open-data/products?perPage=10')).json()) as PageBody;
    expect(first.meta).toMatchObject({ page: 1, perPage: 10 });
    expect(first.meta.totalPages).toBe(Math.ceil(first.meta.total / 10));
    expect(first.links.prev).toBeNull();
    expect(first.links.next).toContain('page=2');
    const second = (await (await get('/api/v1/open-data/products?perPage=10&page=2')).json()) as PageBody;
    expect(second.data.map((i) => i.certificateNumber)).not.toContain(first.data[0]?.certificateNumber);
    const last = (await (await get(`/api/v1/open-data/products?perPage=10&page=${first.meta.totalPages}`)).json()) as PageBody;
    expect(last.links.next).toBeNull();
    const fives = await allPages('&star=5');
    expect(fives.length).toBeGreaterThan(0);
    expect(fives.every((i) => i.star === 5)).toBe(true);
    const tienYen = await allPages('&unit=new-06862');
    expect(tienYen.length).toBeGreaterThan(0);
    expect(tienYen.every((i) => i.currentUnits.some((u) => u.id === 'new-06862'))).toBe(true);
    const set = tienYen[0]?.productSet.number ?? 1;
    expect((await allPages(`&set=${set}`)).every((i) => i.productSet.number === set)).toBe(true);
    expect((await get('/api/v1/open-data/products?star=9')).status).toBe(400);
  });

  it('names today\'s unit for records made under a pre-2025 unit', async () => {
    const all = await allPages('&status=all');
    const old = all.find((i) => !i.unit.id.startsWith('new-'));
    if (old !== undefined) expect(old.currentUnits.every((u) => u.id.startsWith('new-'))).toBe(true);
    expect(all.length).toBeGreaterThanOrEqual((await validCertificates()).size);
  });

  it('serves every row as CSV with a BOM, parsable, matching the JSON', async () => {
    const res = await get('/api/v1/open-data/products.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
    const [header, ...data] = rows;
    expect(header?.slice(0, 3)).toEqual(['product_id', 'product_name_vi', 'product_name_en']);
    const json = await allPages();
    expect(data.length).toBe(json.length);
    const numberAt = header?.indexOf('certificate_number') ?? -1;
    const nameAt = header?.indexOf('product_name_vi') ?? -1;
    const byNumber = new Map(json.map((i) => [i.certificateNumber, i]));
    for (const row of data) expect(row[nameAt]).toBe(byNumber.get(row[numberAt] ?? '')?.name.vi);
    expect(data.every((r) => r.length === header?.length)).toBe(true);
  });

  it('answers 304 to a matching ETag or an unchanged Last-Modified, and changes the ETag when data changes', async () => {
    const path = '/api/v1/open-data/products?perPage=5';
    const res = await get(path);
    const etag = res.headers.get('etag') ?? '';
    const lastModified = res.headers.get('last-modified') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(Date.parse(lastModified)).not.toBeNaN();
    const again = await get(path, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await get(path, { 'if-modified-since': lastModified })).status).toBe(304);
    expect((await get(path, { 'if-none-match': '"other"' })).status).toBe(200);
    const csv = await get('/api/v1/open-data/products.csv');
    expect(csv.headers.get('etag')).not.toBe(etag);
    expect((await get('/api/v1/open-data/products.csv', { 'if-none-match': csv.headers.get('etag') ?? '' })).status).toBe(304);
    const db = srv.server.runtime.ctx.db;
    const later = new Date(Date.now() + 60_000).toISOString();
    const listed = ((await res.json()) as PageBody).data[0];
    await db.updateTable('product').set({ updated_at: later }).where('id', '=', listed?.productId ?? 0).execute();
    const changed = await get(path, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('is documented in the OpenAPI document', async () => {
    const doc = (await (await get('/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/open-data/products', '/api/v1/open-data/products.csv', '/api/v1/reports', '/api/v1/reports/missing']));
  });

  // Last: it spends this client's allowance for the minute.
  it('is rate-limited like the other public routes', async () => {
    let status = 200;
    let retryAfter: string | null = null;
    for (let i = 0; i < 130 && status !== 429; i += 1) {
      const res = await get('/api/v1/open-data/products?perPage=1');
      status = res.status;
      retryAfter = res.headers.get('retry-after');
      await res.arrayBuffer();
    }
    expect(status).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
