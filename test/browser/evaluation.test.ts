// A full evaluation round in real browsers, one profile per person: the producer self-assesses on
// a phone (options chosen to reach a known total) and files the dossier with its evidence, the
// commune passes its pre-assessment, the province sends it to the council, three members score
// on tablets (one far off, so the spread rule flags them), the flagged member re-scores, the chair
// closes scoring, the province records the decision, and the certificate shows in the register,
// as a PDF and on its public page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, SCREENSHOTS, TABLET, launchBrowser, sidewaysOverflow, type BrowserSession } from '../helpers/browser.js';
import { ApiClient, startTestServer, type TestServer } from '../helpers/server.js';

type Option = { position: number; points: number; minStar?: number; appliesTo?: { producerTypes?: string[] } };
type Criterion = { code: string; options: Option[] };
type Plan = { answers: Record<string, number>; total: number };

const SET = 8;
const PRODUCT = `Chả gà Tiên Yên hấp lá chanh ${Date.now() % 100_000}`;

let server: TestServer;
let browser: BrowserSession;
let criteria: Criterion[];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser(server);
  const producer = new ApiClient(server.url);
  await producer.login('producer');
  const me = (await (await producer.get('/api/v1/auth/me')).json()) as { user: { producerId: number } };
  const created = await producer.request('POST', '/api/v1/products', { producerId: me.user.producerId, name: PRODUCT, setNumber: SET, status: 'developing' });
  expect(created.status, await created.clone().text()).toBe(201);
  const sheet = (await (await fetch(`${server.url}/api/v1/scoring/sheets/26-2026/${SET}`)).json()) as { sheet: { criteria: Criterion[] } };
  criteria = sheet.sheet.criteria;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Options a co-operative may choose (criterion A.3.1 scores the legal form). */
const fitting = (c: Criterion) => c.options.filter((o) => o.appliesTo?.producerTypes?.includes('cooperative') ?? true).sort((a, b) => a.points - b.points);

/**
 * Answers that meet every 3★ and 4★ minimum and add up to as close to `target` as the options
 * allow without passing it: the floor first, then criteria raised one by one.
 */
function planFor(target: number): Plan {
  const answers: Record<string, number> = {};
  let total = 0;
  const floors = criteria.map((c) => {
    const options = fitting(c);
    const need = Math.max(0, ...options.filter((o) => (o.minStar ?? 9) <= 4).map((o) => o.points));
    const floor = options.find((o) => o.points >= need) ?? options[0];
    if (floor === undefined) throw new Error(`no option for ${c.code}`);
    answers[c.code] = floor.position;
    total += floor.points;
    return { c, floor };
  });
  for (const { c, floor } of floors) {
    const better = fitting(c).filter((o) => o.points > floor.points && total - floor.points + o.points <= target).pop();
    if (better === undefined) continue;
    answers[c.code] = better.position;
    total += better.points - floor.points;
  }
  return { answers, total };
}

/** The lowest option everywhere: a member who is far off the others. */
function lowest(): Plan {
  const answers = Object.fromEntries(criteria.map((c) => [c.code, fitting(c)[0]?.position ?? 0]));
  const total = criteria.reduce((sum, c) => sum + (fitting(c)[0]?.points ?? 0), 0);
  return { answers, total };
}

async function fillSheet(page: Page, plan: Plan): Promise<void> {
  for (const [code, position] of Object.entries(plan.answers)) await page.locator(`input[name="${code}"][value="${position}"]`).check();
  await page.getByTestId('score-answered').filter({ hasText: `${criteria.length}/${criteria.length}` }).waitFor();
  expect(await page.getByTestId('score-total').textContent()).toBe(String(plan.total));
}

async function stateIs(page: Page, text: string): Promise<void> {
  await page.getByTestId('dossier-state').filter({ hasText: text }).first().waitFor();
}

/** A council member opens their worklist, scores the dossier and confirms. */
async function score(page: Page, plan: Plan): Promise<void> {
  await page.goto(`${page.url().split('/portal')[0]}/portal/council`);
  await page.getByTestId('council-row').filter({ hasText: PRODUCT }).getByRole('link', { name: PRODUCT }).click();
  await page.getByRole('link', { name: /^(Chấm điểm hồ sơ này|Chấm lại)$/ }).click();
  await page.getByTestId('own-state').waitFor();
  await fillSheet(page, plan);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Gửi phiếu chấm' }).click();
  // Either "you submitted N points" or, when the spread rule flags the member at once, "your score (N) is too far off".
  await page.getByTestId('own-state').filter({ hasText: new RegExp(`(Bạn đã gửi phiếu: ${plan.total} điểm|Điểm của bạn \\(${plan.total}\\))`) }).waitFor();
}

/** A one-page PDF standing in for a scanned document. */
function pdf(title: string): Buffer {
  const text = `BT /F1 16 Tf 60 780 Td (${title}) Tj ET`;
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n4 0 obj<</Length ${text.length}>>stream\n${text}\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
    'latin1',
  );
}

describe('an evaluation round in the portal', () => {
  it('runs from the self-assessment to a certificate with three council members, one spread flag and one re-score', async () => {
    const self = planFor(80);
    expect(self.total).toBeGreaterThanOrEqual(75);

    // The producer opens a first evaluation and self-assesses on a phone.
    const producer = await browser.signedIn('producer', '/portal/', PHONE);
    await producer.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Đánh giá, phân hạng' }).click();
    await producer.getByRole('link', { name: 'Đăng ký đánh giá' }).click();
    await producer.getByLabel('Sản phẩm', { exact: true }).selectOption({ label: `${PRODUCT} — Đang phát triển` });
    expect(await producer.getByRole('radio', { name: /Đánh giá lần đầu/ }).isChecked()).toBe(true);
    await producer.getByRole('button', { name: 'Tạo hồ sơ và tự đánh giá' }).click();
    await producer.getByRole('heading', { name: 'Phiếu tự đánh giá' }).waitFor();
    await fillSheet(producer, self);
    await producer.getByTestId('result-star').filter({ hasText: /^4 sao$/ }).waitFor();
    await producer.getByTestId('gap-heading').filter({ hasText: 'Để đạt 5 sao, cần cải thiện:' }).waitFor();
    expect(await sidewaysOverflow(producer)).toBeLessThanOrEqual(0);
    await producer.locator('[data-code="A.3.1"]').scrollIntoViewIfNeeded();
    await producer.screenshot({ path: `${SCREENSHOTS}/evaluation-self-assessment-360.png` });
    await producer.getByTestId('gap').scrollIntoViewIfNeeded();
    await producer.screenshot({ path: `${SCREENSHOTS}/evaluation-gap-360.png` });
    await producer.getByRole('button', { name: 'Lưu phiếu tự đánh giá' }).click();
    await producer.getByText(`Đã lưu phiếu tự đánh giá: ${self.total} điểm, 4 sao.`).waitFor();
    await producer.getByRole('link', { name: 'Tiếp: minh chứng và nộp hồ sơ' }).click();

    // Evidence: every type the dossier still needs, as files (the camera button takes photos).
    await stateIs(producer, 'Đang soạn hồ sơ');
    const dossierPath = new URL(producer.url()).pathname;
    const needed = await producer.getByTestId('evidence-needed').locator('li').count();
    for (let uploaded = 0; uploaded < needed; uploaded += 1) {
      const type = producer.getByLabel('Loại minh chứng');
      const value = await type.inputValue();
      expect(value, 'the next needed type is preselected').not.toBe('');
      await producer.getByTestId('evidence-file').setInputFiles({ name: `${value}.pdf`, mimeType: 'application/pdf', buffer: pdf(value) });
      await producer.getByTestId('evidence-item').nth(uploaded).waitFor();
    }
    await producer.getByText('Đã đủ minh chứng bắt buộc.').waitFor();
    await producer.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await stateIs(producer, 'Đã nộp tại xã');

    // The commune accepts it and passes the four contents of its pre-assessment.
    const commune = await browser.signedIn('commune', dossierPath, DESKTOP);
    await commune.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    await stateIs(commune, 'Xã đang đánh giá sơ bộ');
    const items = commune.getByTestId('commune-item');
    for (let i = 0; i < 4; i += 1) await items.nth(i).getByText('Đạt', { exact: true }).click();
    await commune.getByRole('button', { name: 'Đạt, chuyển lên tỉnh' }).click();
    await stateIs(commune, 'Tổ tư vấn tỉnh thẩm định');

    // The province's advisory group sends it to the demo council.
    const officer = await browser.signedIn('officer', dossierPath, DESKTOP);
    await officer.getByRole('button', { name: 'Chuyển ra Hội đồng' }).click();
    await stateIs(officer, 'Hội đồng đang chấm điểm');

    // Three members score independently on tablets; council3 is far off.
    const [chair, secretary, member] = await Promise.all(['council1', 'council2', 'council3'].map((u) => browser.signedIn(u, '/portal/council', TABLET)));
    if (!chair || !secretary || !member) throw new Error('three council members');
    await score(chair, planFor(82));
    await secretary.goto(server.url + dossierPath);
    await secretary.getByText('Mỗi thành viên chấm độc lập: bạn sẽ thấy điểm của các thành viên khác sau khi gửi phiếu của mình.').waitFor();
    expect(await secretary.getByTestId('tally-row').count(), 'no score is shown before one is given').toBe(0);
    await score(secretary, planFor(78));
    const far = lowest();
    expect(far.total).toBeLessThan(60);
    await score(member, far);
    await member.getByTestId('own-state').filter({ hasText: 'chênh lệch quá mức' }).waitFor();

    // The chair sees the spread flag on council3 and cannot close without the override.
    await chair.goto(server.url + dossierPath);
    await chair.getByTestId('spread-alert').filter({ hasText: 'council3' }).waitFor();
    await chair.getByTestId('tally-flagged').filter({ hasText: 'council3' }).waitFor();
    expect(await chair.getByRole('button', { name: 'Kết thúc chấm điểm' }).isDisabled()).toBe(true);
    await chair.getByTestId('tally').scrollIntoViewIfNeeded();
    await chair.screenshot({ path: `${SCREENSHOTS}/evaluation-tally-1024.png` });

    // council3 is asked to re-score and does.
    await member.goto(server.url + dossierPath);
    await member.getByRole('link', { name: 'Chấm lại' }).click();
    await member.getByTestId('own-state').filter({ hasText: 'chênh lệch quá mức' }).waitFor();
    const rescore = planFor(80);
    await fillSheet(member, rescore);
    member.once('dialog', (dialog) => void dialog.accept());
    await member.getByRole('button', { name: 'Gửi phiếu chấm' }).click();
    await member.getByTestId('own-state').filter({ hasText: `(lần 2)` }).waitFor();

    // The chair closes scoring: no spread left, the mean is in the 4★ band.
    await chair.reload();
    await chair.getByTestId('tally-summary').waitFor();
    expect(await chair.getByTestId('spread-alert').count()).toBe(0);
    await chair.screenshot({ path: `${SCREENSHOTS}/evaluation-tally-closed-1024.png` });
    await chair.getByRole('button', { name: 'Kết thúc chấm điểm' }).click();
    await stateIs(chair, 'Đã có kết quả chấm điểm');

    // The province records the decision; the certificate follows.
    await officer.reload();
    await officer.getByLabel('Số quyết định').fill('2468/QĐ-UBND');
    await officer.getByLabel('Người ký', { exact: true }).fill('Nguyễn Văn Thử');
    await officer.getByRole('button', { name: 'Ghi nhận quyết định' }).click();
    await stateIs(officer, 'Đã có quyết định');
    await officer.getByRole('link', { name: 'Xem giấy chứng nhận' }).click();
    await officer.getByTestId('certificate-status').filter({ hasText: 'Còn hiệu lực' }).waitFor();
    const number = (await officer.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
    expect(number).toMatch(/^QN-\d{4}-OCOP-\d+$/);

    // It is in the register (newest first), its PDF answers as a PDF, and the public page says valid.
    await officer.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Giấy chứng nhận' }).click();
    await officer.getByTestId('certificate-row').first().filter({ hasText: number }).filter({ hasText: PRODUCT }).waitFor();
    await officer.getByRole('link', { name: number }).click();
    const pdfHref = await officer.getByTestId('certificate-pdf').getAttribute('href');
    const pdfAnswer = await officer.request.get(server.url + (pdfHref ?? ''));
    expect(pdfAnswer.status()).toBe(200);
    expect(pdfAnswer.headers()['content-type']).toContain('application/pdf');
    expect((await pdfAnswer.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const visitor = await browser.open(`/certificates/${encodeURIComponent(number)}`, PHONE);
    await visitor.getByText('Còn hiệu lực').first().waitFor();
    expect(await visitor.content()).toContain(PRODUCT);
    await visitor.screenshot({ path: `${SCREENSHOTS}/evaluation-public-certificate-360.png`, fullPage: true });
  }, 240_000);
});
