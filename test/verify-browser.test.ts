// The verify page as a buyer's phone shows it: 360 × 740 CSS pixels, JavaScript off, the
// verdict above the fold, the product photo served publicly. The screenshot goes to
// test-results/ for a person to look at.
import { mkdirSync } from 'node:fs';
import sharp from 'sharp';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, clientFor } from './fixtures/registry-client.js';
import { testEngine } from './helpers/engine.js';
import { type TestServer, startTestServer } from './helpers/server.js';
import { type Product, MOBILE_UA, certifiedProduct, issueBatch, myProducerId, serialsOf } from './stamps-fixtures.js';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let srv: TestServer;
let browser: Browser;
let serial: string;

beforeAll(async () => {
  srv = await startTestServer();
  const ctx = srv.server.runtime.ctx;
  const [officer, producer]: Client[] = await Promise.all(['officer', 'producer'].map((u) => clientFor(srv.url, ctx, u)));
  const product: Product = await certifiedProduct(producer!, await myProducerId(producer!), true);
  const photo = await sharp({ create: { width: 400, height: 400, channels: 3, background: { r: 196, g: 142, b: 52 } } }).png().toBuffer();
  expect((await producer!.upload(`/api/v1/products/${product.id}/images`, photo, 'photo.png', 'image/png')).status).toBe(201);
  const lot = await producer!.json<{ id: number }>('POST', '/api/v1/lots', { productId: product.id, code: 'TY-2611', productionDate: '2026-11-10', expiryDate: '2027-05-10' });
  const batch = await issueBatch(producer!, officer!, { productId: product.id, quantity: 3, type: 'qr_pin', lotId: lot.body.id });
  [serial] = (await serialsOf(ctx, batch.id, 1)) as [string];
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  mkdirSync('test-results', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await srv?.close();
});

describe('verify page on a phone', () => {
  it('shows the verdict above the fold without JavaScript, with the product photo', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false, userAgent: MOBILE_UA, locale: 'vi-VN', deviceScaleFactor: 2 });
    const page = await context.newPage();
    const images: number[] = [];
    page.on('response', (r) => { if (r.url().includes('/img/')) images.push(r.status()); });
    const res = await page.goto(`${srv.url}/v/${serial}`);
    expect(res?.status()).toBe(200);
    const verdict = page.getByRole('status');
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain('Tem chính hãng');
    const box = await verdict.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThan(740 / 2);
    expect(box!.width).toBeLessThanOrEqual(360);
    await page.getByLabel('Mã PIN').waitFor();
    expect(images).toEqual([200]);
    await page.screenshot({ path: `test-results/verify-phone-${testEngine()}.png`, fullPage: true });
    await context.close();
  });
});
