// The OCOP cycle in real browsers, one profile per person: the province opens a round, a producer
// on a 360 px phone registers and submits an idea, the commune officer returns it with a reason and
// then accepts it, the producer is notified and writes a business plan, the province approves it.
// Also: another producer cannot open the idea by its address, and support funding is summarised.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, SCREENSHOTS, launchBrowser, sidewaysOverflow, type BrowserSession } from '../helpers/browser.js';
import { ApiClient, startTestServer } from '../helpers/server.js';

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

const signedIn = (username: string, path: string, viewport = DESKTOP): Promise<Page> => browser.signedIn(username, path, viewport);

/** Today in Vietnam shifted by `days`, as the date inputs take it. */
function vnDay(days = 0): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function statusIs(page: Page, text: string): Promise<void> {
  await page.getByTestId('status').filter({ hasText: text }).first().waitFor();
}

/** Opens the inbox from the header bell and follows the notification whose title contains `text`. */
async function openNotification(page: Page, text: string): Promise<void> {
  await page.getByTestId('bell-count').waitFor();
  await page.getByTestId('bell').click();
  await page.getByRole('heading', { name: 'Thông báo' }).waitFor();
  const item = page.getByTestId('notification').filter({ hasText: text }).first();
  await item.getByRole('button', { name: 'Mở' }).click();
}

describe('the OCOP cycle in a browser', () => {
  it('takes an idea from a producer on a phone through the commune to an approved business plan', async () => {
    const title = `Gà đồi Tiên Yên ủ muối thảo mộc ${Date.now() % 100_000}`;
    const year = vnDay().slice(0, 4);

    // The province opens a round whose idea intake is open today.
    const province = await signedIn('officer', '/portal/rounds/new');
    await province.getByLabel('Tên đợt').fill(`Chu trình OCOP ${year}, đợt thử nghiệm`);
    await province.getByLabel('Năm').fill(year);
    await province.getByLabel('Bắt đầu nhận ý tưởng').fill(vnDay(-5));
    await province.getByLabel('Hết hạn nhận ý tưởng').fill(vnDay(25));
    await province.getByLabel('Hạn nộp phương án kinh doanh').fill(vnDay(60));
    await province.getByRole('button', { name: 'Lưu' }).click();
    await province.getByRole('heading', { name: `Chu trình OCOP ${year}, đợt thử nghiệm` }).waitFor();
    await province.getByText('Nhận ý tưởng', { exact: true }).waitFor();

    // The producer registers the idea on a phone and submits it.
    const producer = await signedIn('producer', '/portal/', PHONE);
    await producer.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Ý tưởng & phương án' }).click();
    await producer.getByRole('link', { name: 'Đăng ký ý tưởng' }).click();
    const form = producer.getByRole('form', { name: 'Phiếu đăng ký ý tưởng' });
    await form.getByLabel('Đợt', { exact: true }).selectOption({ label: `Chu trình OCOP ${year}, đợt thử nghiệm` });
    await form.getByLabel('Tên ý tưởng sản phẩm').fill(title);
    await form.getByLabel('Bộ sản phẩm').selectOption('8');
    await form.getByLabel('Mô tả ý tưởng').fill('Gà đồi thả vườn ủ muối hột với lá chanh và gừng, đóng hộp hút chân không.');
    await form.getByLabel('Nguồn nguyên liệu địa phương').fill('Gà đồi của 40 hộ liên kết ở Khe Lục, Hải Lạng.');
    await form.getByLabel('Thị trường dự kiến').fill('Cửa hàng OCOP Hạ Long, khách du lịch, sàn thương mại điện tử.');
    expect(await sidewaysOverflow(producer)).toBeLessThanOrEqual(0);
    await producer.screenshot({ path: `${SCREENSHOTS}/cycle-idea-form-360.png`, fullPage: true });
    await form.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await producer.getByRole('heading', { name: title }).waitFor();
    await statusIs(producer, 'Nháp');
    await producer.getByRole('button', { name: 'Nộp ý tưởng' }).click();
    await statusIs(producer, 'Đã nộp, chờ xem xét');
    const ideaUrl = producer.url();

    // The commune officer is notified, first returns it with a reason, then accepts the resubmission.
    const commune = await signedIn('commune', '/portal/', DESKTOP);
    await openNotification(commune, title);
    await commune.getByRole('heading', { name: title }).waitFor();
    await commune.getByRole('button', { name: 'Trả lại để bổ sung' }).click();
    await commune.getByText('Vui lòng ghi lý do (ít nhất 3 ký tự).').waitFor();
    await commune.getByLabel('Lý do hoặc ghi chú').fill('Bổ sung sản lượng gà đồi mỗi năm của các hộ liên kết.');
    await commune.getByRole('button', { name: 'Trả lại để bổ sung' }).click();
    await statusIs(commune, 'Trả lại để bổ sung');

    await producer.reload();
    await producer.getByTestId('reason').filter({ hasText: 'Bổ sung sản lượng gà đồi' }).waitFor();
    await producer.getByRole('link', { name: 'Sửa' }).click();
    await producer.getByLabel('Nguồn nguyên liệu địa phương').fill('Gà đồi của 40 hộ liên kết ở Khe Lục, Hải Lạng, khoảng 12.000 con mỗi năm.');
    await producer.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await producer.getByRole('button', { name: 'Nộp ý tưởng' }).click();
    await statusIs(producer, 'Đã nộp, chờ xem xét');

    await commune.reload();
    await commune.getByRole('button', { name: 'Chấp nhận' }).click();
    await statusIs(commune, 'Được chấp nhận');
    expect(await commune.getByTestId('history').locator('li').count()).toBe(4);

    // The producer sees the decision in the bell and writes the business plan.
    await producer.goto(server.url + '/portal/');
    await openNotification(producer, `Ý tưởng sản phẩm được chấp nhận: ${title}`);
    await producer.getByRole('heading', { name: title }).waitFor();
    expect(producer.url()).toBe(ideaUrl);
    await producer.getByRole('link', { name: 'Lập phương án kinh doanh' }).click();
    const plan = producer.getByRole('form', { name: 'Phương án kinh doanh' });
    await plan.getByLabel('Tóm tắt phương án').fill('Xây lò ủ muối và phòng đóng gói đạt chuẩn an toàn thực phẩm; liên kết 40 hộ nuôi gà đồi.');
    await plan.getByLabel('Tổng vốn đầu tư (đồng)').fill('350.000.000');
    await plan.getByLabel('Doanh thu dự kiến mỗi năm (đồng)').fill('1.200.000.000');
    await plan.getByLabel('Số việc làm tạo ra').fill('12');
    await plan.getByLabel('Tiến độ thực hiện').fill('Quý I: lò ủ và bao bì; Quý II: đăng ký mã vạch, bán thử.');
    await plan.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await producer.getByText('350.000.000 ₫').waitFor();
    await producer.getByRole('button', { name: 'Nộp phương án' }).click();
    await statusIs(producer, 'Đã nộp, chờ phê duyệt');
    expect(await sidewaysOverflow(producer)).toBeLessThanOrEqual(0);

    // The province approves it; the producer is told.
    await province.goto(server.url + '/portal/');
    await openNotification(province, title);
    await province.getByRole('button', { name: 'Phê duyệt' }).click();
    await statusIs(province, 'Đã phê duyệt');

    await producer.goto(server.url + '/portal/notifications');
    await producer.getByTestId('notification').filter({ hasText: `Phương án kinh doanh được phê duyệt: ${title}` }).waitFor();
    await producer.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await producer.getByText('0 thông báo chưa đọc').waitFor();
    expect(await producer.getByTestId('bell-count').count()).toBe(0);
  });

  it("does not show a producer another producer's idea opened by its address", async () => {
    const officer = new ApiClient(server.url);
    await officer.login('officer', server.demoPassword);
    const round = await officer.post('/api/v1/rounds', { name: 'Chu trình OCOP, đợt kiểm tra phạm vi', year: Number(vnDay().slice(0, 4)), ideaFrom: vnDay(-1), ideaTo: vnDay(10), planDeadline: vnDay(30) });
    const roundId = ((await round.json()) as { id: number }).id;
    const owner = new ApiClient(server.url);
    await owner.login('producer', server.demoPassword);
    const created = await owner.post('/api/v1/ideas', { roundId, title: 'Ý tưởng riêng của HTX Gà Tiên Yên', productSet: 2, description: 'Gà đồi sơ chế đóng khay.', rawMaterials: 'Gà đồi Tiên Yên.', expectedMarket: 'Siêu thị ở Hạ Long.' });
    expect(created.status).toBe(201);
    const ideaId = ((await created.json()) as { id: number }).id;

    const other = await signedIn('producer2', `/portal/ideas/${ideaId}`, PHONE);
    await other.getByTestId('not-found').waitFor();
    expect(await other.getByRole('heading', { name: 'Không tìm thấy' }).count()).toBe(1);
    expect(await other.getByText('Ý tưởng riêng của HTX Gà Tiên Yên').count()).toBe(0);

    // A council member has no part in this stage of the cycle at all.
    const council = await signedIn('council1', '/portal/ideas');
    await council.getByTestId('forbidden').waitFor();
  });

  it('records support for a producer and summarises the year by funding source with the budget share', async () => {
    const page = await signedIn('officer', '/portal/support');
    await page.getByRole('heading', { name: 'Hỗ trợ chủ thể' }).waitFor();
    // Next year: the demo data records support for past years only, so the sums here are ours alone.
    const nextYear = String(Number(vnDay().slice(0, 4)) + 1);
    await page.getByLabel('Năm', { exact: true }).selectOption(nextYear);
    await page.getByText(`Tổng hợp kinh phí năm ${nextYear}`).waitFor();
    const record = async (source: string, amount: string) => {
      await page.getByRole('button', { name: 'Ghi nhận hỗ trợ' }).click();
      const form = page.getByRole('form', { name: 'Ghi nhận hoạt động hỗ trợ' });
      await form.getByLabel('Tìm chủ thể (gõ có dấu hoặc không dấu)').fill('ga tien yen binh minh');
      await form.getByLabel('Chủ thể', { exact: true }).selectOption({ label: 'HTX Gà Tiên Yên Bình Minh (dữ liệu mẫu)' });
      await form.getByLabel('Hình thức hỗ trợ').selectOption({ label: 'Đào tạo, tập huấn' });
      await form.getByLabel('Ngày', { exact: true }).fill(`${nextYear}-03-15`);
      await form.getByLabel('Kinh phí (đồng)').fill(amount);
      await form.getByLabel('Nguồn kinh phí').selectOption({ label: source });
      await form.getByLabel('Nội dung').fill('Tập huấn ghi chép nhật ký sản xuất và truy xuất nguồn gốc.');
      await form.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Đã ghi nhận hoạt động hỗ trợ.').waitFor();
    };
    await record('Ngân sách tỉnh', '30.000.000');
    await record('Vốn tín dụng', '90.000.000');
    const summary = page.getByTestId('support-summary');
    await summary.getByText('120.000.000 ₫').waitFor();
    // 30 of 120 million came from the State budget.
    await summary.locator('strong', { hasText: /^25%$/ }).waitFor();
    await summary.getByRole('row', { name: /Vốn tín dụng/ }).getByText('75%').waitFor();
    await expect.poll(() => page.getByTestId('support-row').count()).toBe(2);
  });
});
