// The register screens in a real browser against the real server: search without diacritics,
// unit filters across the 2025 reorganisation, producer forms with server field errors, a
// producer's own record, product photos from a phone, and the Excel import's two steps.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, SCREENSHOTS, launchBrowser, sidewaysOverflow, type BrowserSession } from '../helpers/browser.js';
import { startTestServer } from '../helpers/server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: BrowserSession;
let scratch: string;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser(server);
  scratch = mkdtempSync(join(tmpdir(), 'ocop-registry-ui-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const signedIn = (username: string, path: string, viewport = DESKTOP): Promise<Page> => browser.signedIn(username, path, viewport);

/** A valid Vietnamese tax code from nine digits (mod-11 check digit; see src/domain/tax-code.ts). */
function taxCode(first9: string): string {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(first9[i]), 0);
  const check = 10 - (sum % 11);
  if (check === 10) throw new Error(`no valid tax code starts with ${first9}`);
  return first9 + String(check);
}

/** The same code with a wrong check digit. */
function badTaxCode(first9: string): string {
  const good = taxCode(first9);
  return first9 + String((Number(good[9]) + 1) % 10);
}

describe('register screens in a browser', () => {
  it('finds the Ba Chẽ tea producer and its product by typing "tra hoa vang" on a 360 px phone', async () => {
    const page = await signedIn('admin', '/portal/producers', PHONE);
    await page.getByRole('heading', { name: 'Chủ thể OCOP' }).waitFor();
    await page.getByLabel('Tìm theo tên (gõ có dấu hoặc không dấu)').fill('tra hoa vang');
    const baChe = page.getByTestId('producer-row').filter({ hasText: 'HTX Trà hoa vàng Ba Chẽ' });
    await baChe.waitFor();
    // Every row found this way really is a "Trà hoa vàng" producer, diacritics and all.
    const rows = page.getByTestId('producer-row');
    await expect.poll(async () => (await rows.allTextContents()).every((text) => /Trà hoa vàng/i.test(text))).toBe(true);
    expect(page.url()).toContain('q=tra+hoa+vang');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}/registry-producers-360.png`, fullPage: true });

    await baChe.getByRole('link').click();
    await page.getByRole('heading', { name: 'HTX Trà hoa vàng Ba Chẽ (dữ liệu mẫu)' }).waitFor();
    await page.getByRole('link', { name: 'Trà hoa vàng Ba Chẽ hộp 50 g' }).waitFor();

    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sản phẩm' }).click();
    await page.getByLabel('Tìm theo tên sản phẩm (có dấu hoặc không dấu)').fill('tra hoa vang ba che');
    await page.getByTestId('product-card').filter({ hasText: 'Trà hoa vàng Ba Chẽ hộp 50 g' }).waitFor();
  });

  it('filters producers by a new commune, including producers still filed under an old unit, and by an old district', async () => {
    const page = await signedIn('officer', '/portal/producers');
    const unit = page.getByLabel('Đơn vị hành chính', { exact: true });
    await unit.selectOption({ label: 'Xã Tiên Yên' });
    // Xã Phong Dụ was merged into Xã Tiên Yên on 1/7/2025; its household is still filed there.
    await page.getByTestId('producer-row').filter({ hasText: 'Xã Phong Dụ, Huyện Tiên Yên (trước 1/7/2025)' }).waitFor();
    await page.getByTestId('producer-row').filter({ hasText: 'HTX Gà Tiên Yên Bình Minh' }).waitFor();
    const rows = page.getByTestId('producer-row');
    await expect.poll(async () => (await rows.allTextContents()).every((text) => /Xã Tiên Yên|Xã Phong Dụ/.test(text))).toBe(true);

    await page.getByText('Trước 1/7/2025', { exact: true }).click();
    await unit.selectOption({ label: 'Toàn bộ Huyện Ba Chẽ' });
    await page.getByText('Tổng số: 2', { exact: true }).waitFor();
    for (const text of await rows.allTextContents()) expect(text).toContain('Huyện Ba Chẽ');

    // The export links carry the same filters and download the filtered list.
    const csv = page.getByRole('link', { name: 'Tải .csv' });
    const href = await csv.getAttribute('href');
    expect(href).toContain('unitId=d-202');
    const answer = await page.request.get(server.url + href);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toContain('text/csv');
    expect((await answer.text()).split('\n').filter((line) => line.trim() !== '').length).toBeGreaterThanOrEqual(3);
  });

  it('shows a bad tax code from the server next to its field, then registers the producer', async () => {
    const page = await signedIn('commune', '/portal/producers/new');
    const form = page.getByRole('form', { name: 'Thông tin chủ thể' });
    await form.getByLabel('Tên chủ thể').fill('HTX Mật ong Tiên Yên thử nghiệm');
    await form.getByLabel('Loại hình').selectOption({ label: 'Hợp tác xã' });
    await form.getByLabel('Mã số thuế', { exact: true }).fill(badTaxCode('570190055'));
    await form.getByLabel('Đơn vị hành chính', { exact: true }).selectOption({ label: 'Xã Tiên Yên' });
    await form.getByLabel('Họ và tên người đại diện').fill('Lục Thị Mến');
    await form.getByLabel('Nữ', { exact: true }).check();
    await form.getByLabel('Người dân tộc thiểu số').check();
    await form.getByLabel('Tổng số lao động').fill('12');
    await form.getByLabel('Lao động nữ').fill('7');
    await form.getByRole('button', { name: 'Lưu' }).click();

    await form.getByText('Mã số thuế sai chữ số kiểm tra (chữ số thứ 10).').waitFor();
    expect(await form.getByLabel('Mã số thuế', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Mã số thuế', { exact: true }).fill(taxCode('570190055'));
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { name: 'HTX Mật ong Tiên Yên thử nghiệm' }).waitFor();
    const facts = await page.getByTestId('producer-facts').textContent();
    expect(facts).toContain('Lục Thị Mến');
    expect(facts).toContain('Tổng số: 12 người');
    expect(await page.getByTestId('representative-flags').textContent()).toBe('NữNgười dân tộc thiểu số');
  });

  it('lets a producer member open "Chủ thể của tôi" and edit its own record on a phone', async () => {
    const page = await signedIn('producer', '/portal/', PHONE);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await nav.getByRole('link', { name: 'Chủ thể', exact: true }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Chủ thể của tôi' }).click();
    await page.getByRole('heading', { name: 'HTX Gà Tiên Yên Bình Minh (dữ liệu mẫu)' }).waitFor();
    await page.getByRole('link', { name: 'Sửa' }).click();
    await page.getByLabel('Điện thoại').fill('0203 3876 543');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('link', { name: '0203 3876 543' }).waitFor();
    expect(page.url()).toBe(`${server.url}/portal/my-producer`);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('uploads a product photo from a phone, shows its thumbnail, and removes it', async () => {
    const page = await signedIn('producer2', '/portal/', PHONE);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Sản phẩm của tôi' }).click();
    await page.getByRole('heading', { name: 'Sản phẩm của tôi' }).waitFor();
    await page.getByRole('link', { name: 'Trà hoa vàng Ba Chẽ hộp 50 g' }).click();
    await page.getByRole('heading', { name: 'Trà hoa vàng Ba Chẽ hộp 50 g' }).waitFor();
    expect(await page.getByTestId('image-camera').getAttribute('capture')).toBe('environment');

    const photo = join(scratch, 'tra-hoa-vang.jpg');
    await sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 214, g: 170, b: 40 } } }).jpeg().toFile(photo);
    await page.getByTestId('image-file').setInputFiles(photo);
    await page.getByText('Đã thêm ảnh.').waitFor();
    const thumbnail = page.getByTestId('product-image').locator('img');
    await thumbnail.waitFor();
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
    expect(await page.getByTestId('product-facts').textContent()).toContain('08938252700015');
    await page.getByTestId('certificate').first().waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}/registry-product-360.png`, fullPage: true });

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Xoá ảnh' }).click();
    await page.getByText('Đã xoá ảnh.').waitFor();
    await page.getByText('Chưa có ảnh.').waitFor();
    expect(await page.getByTestId('product-image').count()).toBe(0);
  });

  it('imports a workbook: the dry run names the bad row and column, then only the valid row is created', async () => {
    const file = join(scratch, 'chu-the.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Chủ thể');
    sheet.addRow(['Mã số thuế', 'Tên chủ thể', 'Loại hình', 'Mã đơn vị hành chính']);
    sheet.addRow([taxCode('570190066'), 'HTX Miến dong nhập thử', 'Hợp tác xã', 'new-06838']);
    sheet.addRow([badTaxCode('570190077'), 'HTX Dòng lỗi nhập thử', 'Hợp tác xã', 'new-06838']);
    await workbook.xlsx.writeFile(file);

    const page = await signedIn('officer', '/portal/import');
    await page.getByRole('heading', { name: 'Nhập sổ đăng ký từ Excel' }).waitFor();
    const template = await page.getByRole('link', { name: 'Tải tệp mẫu (.xlsx)' }).getAttribute('href');
    expect((await page.request.get(server.url + template)).status()).toBe(200);

    await page.getByLabel('Tệp Excel (.xlsx)').setInputFiles(file);
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await page.getByRole('heading', { name: 'Kết quả kiểm tra (chưa ghi dữ liệu)' }).waitFor();
    const errors = page.getByTestId('import-error');
    expect(await errors.count()).toBe(1);
    const cells = await errors.first().locator('td').allTextContents();
    expect(cells[0]).toBe('Chủ thể');
    expect(cells[1]).toBe('3');
    expect(cells[2]).toContain('A');
    expect(cells[3]).toContain('chữ số kiểm tra');
    expect(await page.getByRole('button', { name: 'Nhập tất cả' }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: 'Chỉ nhập các dòng hợp lệ' }).click();
    await page.getByRole('heading', { name: 'Kết quả nhập' }).waitFor();
    expect(await page.getByTestId('sheet-summary').getByTestId('created').textContent()).toBe('1');

    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Chủ thể', exact: true }).click();
    await page.getByLabel('Tìm theo tên (gõ có dấu hoặc không dấu)').fill('nhap thu');
    await page.getByTestId('producer-row').filter({ hasText: 'HTX Miến dong nhập thử' }).waitFor();
    await page.getByText('Tổng số: 1', { exact: true }).waitFor();
  });
});
