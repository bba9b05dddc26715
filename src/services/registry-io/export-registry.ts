import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { certificatesOf, salesPointsOf } from '../../db/repositories/product-parts.js';
import { listProducerRows } from '../../db/repositories/producers.js';
import { type ProductListRow, listProductRows } from '../../db/repositories/products.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { type ProducerQuery, resolveProducerFilter } from '../producers/producer-filter.js';
import { presentProducer, producerInputOf } from '../producers/producer-input.js';
import { type ProductQuery, resolveProductFilter } from '../products/product-filter.js';
import type { Cell } from './cells.js';
import { CERTIFICATE_SHEET, PRODUCER_SHEET, PRODUCT_SHEET, SALES_POINT_SHEET, type SheetSpec } from './columns.js';
import { csvLine } from './csv.js';
import { recordCells, sheetOptions, writeHeader } from './sheet-layout.js';

// Exports of any filtered, role-scoped list, in the import layout (so an export can be edited and
// imported back). Rows are read page by page and streamed: .xlsx through exceljs' WorkbookWriter,
// CSV as UTF-8 with a byte-order mark so Excel shows Vietnamese correctly.

export type ExportFormat = 'xlsx' | 'csv';
export type ExportJob = { filename: string; contentType: string; write(out: Writable): Promise<void> };

const PAGE = 1000;
type Pages = () => AsyncGenerator<Cell[][]>;
type SheetPages = { spec: SheetSpec; pages: Pages };

// Sheets are written one after another, each streamed page by page (a sheet left open while
// another is written would be held in memory by the zip writer).
async function writeXlsx(out: Writable, sheets: SheetPages[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  for (const { spec, pages } of sheets) {
    const ws = wb.addWorksheet(spec.name.vi, sheetOptions);
    writeHeader(ws, spec);
    for await (const rows of pages()) for (const cells of rows) ws.addRow(cells).commit();
    ws.commit();
  }
  await wb.commit();
}

async function writeCsv(out: Writable, { spec, pages }: SheetPages): Promise<void> {
  const write = (s: string) => new Promise<void>((resolve, reject) => out.write(s, (err) => (err ? reject(err) : resolve())));
  await write(`\uFEFF${csvLine(spec.columns.map((c) => c.label.vi))}`);
  for await (const rows of pages()) await write(rows.map(csvLine).join(''));
  out.end();
}

/** A CSV file holds one table: the first sheet (the register itself). */
function job(name: string, format: ExportFormat, sheets: [SheetPages, ...SheetPages[]]): ExportJob {
  return format === 'xlsx'
    ? { filename: `${name}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', write: (out) => writeXlsx(out, sheets) }
    : { filename: `${name}.csv`, contentType: 'text/csv; charset=utf-8', write: (out) => writeCsv(out, sheets[0]) };
}

export async function prepareProducerExport(ctx: ServiceContext, opts: { actor: Actor; query: Partial<ProducerQuery>; format: ExportFormat }): Promise<ExportJob> {
  const { filter, sort } = await resolveProducerFilter(ctx, opts.actor, opts.query);
  return job('chu-the-ocop', opts.format, [{ spec: PRODUCER_SHEET, pages: async function* pages() {
    for (let offset = 0; ; offset += PAGE) {
      const rows = await listProducerRows(ctx.db, filter, PAGE, offset, sort);
      if (rows.length > 0) yield rows.map((r) => recordCells(PRODUCER_SHEET, producerInputOf(presentProducer(r))));
      if (rows.length < PAGE) return;
    }
  } }]);
}

function productRecord(r: ProductListRow): object {
  return {
    producerKey: r.producer_tax_code ?? r.producer_registration_no, name: r.name, nameEn: r.name_en, setNumber: r.set_number, gtin: r.gtin,
    status: r.status, star: r.star, description: r.description, story: r.story, rawMaterialAreaHa: r.raw_material_area_ha,
    capacity: { amount: r.capacity_amount, unit: r.capacity_unit }, priceVnd: r.price_vnd,
  };
}

/** Pages of the filtered products, each with the rows a sheet makes of it. */
function productPages(ctx: ServiceContext, q: ProductListQuery, rowsOf: (page: ProductListRow[]) => Promise<Cell[][]>): Pages {
  return async function* pages() {
    for (let offset = 0; ; offset += PAGE) {
      const rows = await listProductRows(ctx.db, q.filter, PAGE, offset, q.sort);
      if (rows.length > 0) yield await rowsOf(rows);
      if (rows.length < PAGE) return;
    }
  };
}

type ProductListQuery = Awaited<ReturnType<typeof resolveProductFilter>>;
const refOf = (r: ProductListRow) => ({ producerKey: r.producer_tax_code ?? r.producer_registration_no, productName: r.name });

/** Child rows in the page's product order (not by product id), then in list order. */
function inPageOrder<T extends { product_id: number; position: number }>(page: ProductListRow[], rows: T[]): (T & { product: ProductListRow })[] {
  const index = new Map(page.map((r, i) => [r.id, i]));
  return rows
    .flatMap((row) => { const i = index.get(row.product_id); const product = i === undefined ? undefined : page[i]; return product === undefined ? [] : [{ ...row, product }]; })
    .sort((a, b) => (index.get(a.product_id) ?? 0) - (index.get(b.product_id) ?? 0) || a.position - b.position);
}

async function certificateRows(ctx: ServiceContext, page: ProductListRow[]): Promise<Cell[][]> {
  return inPageOrder(page, await certificatesOf(ctx.db, page.map((r) => r.id))).map((c) =>
    recordCells(CERTIFICATE_SHEET, { ...refOf(c.product), kind: c.kind, number: c.number, issuer: c.issuer, validFrom: c.valid_from, validTo: c.valid_to }));
}

async function salesPointRows(ctx: ServiceContext, page: ProductListRow[]): Promise<Cell[][]> {
  return inPageOrder(page, await salesPointsOf(ctx.db, page.map((r) => r.id))).map((p) =>
    recordCells(SALES_POINT_SHEET, { ...refOf(p.product), name: p.name, address: p.address, kind: p.kind }));
}

/** Products, with their quality certificates and sales points as two more sheets in the .xlsx. */
export async function prepareProductExport(ctx: ServiceContext, opts: { actor: Actor; query: Partial<ProductQuery>; format: ExportFormat }): Promise<ExportJob> {
  const q = await resolveProductFilter(ctx, opts.actor, opts.query);
  return job('san-pham-ocop', opts.format, [
    { spec: PRODUCT_SHEET, pages: productPages(ctx, q, async (page) => page.map((r) => recordCells(PRODUCT_SHEET, productRecord(r)))) },
    { spec: CERTIFICATE_SHEET, pages: productPages(ctx, q, (page) => certificateRows(ctx, page)) },
    { spec: SALES_POINT_SHEET, pages: productPages(ctx, q, (page) => salesPointRows(ctx, page)) },
  ]);
}
