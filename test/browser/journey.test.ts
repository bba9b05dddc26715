// Journeys in real browsers: the producer records a step of a lot on a 360 px phone from the lot
// page, and the demo Tiên Yên chicken package's verify page (JavaScript off, phone-sized) shows
// the bird's journey from the farm to the shop below a verdict that stays above the fold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoJourneySerials } from '../../src/services/setup/load-demo-journey.js';
import { PHONE, SCREENSHOTS, launchBrowser, sidewaysOverflow, type BrowserSession } from '../helpers/browser.js';
import { testEngine } from '../helpers/engine.js';
import { ApiClient, startTestServer, type TestServer } from '../helpers/server.js';

const MOBILE_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';

let server: TestServer;
let browser: BrowserSession;
let flockLotId: number;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser(server);
  const producer = new ApiClient(server.url);
  await producer.login('producer');
  const lots = (await (await producer.get('/api/v1/lots?pageSize=100')).json()) as { items: { id: number; code: string }[] };
  const flock = lots.items.find((l) => l.code === 'DAN-2606');
  if (flock === undefined) throw new Error('the demo flock lot is missing');
  flockLotId = flock.id;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('journeys', () => {
  it('a producer records a vaccination on a phone from the lot page', async () => {
    const page = await browser.signedIn('producer', `/portal/stamps/lots/${flockLotId}`, PHONE);
    const panel = page.getByTestId('journey-panel');
    await panel.getByTestId('journey-list').waitFor();
    expect(await panel.getByTestId('journey-list').textContent()).toContain('Nuôi tại trang trại');
    await panel.getByLabel('Bước', { exact: true }).selectOption({ label: 'Tiêm phòng' });
    await panel.getByLabel('Thời gian').fill('2026-08-20T08:30');
    await panel.getByLabel('Địa điểm', { exact: true }).fill('Trại gà đồi thôn Hải Lạng');
    await panel.getByLabel('Ghi chú (không bắt buộc)').fill('Nhắc lại vắc-xin Newcastle');
    await panel.getByRole('button', { name: 'Lưu bước' }).click();
    await expect.poll(async () => panel.getByTestId('journey-list').textContent()).toContain('Nhắc lại vắc-xin Newcastle');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/journey-form-phone-${testEngine()}.png`, fullPage: true });
  });

  it('the demo chicken package\'s verify page shows the journey from farm to shop', async () => {
    const serial = demoJourneySerials().packages[0]!;
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, userAgent: MOBILE_UA, deviceScaleFactor: 2 });
    const page = await context.newPage();
    expect((await page.goto(`${server.url}/v/${serial}`))?.status()).toBe(200);
    const verdict = page.getByRole('status');
    expect(await verdict.textContent()).toContain('Tem chính hãng');
    const box = await verdict.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(PHONE.height / 2);
    const trace = (await page.locator('#trace').textContent()) ?? '';
    const steps = ['Nuôi tại trang trại', 'Tiêm phòng', 'Giết mổ', 'Đóng gói', 'Chuyển đi', 'Có mặt tại điểm bán – Siêu thị Biên Mậu Móng Cái'];
    for (const step of steps) expect(trace).toContain(step);
    const order = steps.map((s) => trace.indexOf(s));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}/journey-verify-phone-${testEngine()}.png`, fullPage: true });
    await context.close();
  });
});
