import { readdirSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, clientFor } from '../fixtures/registry-client.js';
import { workbook } from '../fixtures/workbook.js';
import { type TestServer, startTestServer } from '../helpers/server.js';
import { rowCounts } from './hostile-payloads.js';

// Uploads (product images, dossier evidence, register workbooks) and the escaping of stored text
// where the public sees it: type from magic bytes, size limits, client file names never used as
// paths, zip bombs refused before the workbook is parsed, and a script-laden product name shown
// as text on the verify, certificate and catalogue pages and inside the PDFs.

const XSS = `<script>alert("ocop")</script><img src=x onerror=alert(1)>"'&`;
let srv: TestServer;
let producer: Client;
let admin: Client;
let productId: number;
let jpeg: Buffer;

beforeAll(async () => {
  srv = await startTestServer();
  const ctx = srv.server.runtime.ctx;
  producer = await clientFor(srv.url, ctx, 'producer');
  admin = await clientFor(srv.url, ctx, 'admin');
  const me = await producer.json<{ user: { producerId: number } }>('GET', '/api/v1/auth/me');
  productId = (await ctx.db.selectFrom('product').select('id').where('producer_id', '=', me.body.user.producerId).where('status', '=', 'certified').orderBy('id').executeTakeFirstOrThrow()).id;
  jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#396' } }).jpeg().toBuffer();
});
afterAll(async () => srv?.close());

/** A zip with one stored-as-deflate entry whose directory claims `declared` bytes. */
function zipWith(name: string, data: Buffer, declared = data.length): Buffer {
  const packed = deflateRawSync(data);
  const file = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(declared, 22); local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(declared, 24); central.writeUInt16LE(file.length, 28);
  const body = Buffer.concat([local, file, packed]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + file.length, 12); end.writeUInt32LE(body.length, 16);
  return Buffer.concat([body, central, file, end]);
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('uploads', () => {
  it('sniffs images: HTML named .jpg, SVG and a PDF are refused; a real JPEG under a traversal name is stored under its own key', async () => {
    for (const [bytes, name, type] of [
      [Buffer.from('<html><script>alert(1)</script></html>'), 'anh.jpg', 'image/jpeg'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'logo.svg', 'image/svg+xml'],
      [Buffer.from('%PDF-1.4\n%%EOF\n'), 'x.png', 'image/png'],
    ] as const) {
      const res = await producer.upload(`/api/v1/products/${productId}/images`, bytes, name, type);
      expect([415, 422], `${name}: ${res.status}`).toContain(res.status);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    }
    const res = await producer.upload(`/api/v1/products/${productId}/images`, jpeg, '../../../../etc/passwd.jpg', 'image/jpeg');
    expect(res.status).toBe(201);
    expect(await res.text()).not.toContain('passwd');
    const stored = readdirSync(srv.server.runtime.ctx.filesDir, { recursive: true }).map(String);
    expect(stored.some((f) => f.includes('passwd') || f.includes('..'))).toBe(false);
  });

  it('refuses an image over its size limit with 413 and a workbook that is not a zip with a 4xx', async () => {
    const big = Buffer.concat([jpeg.subarray(0, 4), Buffer.alloc(9 * 1024 * 1024, 1)]);
    const res = await producer.upload(`/api/v1/products/${productId}/images`, big, 'big.jpg', 'image/jpeg');
    expect(res.status).toBe(413);
    const html = await admin.upload('/api/v1/registry/import?mode=dry-run', Buffer.from('<html>not a workbook</html>'), 'so.xlsx', XLSX);
    expect(html.status).toBeGreaterThanOrEqual(400);
    expect(html.status).toBeLessThan(500);
  });

  it('refuses zip bombs in a workbook (declared size, ratio, an entry inflating past what it declares) without parsing them', async () => {
    const before = await rowCounts(srv.server.runtime.ctx);
    const zeros = Buffer.alloc(40 * 1024 * 1024);
    const bombs = {
      declared: zipWith('xl/worksheets/sheet1.xml', Buffer.from('<x/>'), 200 * 1024 * 1024),
      ratio: zipWith('xl/worksheets/sheet1.xml', zeros),
      lying: zipWith('xl/worksheets/sheet1.xml', zeros, 1024),
    };
    for (const [name, bytes] of Object.entries(bombs)) {
      const started = Date.now();
      const res = await admin.upload('/api/v1/registry/import?mode=all', bytes, `${name}.xlsx`, XLSX);
      expect([413, 422], `${name}: ${res.status} ${await res.clone().text()}`).toContain(res.status);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
      expect(Date.now() - started, name).toBeLessThan(10_000);
    }
    expect(await rowCounts(srv.server.runtime.ctx)).toEqual(before);
  });

  it('stores workbook text with NUL and markup without a 5xx', async () => {
    const bytes = await workbook({ producers: [{ name: `HTX ${XSS}\u0000`, type: 'cooperative', taxCode: '5701901019', unitId: 'new-06862', address: '\u202Eđịa chỉ' }] });
    const res = await admin.upload('/api/v1/registry/import?mode=all', bytes, 'so.xlsx', XLSX);
    expect(res.status, await res.clone().text()).toBeLessThan(500);
  });
});

describe('stored text is escaped where rendered', () => {
  it('shows a script-laden product and producer name as text on the verify, certificate and catalogue pages', async () => {
    const ctx = srv.server.runtime.ctx;
    const patched = await producer.json('PATCH', `/api/v1/products/${productId}`, { name: XSS });
    expect(patched.status).toBe(200);
    const cert = await ctx.db.selectFrom('certificate').select(['id', 'number', 'product_id']).where('product_id', '=', productId).orderBy('id').executeTakeFirst()
      ?? await ctx.db.selectFrom('certificate').select(['id', 'number', 'product_id']).orderBy('id').executeTakeFirstOrThrow();
    // A certificate freezes the names at issue: give one the hostile text as if issued so.
    await ctx.db.updateTable('certificate').set({ product_name: XSS, producer_name: XSS }).where('id', '=', cert.id).execute();
    const stamp = await ctx.db.selectFrom('stamp').innerJoin('stamp_batch', 'stamp_batch.id', 'stamp.batch_id').select('stamp.serial').where('stamp_batch.product_id', '=', productId).executeTakeFirst();
    const pages = [`/certificates/${cert.number}`, `/catalogue/products/${productId}`, '/catalogue?q=script'];
    if (stamp !== undefined) pages.push(`/v/${stamp.serial}`);
    let checked = 0;
    for (const path of pages) {
      const res = await fetch(`${srv.url}${path}`);
      if (res.status === 404 && path.startsWith('/catalogue')) continue; // no public catalogue in this build
      const html = await res.text();
      expect(res.status, path).toBeLessThan(500);
      expect(html, path).not.toContain('<script>alert("ocop")');
      expect(html, path).not.toContain('<img src=x onerror');
      if (res.status === 200 && (path.startsWith('/certificates') || path.startsWith('/v/'))) {
        expect(html, path).toContain('&lt;script&gt;');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(stamp === undefined ? 1 : 2);
  });

  it('renders the label sheet and certificate PDFs of a script-laden product without failing', async () => {
    const ctx = srv.server.runtime.ctx;
    const batch = await ctx.db.selectFrom('stamp_batch').select('id').where('product_id', '=', productId).where('status', '=', 'issued').executeTakeFirst();
    const cert = await ctx.db.selectFrom('certificate').select('id').where('product_id', '=', productId).executeTakeFirst();
    const pdfs = [batch === undefined ? undefined : `/api/v1/stamp-batches/${batch.id}/labels.pdf?layout=a4-3x8`, cert === undefined ? undefined : `/api/v1/certificates/${cert.id}/pdf`].filter((p): p is string => p !== undefined);
    expect(pdfs.length).toBeGreaterThan(0);
    for (const path of pdfs) {
      const res = await producer.req('GET', path);
      expect(res.status, path).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 5).toString('latin1'), path).toBe('%PDF-');
      expect(bytes.includes(Buffer.from('/JavaScript')), path).toBe(false);
    }
  });
});
