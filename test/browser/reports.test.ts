// Yearly reports in real browsers: the demo producer fills in and files its report on a 360 px
// phone (no sideways scrolling), a validation error shows on the field in Vietnamese; the
// province office then sees the report in the year's list and the producers still missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PHONE, SCREENSHOTS, launchBrowser, sidewaysOverflow, type BrowserSession } from '../helpers/browser.js';
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

describe('yearly reports in a browser', () => {
  it('a producer files its report on a phone; the office sees it and the missing list', async () => {
    const year = String(new Date(Date.now() + 7 * 3_600_000).getUTCFullYear());
    const phone = await browser.signedIn('producer', '/portal/reports', PHONE);
    await phone.getByRole('heading', { name: 'Báo cáo năm' }).waitFor();
    await phone.getByRole('link', { name: `Lập báo cáo năm ${year}` }).click();
    await phone.getByRole('heading', { name: `Báo cáo năm ${year}` }).waitFor();
    await phone.getByTestId('report-status').filter({ hasText: 'Chưa nộp' }).waitFor();

    const line = phone.getByTestId('report-line').first();
    await line.getByLabel('Doanh thu (đồng)').fill('2.400.000.000');
    await line.getByLabel('Sản lượng').fill('10000');
    await phone.getByLabel('Tổng số lao động').fill('23');
    await phone.getByLabel('Trong đó: nữ').fill('30');
    await phone.getByLabel('Trong đó: người dân tộc thiểu số').fill('9');
    await phone.getByLabel('Việc làm mới tạo trong năm', { exact: true }).fill('3');
    await phone.getByLabel('Việc làm mới cho nữ').fill('2');
    await phone.getByLabel('Việc làm mới cho người dân tộc thiểu số').fill('1');
    await phone.getByLabel('Thu nhập bình quân người lao động (đồng/người/tháng)').fill('6.800.000');
    await phone.getByRole('button', { name: 'Thêm kênh bán' }).click();
    await phone.getByLabel('Tên điểm bán, kênh bán').fill('Cửa hàng giới thiệu sản phẩm Bình Minh');
    await phone.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await phone.getByText('Không được lớn hơn Tổng số lao động (23)').waitFor();

    await phone.getByLabel('Trong đó: nữ').fill('13');
    await phone.getByRole('button', { name: 'Nộp báo cáo' }).click();
    await phone.getByTestId('report-notice').filter({ hasText: `Đã nộp báo cáo năm ${year}` }).waitFor();
    await phone.getByTestId('report-status').filter({ hasText: 'Đã nộp' }).waitFor();
    expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: `${SCREENSHOTS}/reports-phone-filed.png`, fullPage: true });

    const office = await browser.signedIn('officer', `/portal/reports?year=${year}`);
    await office.getByTestId('filed-summary').waitFor();
    const missing = office.getByTestId('missing-row');
    expect(await missing.count()).toBeGreaterThan(0);
    await office.getByTestId('report-row').filter({ hasText: 'HTX Gà Tiên Yên Bình Minh' }).waitFor();
    expect(await missing.filter({ hasText: 'HTX Gà Tiên Yên Bình Minh' }).count()).toBe(0);
    await office.getByRole('button', { name: 'Nhắc nộp báo cáo' }).click();
    await office.getByText(/Đã gửi \d+ thông báo tới \d+ chủ thể/).waitFor();
    await office.screenshot({ path: `${SCREENSHOTS}/reports-office.png`, fullPage: false });

    // Funding by source with the provincial budget share, and the province's targets.
    await office.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nguồn vốn, chỉ tiêu' }).click();
    await office.getByRole('heading', { name: 'Nguồn vốn và chỉ tiêu Chương trình OCOP' }).waitFor();
    await office.getByTestId('funding-years').getByText('15,5%').first().waitFor();
    await office.getByTestId('targets-table').getByText('Số sản phẩm 5 sao').first().waitFor();
    await office.screenshot({ path: `${SCREENSHOTS}/reports-programme.png`, fullPage: true });
  });
});
