// The programme dashboard in a real browser: the province officer opens it from the navigation,
// sees the headline figures and charts, switches the areas from new communes to old districts,
// shows a chart's table, downloads the table behind it; the same page works on a 360 px phone.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, SCREENSHOTS, launchBrowser, sidewaysOverflow, type BrowserSession } from '../helpers/browser.js';
import { ApiClient, startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let browser: BrowserSession;
let total: number;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser(server);
  const officer = new ApiClient(server.url);
  await officer.login('officer');
  const view = (await (await officer.get('/api/v1/dashboard')).json()) as { products: { total: { total: number } } };
  total = view.products.total.total;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('dashboard in the portal', () => {
  it('shows the figures, switches unit level and downloads a table (desktop)', async () => {
    const page = await browser.signedIn('officer', '/portal/', DESKTOP);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Bảng điều hành' }).click();
    await page.getByRole('heading', { name: 'Bảng điều hành Chương trình OCOP' }).waitFor();
    await expect.poll(() => page.getByTestId('kpi-products').textContent()).toContain(total.toLocaleString('vi-VN'));
    const unitPanel = page.getByTestId('panel-products-by-unit');
    await expect.poll(() => unitPanel.getByRole('heading').textContent()).toContain('xã, phường');
    await page.screenshot({ path: `${SCREENSHOTS}/dashboard-desktop.png`, fullPage: true });

    await page.getByRole('radio', { name: 'Huyện cũ (trước 01/7/2025)' }).check();
    await expect.poll(() => unitPanel.getByRole('heading').textContent()).toContain('huyện, thị xã');
    expect(page.url()).toContain('unitLevel=old');
    await unitPanel.getByRole('button', { name: 'Xem bảng số liệu' }).click();
    const table = unitPanel.getByRole('table');
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(5);
    expect(await table.getByRole('rowheader').allTextContents()).toContain('Thành phố Hạ Long');

    const [download] = await Promise.all([page.waitForEvent('download'), unitPanel.getByRole('link', { name: 'CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^ocop-products-by-unit-\d{4}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Thành phố Hạ Long');
    expect(csv.trim().split('\r\n').at(-1)).toMatch(new RegExp(`^Tổng,\\d+,\\d+,\\d+,${total},`));
    await page.screenshot({ path: `${SCREENSHOTS}/dashboard-desktop-old.png`, fullPage: true });
  });

  it('fits a 360 px phone', async () => {
    const page = await browser.signedIn('officer', '/portal/dashboard?unitLevel=new', PHONE);
    await page.getByTestId('kpi-products').waitFor();
    await page.getByTestId('panel-products-trend').locator('canvas').waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}/dashboard-phone.png`, fullPage: true });
  });

  it('shows a commune officer its own commune only', async () => {
    const page = await browser.signedIn('commune', '/portal/dashboard', DESKTOP);
    await page.getByTestId('kpi-products').waitFor();
    await expect.poll(() => page.getByText('Xã Tiên Yên — số liệu đến ngày').count()).toBe(1);
    expect(await page.getByLabel('Đơn vị').count()).toBe(0);
  });
});
