import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, clientFor, validTaxCodes } from './fixtures/registry-client.js';
import { type Row, workbook } from './fixtures/workbook.js';
import { zipOf } from './fixtures/zip.js';
import { type TestServer, startTestServer } from './helpers/server.js';

// Importing the register from Excel: the template, the dry-run report, all-or-nothing, valid-only,
// re-import without duplicates, the caller's commune, CSV export.

type SheetCounts = { rows: number; invalid: number; created: number; updated: number; unchanged: number };
type Report = {
  applied: boolean;
  certificates: SheetCounts | null;
  salesPoints: SheetCounts | null;
  producers: { rows: number; invalid: number; created: number; updated: number; unchanged: number } | null;
  products: { rows: number; invalid: number; created: number; updated: number; unchanged: number } | null;
  errors: { sheet: string; row: number; column: string | null; field: string; message: { vi: string; en: string } }[];
};

let srv: TestServer;
let officer: Client;
let commune: Client;
let producer: Client;
const codes = validTaxCodes('570177', 10);

const producers: Row[] = [
  { taxCode: codes[0]!, name: 'HTX Nhập khẩu Một', type: 'Hợp tác xã', unitId: 'new-06862', 'representative.name': 'Vi Thị Lan', 'representative.woman': 'Có', 'representative.ethnicMinority': 'x', 'employees.total': 12, 'employees.women': 7 },
  { registrationNo: 'HKD-TY-0077', name: 'Hộ Nhập khẩu Hai', type: 'household', unitId: 'old-06871', address: 'Xã Phong Dụ (cũ)' },
];
const products: Row[] = [
  { producerKey: codes[0]!, name: 'Mật ong bạc hà nhập', setNumber: 4, gtin: '4006381333931', status: 'Đã công nhận', star: 4, rawMaterialAreaHa: '2,5', priceVnd: '250.000' },
  { producerKey: 'HKD-TY-0077', name: 'Gà ủ lá nhập', setNumber: 5, 'capacity.amount': 3000, 'capacity.unit': 'con' },
];

const importFile = (client: Client, bytes: Buffer, mode: string) => client.upload(`/api/v1/registry/import?mode=${mode}`, bytes, 'so-dang-ky.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
const countProducts = async () => (await officer.json<{ total: number }>('GET', '/api/v1/products?pageSize=1')).body.total;

beforeAll(async () => {
  srv = await startTestServer();
  officer = await clientFor(srv.url, srv.server.runtime.ctx, 'officer');
  commune = await clientFor(srv.url, srv.server.runtime.ctx, 'commune');
  producer = await clientFor(srv.url, srv.server.runtime.ctx, 'producer');
});
afterAll(async () => srv.close());

describe('template', () => {
  it('has the register sheets with Vietnamese headers, a hidden key row, lists and drop-downs', async () => {
    const res = await officer.req('GET', '/api/v1/registry/template.xlsx');
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Chủ thể', 'Sản phẩm', 'Chứng nhận chất lượng', 'Điểm bán', 'Danh mục']);
    expect(wb.getWorksheet('Chứng nhận chất lượng')!.getCell('C3').dataValidation).toMatchObject({ type: 'list' });
    const ws = wb.getWorksheet('Chủ thể')!;
    expect(ws.getCell('A1').value).toBe('Mã số thuế');
    expect(ws.getRow(2).hidden).toBe(true);
    expect(ws.getCell('D3').dataValidation).toMatchObject({ type: 'list' });
    const lists = wb.getWorksheet('Danh mục')!;
    const values = lists.getColumn(1).values;
    expect(values).toContain('new-06862');
    expect(values).toContain('old-06871');
    expect(lists.getColumn(3).values).toContain(26);
  });
});

describe('import', () => {
  it('a dry run reports every bad row by sheet, row and column, in Vietnamese and English, and writes nothing', async () => {
    const before = await countProducts();
    const bad = await workbook({
      producers: [...producers, { taxCode: '5701900101', name: 'HTX Sai mã', type: 'Hợp tác xã', unitId: 'new-99999' }],
      products: [...products, { producerKey: codes[0]!, name: 'Sai mã vạch', setNumber: 30, gtin: '4006381333932' }],
    });
    const res = await importFile(officer, bad, 'dry-run');
    expect(res.status).toBe(200);
    const report = (await res.json()) as Report;
    expect(report.applied).toBe(false);
    expect(report.producers).toMatchObject({ rows: 3, invalid: 1, created: 2 });
    expect(report.products).toMatchObject({ rows: 3, invalid: 1, created: 2 });
    expect(report.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ sheet: 'Chủ thể', row: 5, column: 'A', field: 'taxCode' }),
      expect.objectContaining({ sheet: 'Sản phẩm', row: 5, column: 'D', field: 'setNumber' }),
      expect.objectContaining({ sheet: 'Sản phẩm', row: 5, column: 'E', field: 'gtin' }),
    ]));
    const taxError = report.errors.find((e) => e.field === 'taxCode')!;
    expect(taxError.message.vi).toMatch(/mã số thuế/);
    expect(taxError.message.en).toMatch(/check digit/);
    expect(await countProducts()).toBe(before);
  });

  it('writes nothing from a file with one bad row (mode=all)', async () => {
    const before = await countProducts();
    const oneBad = await workbook({ producers, products: [...products, { producerKey: codes[0]!, name: 'Thiếu bộ sản phẩm' }] });
    const res = await importFile(officer, oneBad, 'all');
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: { path: string; message: string }[] };
    expect(problem.errors[0]!.path).toBe('Sản phẩm!D5 (setNumber)');
    expect(await countProducts()).toBe(before);
    expect((await officer.json<{ total: number }>('GET', `/api/v1/producers?q=${encodeURIComponent('nhap khau')}`)).body.total).toBe(0);
  });

  it('imports only the valid rows with mode=valid-only, reporting the rest', async () => {
    const mixed = await workbook({ products: [{ producerKey: '0000000000', name: 'Không có chủ thể', setNumber: 1 }] , producers: [] });
    const res = await importFile(officer, mixed, 'valid-only');
    const report = (await res.json()) as Report;
    expect(report.products).toMatchObject({ rows: 1, invalid: 1, created: 0 });
    expect(report.errors[0]).toMatchObject({ field: 'producerKey', column: 'A' });
  });

  it('imports a valid file, and importing it again creates no duplicates', async () => {
    const file = await workbook({ producers, products });
    const first = (await (await importFile(officer, file, 'all')).json()) as Report;
    expect(first).toMatchObject({ applied: true, producers: { created: 2 }, products: { created: 2 } });
    const again = (await (await importFile(officer, file, 'all')).json()) as Report;
    expect(again).toMatchObject({ producers: { created: 0, updated: 0, unchanged: 2 }, products: { created: 0, updated: 0, unchanged: 2 } });
    const changed = await workbook({ products: [{ ...products[0]!, priceVnd: 260000 }] });
    const third = (await (await importFile(officer, changed, 'all')).json()) as Report;
    expect(third.products).toMatchObject({ created: 0, updated: 1 });
    const list = await officer.json<{ items: { name: string; gtin: string; star: number; priceVnd: number; rawMaterialAreaHa: number }[] }>('GET', `/api/v1/products?q=${encodeURIComponent('mat ong bac ha nhap')}`);
    expect(list.body.items).toEqual([expect.objectContaining({ gtin: '04006381333931', star: 4, priceVnd: 260000, rawMaterialAreaHa: 2.5 })]);
    const rep = await officer.json<{ items: { representative: { woman: boolean; ethnicMinority: boolean } }[] }>('GET', `/api/v1/producers?q=${encodeURIComponent('HTX Nhập khẩu Một')}`);
    expect(rep.body.items[0]!.representative).toMatchObject({ woman: true, ethnicMinority: true });
    const audit = await (await clientFor(srv.url, srv.server.runtime.ctx, 'admin')).json<{ items: { after: { producers: { created: number } } }[] }>('GET', '/api/v1/audit?action=registry.import');
    // one entry per applied import: the valid-only import above (nothing valid) and these three
    expect(audit.body.items.length).toBe(4);
  });

  it('reads sheets without the key row by their Vietnamese headers', async () => {
    const file = await workbook({ producers: [{ taxCode: codes[3]!, name: 'HTX Không dòng khóa', type: 'Tổ hợp tác', unitId: 'new-06862' }] }, { keyRow: false });
    const report = (await (await importFile(officer, file, 'dry-run')).json()) as Report;
    expect(report.producers).toMatchObject({ rows: 1, invalid: 0, created: 1 });
  });

  it('lets a commune officer import only rows in their commune, and refuses producers', async () => {
    const file = await workbook({ producers: [
      { taxCode: codes[4]!, name: 'HTX Trong xã', type: 'Hợp tác xã', unitId: 'new-06862' },
      { taxCode: codes[5]!, name: 'HTX Ngoài xã', type: 'Hợp tác xã', unitId: 'new-06970' },
    ] });
    const report = (await (await importFile(commune, file, 'valid-only')).json()) as Report;
    expect(report.producers).toMatchObject({ rows: 2, invalid: 1, created: 1 });
    expect(report.errors[0]).toMatchObject({ row: 4, field: 'unitId', column: 'E' });
    expect((await importFile(producer, file, 'dry-run')).status).toBe(403);
  });

  it('answers problems, not 500s, for files that are not workbooks', async () => {
    const res = await importFile(officer, Buffer.from('not,a,workbook\n'), 'dry-run');
    expect(res.status).toBe(422);
    const empty = await importFile(officer, await workbook({}), 'dry-run');
    expect(empty.status).toBe(422);
  });
});

describe('quality certificates and sales points', () => {
  const product = { producerKey: codes[6]!, name: 'Trà hoa vàng nhập', setNumber: 9 };
  const owner = { taxCode: codes[6]!, name: 'HTX Trà nhập thử', type: 'Hợp tác xã', unitId: 'new-06862' };
  const ref = { producerKey: codes[6]!, productName: product.name };
  const certificates: Row[] = [
    { ...ref, kind: 'VietGAP', number: 'VG-2025-118', issuer: 'Sở Nông nghiệp và Môi trường Quảng Ninh', validFrom: '2025-03-01', validTo: '2028-02-28' },
    { ...ref, kind: 'food_safety', number: 'ATTP-77' },
  ];
  const salesPoints: Row[] = [{ ...ref, name: 'Cửa hàng OCOP Hạ Long', address: 'Bãi Cháy, Hạ Long', kind: 'Cửa hàng' }];
  const stored = async () => {
    const list = await officer.json<{ items: { id: number }[] }>('GET', `/api/v1/products?q=${encodeURIComponent('tra hoa vang nhap')}`);
    return (await officer.json<{ certificates: unknown[]; salesPoints: unknown[] }>('GET', `/api/v1/products/${list.body.items[0]!.id}`)).body;
  };

  it('sets each product\'s lists from their sheets, and re-importing them changes nothing', async () => {
    const file = await workbook({ producers: [owner], products: [product], certificates, salesPoints });
    const first = (await (await importFile(officer, file, 'all')).json()) as Report;
    expect(first).toMatchObject({ certificates: { rows: 2, created: 1 }, salesPoints: { rows: 1, created: 1 } });
    expect(await stored()).toMatchObject({
      certificates: [{ kind: 'vietgap', number: 'VG-2025-118', validFrom: '2025-03-01', validTo: '2028-02-28' }, { kind: 'food_safety', number: 'ATTP-77', validTo: null }],
      salesPoints: [{ name: 'Cửa hàng OCOP Hạ Long', kind: 'shop' }],
    });
    const again = (await (await importFile(officer, file, 'all')).json()) as Report;
    expect(again).toMatchObject({ products: { unchanged: 1 }, certificates: { unchanged: 1, updated: 0 }, salesPoints: { unchanged: 1 } });
    // A sheet present with no row for the product empties its list; a sheet left out keeps it.
    const fewer = (await (await importFile(officer, await workbook({ products: [product], certificates: [certificates[0]!] }), 'all')).json()) as Report;
    expect(fewer).toMatchObject({ products: { updated: 1 }, certificates: { updated: 1 }, salesPoints: null });
    expect(await stored()).toMatchObject({ certificates: [{ number: 'VG-2025-118' }], salesPoints: [{ name: 'Cửa hàng OCOP Hạ Long' }] });
  });

  it('names the row and column of a bad certificate or an unknown product, and writes nothing', async () => {
    const bad = await workbook({
      products: [product],
      certificates: [{ ...ref, kind: 'VietGAP', validFrom: '2026-05-01', validTo: '2025-05-01' }, { ...ref, productName: 'Sản phẩm không có', kind: 'Hữu cơ' }],
    });
    const res = await importFile(officer, bad, 'all');
    expect(res.status).toBe(422);
    const dry = (await (await importFile(officer, bad, 'dry-run')).json()) as Report;
    expect(dry.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ sheet: 'Chứng nhận chất lượng', row: 3, field: 'validTo', column: 'G' }),
      expect.objectContaining({ sheet: 'Chứng nhận chất lượng', row: 4, field: 'productName', column: 'B' }),
    ]));
    expect((await stored()).certificates).toHaveLength(1);
  });
});

describe('decompression bombs', () => {
  const upload = (bytes: Buffer) => importFile(officer, bytes, 'dry-run');

  it('refuses a workbook that expands beyond the import limit before reading it', async () => {
    const zeros = Buffer.alloc(30 * 1024 * 1024);
    const bomb = zipOf([1, 2, 3, 4].map((n) => ({ name: `xl/worksheets/sheet${n}.xml`, data: zeros })));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await upload(bomb);
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses an entry that holds more than its directory declares', async () => {
    const liar = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 * 1024 * 1024), declaredSize: 1000 }]);
    const res = await upload(liar);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors?: unknown; detail: string }).detail).toContain('expands beyond');
  });
});

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark and keeps Vietnamese text', async () => {
    const res = await officer.req('GET', `/api/v1/producers.csv?q=${encodeURIComponent('nhap khau')}`);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('.csv');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Mã số thuế,');
    expect(text).toContain('HTX Nhập khẩu Một');
    expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(3);
  });
});
