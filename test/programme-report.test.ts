import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamDay } from '../src/domain/scoring/library.js';
import { SHEET_NAMES } from '../src/services/programme-report/programme-report.js';
import { TABLE_KEYS } from '../src/domain/dashboard/tables.js';
import { type Client, clientFor } from './fixtures/registry-client.js';
import { addProgrammeFigures } from './dashboard-fixtures.js';
import { type TestServer, startTestServer } from './helpers/server.js';

// The yearly programme report: a PDF whose text carries the dashboard's figures (read back with
// poppler's pdftotext when it is installed) and an .xlsx with one sheet per table.

let srv: TestServer;
let officer: Client;
let year: number;
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined;

type Totals = { products: { total: { s3: number; s4: number; s5: number; total: number }; producers: number }; expiring: { total: number } };

beforeAll(async () => {
  srv = await startTestServer();
  const ctx = srv.server.runtime.ctx;
  year = Number(vietnamDay(new Date()).slice(0, 4));
  await addProgrammeFigures(ctx, year);
  officer = await clientFor(srv.url, ctx, 'officer');
}, 120_000);
afterAll(async () => srv.close());

function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-report-'));
  const file = join(dir, 'report.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('programme report', () => {
  it('renders a Vietnamese PDF with the year’s figures, tables and page numbers', async () => {
    const v = (await officer.json<Totals>('GET', `/api/v1/dashboard?year=${year}`)).body;
    const res = await officer.req('GET', `/api/v1/programme-report/${year}.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    if (!hasPoppler) return;
    const text = pdfText(bytes);
    const t = v.products.total;
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain(`năm ${year}`);
    expect(text.replace(/\s+/g, ' ')).toContain(`${t.total} sản phẩm OCOP 3–5 sao còn hiệu lực (${t.s3}/${t.s4}/${t.s5})`);
    expect(text).toMatch(/Bảng 1\. Sản phẩm OCOP theo hạng sao/);
    expect(text).toMatch(/Biểu đồ 1\./);
    expect(text).toContain('ngân sách tỉnh');
    expect(text).toMatch(/Trang 1\/\d+/);
    const pages = Number(/Trang 1\/(\d+)/.exec(text)?.[1]);
    expect(text).toContain(`Trang ${pages}/${pages}`);
    expect(text).toContain('GIÁM ĐỐC');
  });

  it('exports an .xlsx with one sheet per table', async () => {
    const res = await officer.req('GET', `/api/v1/programme-report/${year}.xlsx`);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(TABLE_KEYS.map((k) => SHEET_NAMES[k]));
    const funding = wb.getWorksheet(SHEET_NAMES.funding);
    const rows: unknown[] = [];
    funding?.eachRow((r) => rows.push(Array.isArray(r.values) ? r.values[1] : undefined));
    expect(rows).toContain('Ngân sách tỉnh');
  });

  it('is refused to producers and outside a commune officer’s commune', async () => {
    const ctx = srv.server.runtime.ctx;
    const producer = await clientFor(srv.url, ctx, 'producer');
    expect((await producer.req('GET', `/api/v1/programme-report/${year}.pdf`)).status).toBe(403);
    const commune = await clientFor(srv.url, ctx, 'commune');
    expect((await commune.req('GET', `/api/v1/programme-report/${year}.xlsx?unit=new-06970`)).status).toBe(403);
    expect((await commune.req('GET', `/api/v1/programme-report/${year}.pdf`)).status).toBe(200);
  });
});
