import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, clientFor } from './fixtures/registry-client.js';
import { type TestServer, startTestServer } from './helpers/server.js';

// Object-level authorization on products, their images and certificates, and the image upload
// checks: size, type by magic bytes, client file names ignored, decompression bombs refused.

type Product = { id: number; images: { id: number; url: string; thumbnails: Record<string, string> }[] };

let srv: TestServer;
const c: Record<string, Client> = {};
let productA: Product;
let productB: Product;
let imageA: number;
let jpeg: Buffer;

const producerIdOf = async (client: Client) => (await client.json<{ user: { producerId: number } }>('GET', '/api/v1/auth/me')).body.user.producerId;

beforeAll(async () => {
  srv = await startTestServer();
  for (const u of ['officer', 'commune', 'producer', 'producer2', 'council1']) c[u] = await clientFor(srv.url, srv.server.runtime.ctx, u);
  jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 200, g: 120, b: 40 } } }).jpeg().toBuffer();
  productA = (await c.producer!.json<Product>('POST', '/api/v1/products', { producerId: await producerIdOf(c.producer!), name: 'Gà ủ muối', setNumber: 5 })).body;
  productB = (await c.producer2!.json<Product>('POST', '/api/v1/products', { producerId: await producerIdOf(c.producer2!), name: 'Trà hoa vàng hộp quà', setNumber: 9 })).body;
  const upload = await c.producer!.upload(`/api/v1/products/${productA.id}/images`, jpeg, 'photo.jpg', 'image/jpeg');
  imageA = ((await upload.json()) as { id: number }).id;
});
afterAll(async () => srv.close());

describe('products are scoped like their producers', () => {
  it("a producer member cannot read, change or delete another producer's product", async () => {
    const b = `/api/v1/products/${productB.id}`;
    expect((await c.producer!.req('GET', b)).status).toBe(404);
    expect((await c.producer!.req('PATCH', b, { name: 'Hijacked' })).status).toBe(404);
    expect((await c.producer!.req('PATCH', b, { certificates: [{ kind: 'other' }] })).status).toBe(404);
    expect((await c.producer!.req('DELETE', b)).status).toBe(404);
    expect((await c.producer2!.json<{ name: string }>('GET', b)).body.name).toBe('Trà hoa vàng hộp quà');
  });

  it("cannot create products for another producer, nor see its images", async () => {
    const other = await producerIdOf(c.producer2!);
    expect((await c.producer!.req('POST', '/api/v1/products', { producerId: other, name: 'Xâm nhập', setNumber: 1 })).status).toBe(422);
    const img = `/api/v1/products/${productA.id}/images/${imageA}`;
    expect((await c.producer2!.req('GET', img)).status).toBe(404);
    expect((await c.producer2!.req('GET', `${img}/320`)).status).toBe(404);
    expect((await c.producer2!.req('DELETE', img)).status).toBe(404);
    expect((await c.producer2!.upload(`/api/v1/products/${productA.id}/images`, jpeg, 'x.jpg', 'image/jpeg')).status).toBe(404);
    // an image id of product A under product B's URL is not found either
    expect((await c.producer2!.req('GET', `/api/v1/products/${productB.id}/images/${imageA}`)).status).toBe(404);
  });

  it('lists only products of producers in scope', async () => {
    // Narrowed by name: the demo register holds hundreds of products.
    const ids = async (client: Client) => (await client.json<{ items: { id: number }[] }>('GET', `/api/v1/products?pageSize=200&q=${encodeURIComponent('hop qua')}`)).body.items.map((p) => p.id).concat((await client.json<{ items: { id: number }[] }>('GET', `/api/v1/products?pageSize=200&q=${encodeURIComponent('ga u muoi')}`)).body.items.map((p) => p.id));
    expect(await ids(c.producer!)).toContain(productA.id);
    expect(await ids(c.producer!)).not.toContain(productB.id);
    expect(await ids(c.commune!)).toContain(productA.id);
    expect(await ids(c.commune!)).not.toContain(productB.id);
    expect(await ids(c.council1!)).toEqual(expect.arrayContaining([productA.id, productB.id]));
  });

  it('a commune officer works only inside the commune; council members only read', async () => {
    expect((await c.commune!.req('GET', `/api/v1/products/${productB.id}`)).status).toBe(404);
    expect((await c.commune!.req('PATCH', `/api/v1/products/${productB.id}`, { nameEn: 'x' })).status).toBe(404);
    expect((await c.commune!.req('PATCH', `/api/v1/products/${productA.id}`, { nameEn: 'Salted chicken' })).status).toBe(200);
    expect((await c.council1!.req('GET', `/api/v1/products/${productB.id}`)).status).toBe(200);
    expect((await c.council1!.req('PATCH', `/api/v1/products/${productB.id}`, { nameEn: 'x' })).status).toBe(403);
    expect((await c.council1!.req('DELETE', `/api/v1/products/${productB.id}`)).status).toBe(403);
  });

  it('exports are scoped too', async () => {
    const csv = await (await c.producer!.req('GET', '/api/v1/products.csv')).text();
    expect(csv).toContain('Gà ủ muối');
    expect(csv).not.toContain('Trà hoa vàng hộp quà');
  });
});

describe('product images', () => {
  const imagesDir = () => join(srv.server.runtime.ctx.filesDir, 'images');
  const allFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));

  it('stores the upload and WebP thumbnails, served with their type and caching headers', async () => {
    const product = (await c.producer!.json<Product>('GET', `/api/v1/products/${productA.id}`)).body;
    const image = product.images[0]!;
    const original = await c.producer!.req('GET', image.url);
    expect(original.status).toBe(200);
    expect(original.headers.get('content-type')).toBe('image/jpeg');
    expect(original.headers.get('cache-control')).toContain('immutable');
    const thumb = await c.producer!.req('GET', image.thumbnails['320']!);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect(meta.width).toBe(320);
    const etag = thumb.headers.get('etag')!;
    const again = await fetch(`${srv.url}${image.thumbnails['1024']}`, { headers: { authorization: '' } });
    expect(again.status).toBe(401);
    expect(etag).toMatch(/^"[0-9a-f]{32}-320"$/);
  });

  it('strips EXIF metadata (such as a GPS position) from the stored original', async () => {
    const withGps = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c93' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'PhoneMaker', Model: 'Phone-1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 20/1 0/1' } })
      .toBuffer();
    expect((await sharp(withGps).metadata()).exif).toBeDefined();
    const res = await c.producer!.upload(`/api/v1/products/${productA.id}/images`, withGps, 'photo.jpg', 'image/jpeg');
    expect(res.status).toBe(201);
    const product = (await c.producer!.json<Product>('GET', `/api/v1/products/${productA.id}`)).body;
    const stored = await c.producer!.req('GET', product.images[product.images.length - 1]!.url);
    const bytes = Buffer.from(await stored.arrayBuffer());
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('PhoneMaker'))).toBe(false);
  });

  it('refuses files over 8 MB', async () => {
    const big = Buffer.concat([jpeg, Buffer.alloc(8 * 1024 * 1024)]);
    const res = await c.producer!.upload(`/api/v1/products/${productA.id}/images`, big, 'big.jpg', 'image/jpeg');
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('judges the type by content, not by a .jpg name or declared type', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'binary');
    const res = await c.producer!.upload(`/api/v1/products/${productA.id}/images`, gif, 'cat.jpg', 'image/jpeg');
    expect(res.status).toBe(415);
    const html = await c.producer!.upload(`/api/v1/products/${productA.id}/images`, Buffer.from('<script>alert(1)</script>'), 'x.jpg', 'image/jpeg');
    expect(html.status).toBe(415);
  });

  it('ignores path traversal in the client file name', async () => {
    const res = await c.producer!.upload(`/api/v1/products/${productA.id}/images`, jpeg, '../../../../etc/passwd.jpg', 'image/jpeg');
    expect(res.status).toBe(201);
    const files = allFiles(srv.server.runtime.ctx.filesDir);
    expect(files.every((f) => f.startsWith(imagesDir()) && !f.includes('passwd'))).toBe(true);
    expect(files.every((f) => /\/[0-9a-f]{2}\/[0-9a-f]{32}\/(original\.(jpg|png|webp)|320\.webp|1024\.webp)$/.test(f))).toBe(true);
  });

  it('refuses a decompression bomb: a tiny PNG declaring 20000×20000 pixels', async () => {
    const file = tinyBigPng(20000, 20000);
    expect(file.length).toBeLessThan(1024);
    const res = await c.producer!.upload(`/api/v1/products/${productA.id}/images`, file, 'bomb.png', 'image/png');
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: { path: string }[] }).errors[0]!.path).toBe('body.file');
  });

  it('deletes the image rows and files', async () => {
    const before = allFiles(imagesDir()).length;
    expect((await c.producer!.req('DELETE', `/api/v1/products/${productA.id}/images/${imageA}`)).status).toBe(204);
    expect((await c.producer!.req('GET', `/api/v1/products/${productA.id}/images/${imageA}`)).status).toBe(404);
    expect(allFiles(imagesDir()).length).toBe(before - 3);
  });
});

/** A valid PNG header declaring width×height, with one compressed row of pixel data: a few hundred bytes. */
function tinyBigPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, body, crc]);
  };
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(width + 1), { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k += 1) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
