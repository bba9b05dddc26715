import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../src/db/schema.js';
import { foldForSearch } from '../src/domain/text.js';
import { type TestServer, startTestServer } from './helpers/server.js';

// The public catalogue over the demo data: search, filters, pages, structured data, escaping,
// English, 404s, caching, sitemap. Expected counts are computed with direct SQL.

let srv: TestServer;
let db: Kysely<DB>;

beforeAll(async () => {
  srv = await startTestServer();
  db = srv.server.runtime.ctx.db;
});
afterAll(async () => srv?.close());

async function page(path: string, headers: Record<string, string> = {}): Promise<{ status: number; html: string; res: Response }> {
  const res = await fetch(`${srv.url}${path}`, { headers });
  return { status: res.status, html: await res.text(), res };
}

function shownCount(html: string): number {
  const m = /<p class="count" role="status">([\d.,]+)/.exec(html);
  return Number((m?.[1] ?? '-1').replace(/[.,]/g, ''));
}

function productIds(html: string): number[] {
  return [...html.matchAll(/<a class="item" href="\/catalogue\/products\/(\d+)/g)].map((m) => Number(m[1]));
}

async function listedCount(where: (q: ReturnType<typeof listedQuery>) => ReturnType<typeof listedQuery> = (q) => q): Promise<number> {
  const r = await where(listedQuery()).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

function listedQuery() {
  return db.selectFrom('product').innerJoin('producer', 'producer.id', 'product.producer_id').where('product.status', 'in', ['certified', 'expired']);
}

function jsonLdOf(html: string): Record<string, unknown> {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  expect(m, 'JSON-LD block').not.toBeNull();
  return JSON.parse(m?.[1] ?? '{}') as Record<string, unknown>;
}

describe('catalogue home and search', () => {
  it('lists every listed product, indexable, cached publicly with an ETag, in Vietnamese by default', async () => {
    const { status, html, res } = await page('/catalogue');
    expect(status).toBe(200);
    expect(shownCount(html)).toBe(await listedCount());
    expect(productIds(html)).toHaveLength(20);
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toContain('noindex');
    expect(html).toContain(`<link rel="alternate" hreflang="en" href="${srv.url}/catalogue?lang=en">`);
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    const etag = res.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await fetch(`${srv.url}/catalogue`, { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('finds "chè" with or without diacritics, and "ha long" finds "Hạ Long"', async () => {
    const withMarks = await page(`/catalogue?q=${encodeURIComponent('Chè')}`);
    const without = await page('/catalogue?q=che');
    const expected = await listedCount((q) => q.where((eb) => eb.or([eb('product.name_folded', 'like', '%che%'), eb('producer.name_folded', 'like', '%che%'), eb('product.name_en', 'like', '%che%')])));
    expect(shownCount(withMarks.html)).toBe(expected);
    expect(shownCount(without.html)).toBe(expected);
    expect(withMarks.html).toContain('Chè xanh Hải Hà');
    const haLong = await page('/catalogue?q=ha+long');
    expect(shownCount(haLong.html)).toBeGreaterThan(0);
    expect(haLong.html).toContain('Hạ Long');
    expect(shownCount((await page(`/catalogue?q=${encodeURIComponent('HẠ   LONG')}`)).html)).toBe(shownCount(haLong.html));
    expect((await page('/catalogue?q=zzzzqqq')).html).toContain('Không tìm thấy sản phẩm');
  });

  it('filters by star, product set, producer type and commune (old units resolve to their new commune)', async () => {
    expect(shownCount((await page('/catalogue?star=5')).html)).toBe(await listedCount((q) => q.where('product.star', '=', 5)));
    expect(shownCount((await page('/catalogue?set=2')).html)).toBe(await listedCount((q) => q.where('product.set_number', '=', 2)));
    expect(shownCount((await page('/catalogue?type=household')).html)).toBe(await listedCount((q) => q.where('producer.type', '=', 'household')));
    const combined = await page('/catalogue?star=4&type=cooperative');
    expect(shownCount(combined.html)).toBe(await listedCount((q) => q.where('product.star', '=', 4).where('producer.type', '=', 'cooperative')));
    expect(combined.html).toContain('<details open>');
    // A producer still filed under a pre-2025 unit of Xã Tiên Yên is found under Xã Tiên Yên.
    const before = shownCount((await page('/catalogue?unit=new-06862')).html);
    const old = await db.selectFrom('unit_succession').select('from_id').where('to_id', '=', 'new-06862').where('from_id', 'like', 'old-%').where('partial', '=', 0).executeTakeFirstOrThrow();
    const moved = await db.selectFrom('producer').innerJoin('product', 'product.producer_id', 'producer.id').select(['producer.id', 'producer.unit_id', 'product.id as productId'])
      .where('producer.unit_id', '=', 'new-06688').where('product.status', '=', 'certified').executeTakeFirstOrThrow();
    const movedCount = await listedCount((q) => q.where('producer.id', '=', moved.id));
    await db.updateTable('producer').set({ unit_id: old.from_id }).where('id', '=', moved.id).execute();
    try {
      const after = await page('/catalogue?unit=new-06862');
      expect(shownCount(after.html)).toBe(before + movedCount);
      const product = await page(`/catalogue/products/${moved.productId}`);
      expect(product.html).toContain('Xã Tiên Yên');
    } finally {
      await db.updateTable('producer').set({ unit_id: moved.unit_id }).where('id', '=', moved.id).execute();
    }
    // Values typed by hand that mean nothing are ignored, not errors.
    expect(shownCount((await page('/catalogue?star=9&type=robot&set=abc')).html)).toBe(await listedCount());
  });

  it('pages with plain links that keep the query and the language', async () => {
    const first = await page('/catalogue?star=3');
    const second = await page('/catalogue?star=3&page=2');
    expect(productIds(second.html)).toHaveLength(20);
    expect(productIds(second.html).some((id) => productIds(first.html).includes(id))).toBe(false);
    expect(first.html).toContain('href="/catalogue?star=3&amp;page=2" rel="next"');
    expect(second.html).toContain('href="/catalogue?star=3" rel="prev"');
    const en = await page('/catalogue?star=3&page=2&lang=en');
    expect(en.html).toContain('href="/catalogue?star=3&amp;page=3&amp;lang=en" rel="next"');
    expect(en.html).toContain('noindex,follow');
  });
});

describe('product and producer pages', () => {
  it('shows photos slot, stars, producer, certificate, where to buy, fairs and a schema.org Product', async () => {
    const fair = await db.selectFrom('fair_product').innerJoin('fair', 'fair.id', 'fair_product.fair_id').innerJoin('product', 'product.id', 'fair_product.product_id')
      .select(['product.id', 'product.name', 'product.star', 'product.price_vnd', 'fair.name_vi']).where('fair.ends_on', '>=', new Date().toISOString().slice(0, 10)).orderBy('fair.starts_on').executeTakeFirstOrThrow();
    const cert = await db.selectFrom('certificate').select(['number']).where('product_id', '=', fair.id).orderBy('id', 'desc').executeTakeFirst();
    const points = await db.selectFrom('product_sales_point').select('name').where('product_id', '=', fair.id).execute();
    const { status, html } = await page(`/catalogue/products/${fair.id}`);
    expect(status).toBe(200);
    expect(html).toContain(fair.name.replace(/&/g, '&amp;'));
    expect(html).toContain(fair.name_vi);
    for (const p of points) expect(html).toContain(p.name.replace(/&/g, '&amp;'));
    if (cert !== undefined) expect(html).toContain(`href="/certificates/${encodeURIComponent(cert.number)}"`);
    expect(html).toContain('Còn hiệu lực');
    const ld = jsonLdOf(html);
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Product', name: fair.name, brand: { '@type': 'Organization' }, manufacturer: { '@type': 'Organization' } });
    expect(ld.additionalProperty).toContainEqual(expect.objectContaining({ name: 'OCOP star rating', value: fair.star }));
    if (cert !== undefined) expect(ld.additionalProperty).toContainEqual(expect.objectContaining({ name: 'OCOP certificate', value: cert.number, description: 'valid' }));
    if (fair.price_vnd !== null) expect(ld.offers).toMatchObject({ '@type': 'Offer', price: Number(fair.price_vnd), priceCurrency: 'VND' });
  });

  it('says clearly when a certificate has expired, and keeps the product listed with a badge', async () => {
    const p = await db.selectFrom('product').select(['id', 'name']).where('status', '=', 'certified').orderBy('id', 'desc').executeTakeFirstOrThrow();
    await db.updateTable('product').set({ status: 'expired' }).where('id', '=', p.id).execute();
    try {
      const { html } = await page(`/catalogue/products/${p.id}`);
      expect(html).toContain('Hết hiệu lực');
      expect(html).toContain('đã hết hiệu lực');
      expect(jsonLdOf(html).additionalProperty).toContainEqual(expect.objectContaining({ name: 'OCOP star rating' }));
      const search = await page(`/catalogue?q=${encodeURIComponent(p.name)}`);
      expect(search.html).toContain('Chứng nhận hết hiệu lực');
    } finally {
      await db.updateTable('product').set({ status: 'certified' }).where('id', '=', p.id).execute();
    }
  });

  it('shows a producer with its certified products and no personal contact details', async () => {
    const producer = await db.selectFrom('producer').select(['id', 'name', 'phone', 'email', 'address', 'representative']).where('name', 'like', 'HTX Gà Tiên Yên%').executeTakeFirstOrThrow();
    const { status, html } = await page(`/catalogue/producers/${producer.id}`);
    expect(status).toBe(200);
    expect(html).toContain(producer.name);
    expect(html).toContain('Hợp tác xã');
    expect(productIds(html).length).toBe(await listedCount((q) => q.where('producer.id', '=', producer.id)));
    for (const secret of [producer.phone, producer.email, producer.representative]) if (secret !== null) expect(html).not.toContain(secret);
  });
});

describe('what never leaks', () => {
  it('never lists or shows products that are not rated, nor producers without listed products', async () => {
    const draft = await db.selectFrom('product').select(['id', 'name', 'producer_id']).where('status', '=', 'developing').executeTakeFirstOrThrow();
    const res = await page(`/catalogue/products/${draft.id}`);
    expect(res.status).toBe(404);
    expect(res.res.headers.get('content-type')).toContain('text/html');
    expect(res.html).toContain('Không tìm thấy trang');
    expect(productIds((await page(`/catalogue?q=${encodeURIComponent(draft.name)}`)).html)).not.toContain(draft.id);
    const sitemap = await (await fetch(`${srv.url}/sitemap.xml`)).text();
    expect(sitemap).not.toContain(`/catalogue/products/${draft.id}<`);
    const lonely = await db.selectFrom('producer').select('id')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('product').select('product.id').whereRef('product.producer_id', '=', 'producer.id').where('product.status', 'in', ['certified', 'expired']))))
      .executeTakeFirst();
    if (lonely !== undefined) expect((await page(`/catalogue/producers/${lonely.id}`)).status).toBe(404);
  });

  it('escapes HTML and script in a product name, in the page and inside JSON-LD', async () => {
    const p = await db.selectFrom('product').select(['id', 'name', 'name_folded']).where('status', '=', 'certified').orderBy('id').executeTakeFirstOrThrow();
    const evil = '<script>alert(1)</script></script><img src=x onerror=alert(2)> Chè "độc"';
    await db.updateTable('product').set({ name: evil, name_folded: foldForSearch(evil) }).where('id', '=', p.id).execute();
    try {
      for (const path of [`/catalogue/products/${p.id}`, `/catalogue?q=${encodeURIComponent('alert(1)')}`]) {
        const { html } = await page(path);
        expect(html).not.toContain('<script>alert');
        expect(html).not.toContain('<img src=x');
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      }
      const ld = jsonLdOf((await page(`/catalogue/products/${p.id}`)).html);
      expect(ld.name).toBe(evil);
    } finally {
      await db.updateTable('product').set({ name: p.name, name_folded: p.name_folded }).where('id', '=', p.id).execute();
    }
  });

  it('answers unknown ids and paths with an HTML 404 page', async () => {
    for (const path of ['/catalogue/products/987654321', '/catalogue/products/abc', '/catalogue/producers/987654321', '/catalogue/nothing-here?lang=en']) {
      const res = await page(path);
      expect(res.status, path).toBe(404);
      expect(res.res.headers.get('content-type'), path).toContain('text/html');
      expect(res.html, path).toContain('noindex');
    }
    expect((await page('/catalogue/nothing-here?lang=en')).html).toContain('Page not found');
  });
});

describe('English, fairs, sitemap', () => {
  it('serves English with ?lang=en, English names and links that stay in English', async () => {
    const p = await db.selectFrom('product').select(['id', 'name_en']).where('status', '=', 'certified').where('name_en', 'is not', null).orderBy('id').executeTakeFirstOrThrow();
    const { html } = await page(`/catalogue/products/${p.id}?lang=en`);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain((p.name_en ?? '').replace(/&/g, '&amp;'));
    expect(html).toContain('OCOP certificate');
    expect(html).toMatch(/href="\/catalogue\/producers\/\d+\?lang=en"/);
    expect(html).toContain(`<link rel="canonical" href="${srv.url}/catalogue/products/${p.id}?lang=en">`);
    expect(html).toContain(`hreflang="vi" href="${srv.url}/catalogue/products/${p.id}"`);
    const home = await page('/catalogue?lang=en');
    expect(home.html).toContain('Search products or producers');
    expect(home.html).toContain('<input type="hidden" name="lang" value="en">');
  });

  it('lists upcoming and past fairs with their products', async () => {
    const { status, html } = await page('/catalogue/fairs');
    expect(status).toBe(200);
    expect(html).toContain('Hội chợ OCOP Quảng Ninh – Giáng sinh và Năm mới');
    expect(html).toContain('Đã diễn ra');
    expect(html).toMatch(/href="\/catalogue\/products\/\d+"/);
    expect((await page('/catalogue/fairs?lang=en')).html).toContain('Quảng Ninh OCOP Christmas and New Year fair');
  });

  it('publishes a sitemap of every listed product and producer in both languages, and robots.txt', async () => {
    const res = await fetch(`${srv.url}/sitemap.xml`);
    expect(res.headers.get('content-type')).toContain('application/xml');
    const xml = await res.text();
    const products = (xml.match(/<loc>[^<]*\/catalogue\/products\/\d+<\/loc>/g) ?? []).length;
    expect(products).toBe(await listedCount());
    expect(xml).toContain(`<loc>${srv.url}/catalogue?lang=en</loc>`);
    expect(xml).toContain('hreflang="en"');
    const robots = await (await fetch(`${srv.url}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${srv.url}/sitemap.xml`);
    expect(robots).toContain('Disallow: /api/');
  });
});
