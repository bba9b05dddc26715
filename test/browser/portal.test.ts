// The portal in a real browser against the real server: login, language, role gates, and
// the audit trail of a change made through the UI. Runs headless Chromium via playwright-core.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, SCREENSHOTS, launchBrowser, logIn as logInAs, sidewaysOverflow, type BrowserSession } from '../helpers/browser.js';
import { startTestServer } from '../helpers/server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: BrowserSession;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser(server);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh browser profile per test: no cookie, no saved language. */
function openPortal(path = '/portal/', viewport = { width: 1280, height: 800 }): Promise<Page> {
  return browser.open(path, viewport);
}

function logIn(page: Page, username: string, password = server.demoPassword): Promise<void> {
  return logInAs(page, username, password);
}

async function visible(page: Page, role: 'heading' | 'alert' | 'link' | 'button', name: string | RegExp): Promise<void> {
  await page.getByRole(role, { name }).first().waitFor({ state: 'visible' });
}

describe('portal in a browser', () => {
  it('shows an error for a wrong password', async () => {
    const page = await openPortal();
    await visible(page, 'heading', 'Đăng nhập');
    await logIn(page, 'admin', 'not-the-password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(page.url()).toBe(`${server.url}/portal/`);
  });

  it('logs an admin in and out', async () => {
    const page = await openPortal();
    await logIn(page, 'admin');
    await visible(page, 'heading', /^Xin chào, /);
    expect(await page.getByTestId('user-facts').textContent()).toContain('Quản trị tỉnh');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await nav.getByRole('link', { name: 'Trang chủ' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Nhật ký thay đổi' }).count()).toBe(1);

    await page.getByTestId('user-menu').click();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await visible(page, 'heading', 'Đăng nhập');
    await page.reload();
    await visible(page, 'heading', 'Đăng nhập');
  });

  it('switches the language VI → EN → VI and remembers it across reloads', async () => {
    const page = await openPortal();
    await visible(page, 'heading', 'Đăng nhập');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');

    await page.getByRole('button', { name: 'English' }).click();
    await visible(page, 'heading', 'Log in');
    await visible(page, 'link', 'OCOP platform — Quảng Ninh');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.reload();
    await visible(page, 'heading', 'Log in');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await visible(page, 'heading', 'Đăng nhập');
    await page.reload();
    await visible(page, 'heading', 'Đăng nhập');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('shows the Forbidden page to a producer member who opens the users page', async () => {
    const page = await openPortal('/portal/users');
    await logIn(page, 'producer');
    await visible(page, 'heading', 'Không có quyền truy cập');
    expect(page.url()).toBe(`${server.url}/portal/users`);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await nav.getByRole('link', { name: 'Người dùng' }).count()).toBe(0);
  });

  it('records a user created in the UI in the audit log', async () => {
    const page = await openPortal('/portal/users');
    await logIn(page, 'admin');
    await visible(page, 'heading', 'Người dùng');
    await page.getByRole('button', { name: 'Tạo người dùng' }).click();
    const form = page.getByRole('region', { name: 'Tạo người dùng mới' });

    // A bad username comes back from the server as a field error next to the field.
    await form.getByLabel('Tên đăng nhập').fill('Tên Sai!');
    await form.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
    await form.getByLabel('Mật khẩu').fill('mat-khau-du-dai-2025');
    await form.getByLabel('Vai trò').selectOption({ label: 'Cán bộ xã' });
    await form.getByLabel('Đơn vị (xã, phường, đặc khu)').selectOption({ label: 'Xã Tiên Yên' });
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await form.locator('.field-invalid').first().waitFor();
    expect(await form.getByLabel('Tên đăng nhập').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Tên đăng nhập').fill('lan.nguyen');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByText('Đã tạo người dùng lan.nguyen.').waitFor();

    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhật ký thay đổi' }).click();
    await visible(page, 'heading', 'Nhật ký thay đổi');
    const entry = page.getByTestId('audit-entry').filter({ hasText: 'lan.nguyen' }).first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain('admin');
  });

  it('lets an admin disable an account and reset a password from the edit form', async () => {
    const page = await openPortal('/portal/users');
    await logIn(page, 'admin');
    await page.getByRole('button', { name: 'Sửa council3' }).click();
    const disableForm = page.getByRole('region', { name: 'Sửa người dùng council3' });
    await disableForm.getByLabel('Tài khoản đang hoạt động').uncheck();
    await disableForm.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu thay đổi của council3.').waitFor();
    // The list reloads after the save message; wait for the refreshed row rather than racing it.
    await page.getByTestId('user-row').filter({ hasText: 'council3' }).filter({ hasText: 'Đã khoá' }).waitFor();

    await page.getByRole('button', { name: 'Sửa council2' }).click();
    const resetForm = page.getByRole('region', { name: 'Sửa người dùng council2' });
    await resetForm.getByLabel('Mật khẩu mới').fill('mat-khau-moi-2025');
    await resetForm.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu thay đổi của council2.').waitFor();

    await page.getByTestId('user-menu').click();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await logIn(page, 'council2', 'mat-khau-moi-2025');
    await visible(page, 'heading', /^Xin chào, /);
    expect(await page.getByTestId('user-facts').textContent()).toContain('Thành viên hội đồng');
  });

  it('looks right on a 360 px phone (login and home screenshots)', async () => {
    const page = await openPortal('/portal/', PHONE);
    await visible(page, 'heading', 'Đăng nhập');
    await page.screenshot({ path: `${SCREENSHOTS}/portal-login-360.png`, fullPage: true });
    await logIn(page, 'commune');
    await visible(page, 'heading', /^Xin chào, /);
    await page.screenshot({ path: `${SCREENSHOTS}/portal-home-360.png`, fullPage: true });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('never scrolls sideways at 360 px on the admin pages, in English either', async () => {
    const page = await openPortal('/portal/', PHONE);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Username', { exact: true }).fill('admin');
    await page.getByLabel('Password', { exact: true }).fill(server.demoPassword);
    await page.getByRole('button', { name: 'Log in' }).click();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    // Each link's text is also its page's heading.
    for (const link of ['Users', 'Audit log', 'Administrative units']) {
      await nav.getByRole('link', { name: link }).click();
      await visible(page, 'heading', link);
      await page.locator('table').first().waitFor();
      expect(await sidewaysOverflow(page), link).toBeLessThanOrEqual(0);
    }
  });
});
