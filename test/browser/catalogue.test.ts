// The public catalogue on a phone with JavaScript off (360 × 740): search, filter, open a product.
// Screenshots go to test-results/ for a person to look at.
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../fixtures/registry-client.js';
import { type BrowserSession, PHONE, SCREENSHOTS, launchBrowser, sidewaysOverflow } from '../helpers/browser.js';
import { testEngine } from '../helpers/engine.js';
import { type TestServer, startTestServer } from '../helpers/server.js';
import { MOBILE_UA } from '../stamps-fixtures.js';

let srv: TestServer;
let session: BrowserSession;
let page: Page;

async function photo(r: number, g: number, b: number): Promise<Buffer> {
  return sharp({ create: { width: 480, height: 360, channels: 3, background: { r, g, b } } }).png().toBuffer();
}

beforeAll(async () => {
  srv = await startTestServer();
  const ctx = srv.server.runtime.ctx;
  // Photos for the demo producer's chicken, so the results and the product page show images.
  const producer = await clientFor(srv.url, ctx, 'producer');
  const products = await ctx.db.selectFrom('product').innerJoin('app_user', 'app_user.producer_id', 'product.producer_id')
    .select('product.id').where('app_user.username', '=', 'producer').where('product.status', '=', 'certified').orderBy('product.id').limit(3).execute();
  for (const [i, p] of products.entries()) {
    const res = await producer.upload(`/api/v1/products/${p.id}/images`, await photo(200 - i * 40, 150, 60 + i * 50), 'photo.png', 'image/png');
    expect(res.status).toBe(201);
  }
  session = await launchBrowser(srv);
  const context = await session.newContext({ viewport: PHONE, javaScriptEnabled: false, userAgent: MOBILE_UA, deviceScaleFactor: 2 });
  page = await context.newPage();
});

afterAll(async () => {
  await session?.close();
  await srv?.close();
});

const shot = (name: string) => page.screenshot({ path: `${SCREENSHOTS}/catalogue-${name}-${testEngine()}.png`, fullPage: false });

describe('public catalogue on a phone without JavaScript', () => {
  it('opens the home page with a search box, no sideways scrolling', async () => {
    const res = await page.goto(`${srv.url}/catalogue`);
    expect(res?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Sản phẩm OCOP' }).waitFor();
    expect(await page.getByRole('searchbox').isVisible()).toBe(true);
    expect(await sidewaysOverflow(page)).toBe(0);
    await shot('home');
  });

  it('searches without diacritics and shows matching results with photos', async () => {
    await page.getByRole('searchbox').fill('ga tien yen');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL(/q=ga\+tien\+yen/);
    const count = await page.getByRole('status').textContent();
    expect(Number((count ?? '').replace(/\D/g, ''))).toBeGreaterThan(0);
    expect(await page.locator('a.item h2').first().textContent()).toMatch(/Gà Tiên Yên/);
    const img = page.locator('a.item img').first();
    await img.waitFor();
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    expect(await sidewaysOverflow(page)).toBe(0);
    await shot('results');
  });

  it('filters by star with the filter form (a <details> block, no script)', async () => {
    await page.goto(`${srv.url}/catalogue`);
    await page.getByText('Bộ lọc', { exact: true }).click();
    await page.getByLabel('Hạng sao').selectOption('4');
    await page.getByLabel('Loại chủ thể').selectOption('cooperative');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.waitForURL(/star=4/);
    expect(page.url()).toContain('type=cooperative');
    const labels = await page.locator('a.item .stars').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(['4 sao OCOP']));
    await shot('filtered');
  });

  it('opens a product page with photo, stars, certificate and where to buy', async () => {
    await page.goto(`${srv.url}/catalogue?q=ga+tien+yen`);
    const first = page.locator('a.item', { has: page.locator('img') }).first();
    const name = (await first.locator('h2').textContent()) ?? '';
    await first.click();
    await page.waitForURL(/\/catalogue\/products\/\d+/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    expect(await page.getByRole('heading', { name: 'Chứng nhận OCOP' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Nơi mua' }).count()).toBe(1);
    expect(await page.locator('.gallery img').count()).toBeGreaterThan(0);
    expect(await sidewaysOverflow(page)).toBe(0);
    await shot('product');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    expect(await page.getByRole('heading', { name: 'OCOP certificate' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/catalogue-product-full-${testEngine()}.png`, fullPage: true });
  });

  it('shows the fairs calendar and a producer page', async () => {
    await page.goto(`${srv.url}/catalogue/fairs`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hội chợ, sự kiện');
    expect(await page.locator('article.fair').count()).toBeGreaterThan(2);
    expect(await sidewaysOverflow(page)).toBe(0);
    await shot('fairs');
    await page.goto(`${srv.url}/catalogue?q=binh+minh`);
    await page.locator('a.item').first().click();
    await page.getByRole('link', { name: /Bình Minh/ }).first().click();
    await page.waitForURL(/\/catalogue\/producers\/\d+/);
    expect(await page.locator('a.item').count()).toBeGreaterThan(0);
    expect(await sidewaysOverflow(page)).toBe(0);
    await shot('producer');
  });

  it('lets the office add a fair in the portal, which then shows on the public calendar', async () => {
    const office = await session.signedIn('officer', '/portal/fairs');
    await office.getByRole('heading', { name: 'Hội chợ và sự kiện' }).waitFor();
    // The list arrives by its own request after the page's heading.
    await expect.poll(() => office.getByTestId('fair-row').count(), { timeout: 10_000 }).toBeGreaterThan(2);
    await office.getByRole('button', { name: 'Thêm hội chợ' }).click();
    const form = office.getByRole('form', { name: 'Thông tin hội chợ' });
    await form.getByLabel('Tên (tiếng Việt)').fill('Chợ phiên OCOP Vân Đồn thử nghiệm');
    await form.getByLabel('Địa điểm').fill('Cảng Cái Rồng, Đặc khu Vân Đồn');
    await form.getByLabel('Ngày bắt đầu').fill('2027-03-01');
    await form.getByLabel('Ngày kết thúc').fill('2027-02-27');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.getByText(/startsOn|ngày bắt đầu|on or after/i).first().waitFor();
    await form.getByLabel('Ngày kết thúc').fill('2027-03-02');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await office.getByRole('link', { name: 'Chợ phiên OCOP Vân Đồn thử nghiệm' }).waitFor();
    await office.screenshot({ path: `${SCREENSHOTS}/catalogue-portal-fairs-${testEngine()}.png` });
    // A new visitor: the phone above keeps the calendar it saw in its HTTP cache for up to five minutes.
    const visitor = await session.open('/catalogue/fairs', PHONE);
    expect(await visitor.getByRole('heading', { name: 'Chợ phiên OCOP Vân Đồn thử nghiệm' }).count()).toBe(1);
  });
});
