// Smart stamps in real browsers: a producer requests a batch for a certified product, the province
// approves it and watches the issuing reach 100 %, the producer records a lot, binds the labels to
// it, opens the label sheet, takes the one-time PIN file, and one stamp's Digital Link opens on a
// buyer's 360 px phone with JavaScript off, showing the genuine verdict above the fold.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, SCREENSHOTS, launchBrowser, sidewaysOverflow, type BrowserSession } from '../helpers/browser.js';
import { ApiClient, freePort, startTestServer, type TestServer } from '../helpers/server.js';

const MOBILE_UA = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';
const LOT = `GTY-${Date.now() % 10_000}`;
const QUANTITY = 12;

type Product = { id: number; name: string; gtin: string | null; star: number | null };

let server: TestServer;
let browser: BrowserSession;
let product: Product;


beforeAll(async () => {
  const port = await freePort();
  server = await startTestServer({ PORT: String(port), OCOP_PUBLIC_URL: `http://127.0.0.1:${port}` });
  browser = await launchBrowser(server);
  const producer = new ApiClient(server.url);
  await producer.login('producer');
  const list = (await (await producer.get('/api/v1/products?status=certified&pageSize=50')).json()) as { items: Product[] };
  const withGtin = list.items.find((item) => item.gtin !== null);
  if (withGtin === undefined) throw new Error('the demo producer has no certified product with a GTIN');
  product = withGtin;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('stamps in the portal', () => {
  it('goes from a request to a verified scan: approve, issue, lot, labels, PINs, verify page', async () => {
    // The producer requests scratch-off PIN stamps on a phone.
    const producer = await browser.signedIn('producer', '/portal/', PHONE);
    await producer.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tem OCOP' }).click();
    await producer.getByRole('link', { name: 'Đăng ký lô tem' }).click();
    const productLabel = `${product.name}${product.star === null ? '' : ` ${'★'.repeat(product.star)}`}`;
    await producer.getByLabel('Sản phẩm (đã được chứng nhận)').selectOption({ label: productLabel });
    await producer.getByLabel('Số lượng').fill(String(QUANTITY));
    await producer.getByRole('radio', { name: /Tem QR có mã PIN/ }).check();
    expect(await sidewaysOverflow(producer)).toBeLessThanOrEqual(0);
    await producer.screenshot({ path: `${SCREENSHOTS}/stamps-request-360.png`, fullPage: true });
    await producer.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await producer.getByTestId('batch-status').filter({ hasText: 'Chờ duyệt' }).waitFor();
    const batchPath = new URL(producer.url()).pathname;

    // The province approves; the issuing job writes the codes and the bar reaches 100 %.
    const officer = await browser.signedIn('officer', batchPath, DESKTOP);
    await officer.getByRole('button', { name: 'Duyệt và phát hành' }).click();
    await officer.getByTestId('progress-value').filter({ hasText: '100' }).waitFor({ timeout: 20_000 });
    await officer.getByTestId('batch-status').filter({ hasText: 'Đã phát hành' }).waitFor();

    // The producer records the production lot and binds every label of the batch to it.
    await producer.goto(`${server.url}/portal/stamps/lots`);
    await producer.getByText('Thêm lô sản xuất').click();
    await producer.getByLabel('Sản phẩm (đã được chứng nhận)').selectOption({ label: productLabel });
    await producer.getByLabel('Mã lô').fill(LOT);
    await producer.getByLabel('Hạn sử dụng').fill('2027-06-30');
    await producer.getByRole('button', { name: 'Lưu lô' }).click();
    await producer.getByRole('heading', { name: LOT }).waitFor();
    await producer.goto(server.url + batchPath);
    const bind = producer.getByRole('form', { name: 'Gắn tem với lô sản xuất' });
    await bind.getByLabel('Lô sản xuất', { exact: true }).selectOption({ label: `${LOT} (0 tem)` });
    await bind.getByLabel('Đến nhãn số').fill(String(QUANTITY));
    await bind.getByRole('button', { name: 'Gắn tem' }).click();
    await producer.getByText(`Đã gắn ${QUANTITY} tem (bỏ qua 0).`).waitFor();

    // The label sheet of that lot opens as a PDF.
    await producer.getByLabel('Khổ nhãn').selectOption({ label: 'A4, 4 × 10 nhãn' });
    await producer.getByLabel('Chỉ in tem của lô').selectOption({ label: `${LOT} (${QUANTITY} tem)` });
    const href = await producer.getByTestId('labels-pdf').getAttribute('href');
    expect(href).toContain('layout=a4-4x10');
    const sheet = await producer.request.get(server.url + (href ?? ''));
    expect(sheet.status()).toBe(200);
    expect(sheet.headers()['content-type']).toContain('application/pdf');
    expect((await sheet.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // The one-time PIN file (serial,pin) is the API's only list of a batch's codes.
    producer.once('dialog', (dialog) => void dialog.accept());
    const [download] = await Promise.all([producer.waitForEvent('download'), producer.getByRole('button', { name: 'Tải tệp mã PIN (một lần)' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
    expect(csv[0]).toBe('serial,pin');
    expect(csv).toHaveLength(QUANTITY + 1);
    const serial = csv[1]?.split(',')[0] ?? '';
    await producer.getByText('Đã tải tệp mã PIN.').waitFor();

    // A buyer scans one stamp: its GS1 Digital Link, on a phone with JavaScript off.
    const stampUrl = `${server.url}/01/${(product.gtin ?? '').padStart(14, '0')}/10/${LOT}/21/${serial}`;
    const buyer = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, userAgent: MOBILE_UA, deviceScaleFactor: 2 });
    const page = await buyer.newPage();
    const answer = await page.goto(stampUrl);
    expect(answer?.status()).toBe(200);
    expect(page.url()).toContain(`/v/${serial}`);
    const verdict = page.getByRole('status');
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain('Tem chính hãng');
    const box = await verdict.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.y ?? 999) + (box?.height ?? 999)).toBeLessThanOrEqual(PHONE.height);
    expect(await page.content()).toContain(LOT);
    await page.screenshot({ path: `${SCREENSHOTS}/verify-360.png` });

    // The buyer scratches the PIN and confirms it on the page. After that the page offers no PIN
    // form, so a copy of the stamp is checked the way a scanning app does, through the verify API:
    // the same PIN again raises a pin-reuse signal, which reaches the producer's alert inbox.
    const pin = csv[1]?.split(',')[1] ?? '';
    await page.getByLabel('Mã PIN').fill(pin);
    await page.getByRole('button', { name: 'Xác thực' }).click();
    await page.getByRole('status').first().waitFor();
    const copy = await buyer.request.post(`${server.url}/api/v1/public/verify/${serial}/pin`, { data: { pin }, headers: { 'user-agent': MOBILE_UA } });
    expect(((await copy.json()) as { result: string }).result).toBe('already-authenticated');

    await producer.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Cảnh báo tem' }).click();
    const alert = producer.getByTestId('alert-row').filter({ hasText: 'Mã PIN đã dùng' });
    await expect.poll(async () => {
      await producer.reload();
      await producer.getByRole('heading', { name: 'Cảnh báo tem giả' }).waitFor();
      return alert.count();
    }, { timeout: 15_000 }).toBeGreaterThan(0);
    // The tab counts come from their own request, which may land after the rows.
    await expect.poll(() => producer.getByTestId('alert-tab-open').textContent(), { timeout: 10_000 }).toContain('1');
    await producer.screenshot({ path: `${SCREENSHOTS}/stamps-alerts-360.png` });
    await alert.getByRole('link', { name: 'Mã PIN đã dùng' }).click();
    await producer.getByRole('button', { name: 'Xác nhận đang xử lý' }).click();
    await producer.getByTestId('alert-status').filter({ hasText: 'Đang xử lý' }).waitFor();
    await producer.getByRole('button', { name: 'Đóng cảnh báo' }).click();
    await producer.getByText('Vui lòng ghi đã xử lý thế nào.').waitFor();
    await producer.getByLabel('Ghi chú xử lý').fill('Đã kiểm tra: người mua thứ hai nhập lại mã PIN trên tem của người thân.');
    await producer.getByRole('button', { name: 'Đóng cảnh báo' }).click();
    await producer.getByTestId('alert-status').filter({ hasText: 'Đã đóng' }).waitFor();
  }, 120_000);
});
