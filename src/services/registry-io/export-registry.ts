import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { listProducerRows } from '../../db/repositories/producers.js';
import { type ProductListRow, listProductRows } from '../../db/repositories/products.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { type ProducerQuery, resolveProducerFilter } from '../producers/producer-filter.js';
import { presentProducer, producerInputOf } from '../producers/producer-input.js';
import { type ProductQuery, resolveProductFilter } from '../products/product-filter.js';
import type { Cell } from './cells.js';
import { PRODUCER_SHEET, PRODUCT_SHEET, type SheetSpec } from './columns.js';
import { csvLine } from './csv.js';
import { recordCells, sheetOptions, writeHeader } from './sheet-layout.js';

// Exports of any filtered, role-scoped list, in the import layout (so an export can be edited and
// imported back). Rows are read page by page and streamed: .xlsx through exceljs' WorkbookWriter,
// CSV as UTF-8 with a byte-order mark so Excel shows Vietnamese correctly.

export type ExportFormat = 'xlsx' | 'csv';
export type ExportJob = { filename: string; contentType: string; write(out: Writable): Promise<void> };

const PAGE = 1000;
type Pages = () => AsyncGenerator<Cell[][]>;

async function writeXlsx(out: Writable, spec: SheetSpec, pages: Pages): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet(spec.name.vi, sheetOptions);
  writeHeader(ws, spec);
  for await (const rows of pages()) for (const cells of rows) ws.addRow(cells).commit();
  ws.commit();
  await wb.commit();
}

async function writeCsv(out: Writable, spec: SheetSpec, pages: Pages): Promise<void> {
  const write = (s: string) => new Promise<void>((resolve, reject) => out.write(s, (err) => (err ? reject(err) : resolve())));
  await write(`\uFEFF${csvLine(spec.columns.map((c) => c.label.vi))}`);
  for await (const rows of pages()) await write(rows.map(csvLine).join(''));
  out.end();
}

function job(name: string, format: ExportFormat, spec: SheetSpec, pages: Pages): ExportJob {
  return format === 'xlsx'
    ? { filename: `${name}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', write: (out) => writeXlsx(out, spec, pages) }
    : { filename: `${name}.csv`, contentType: 'text/csv; charset=utf-8', write: (out) => writeCsv(out, spec, pages) };
}

export async function prepareProducerExport(ctx: ServiceContext, opts: { actor: Actor; query: Partial<ProducerQuery>; format: ExportFormat }): Promise<ExportJob> {
  const { filter, sort } = await resolveProducerFilter(ctx, opts.actor, opts.query);
  return job('chu-the-ocop', opts.format, PRODUCER_SHEET, async function* pages() {
    for (let offset = 0; ; offset += PAGE) {
      const rows = await listProducerRows(ctx.db, filter, PAGE, offset, sort);
      if (rows.length > 0) yield rows.map((r) => recordCells(PRODUCER_SHEET, producerInputOf(presentProducer(r))));
      if (rows.length < PAGE) return;
    }
  });
}

function productRecord(r: ProductListRow): object {
  return {
    producerKey: r.producer_tax_code ?? r.producer_registration_no, name: r.name, nameEn: r.name_en, setNumber: r.set_number, gtin: r.gtin,
    status: r.status, star: r.star, description: r.description, story: r.story, rawMaterialAreaHa: r.raw_material_area_ha,
    capacity: { amount: r.capacity_amount, unit: r.capacity_unit }, priceVnd: r.price_vnd,
  };
}

export async function prepareProductExport(ctx: ServiceContext, opts: { actor: Actor; query: Partial<ProductQuery>; format: ExportFormat }): Promise<ExportJob> {
  const { filter, sort } = await resolveProductFilter(ctx, opts.actor, opts.query);
  return job('san-pham-ocop', opts.format, PRODUCT_SHEET, async function* pages() {
    for (let offset = 0; ; offset += PAGE) {
      const rows = await listProductRows(ctx.db, filter, PAGE, offset, sort);
      if (rows.length > 0) yield rows.map((r) => recordCells(PRODUCT_SHEET, productRecord(r)));
      if (rows.length < PAGE) return;
    }
  });
}
