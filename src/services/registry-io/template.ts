import ExcelJS from 'exceljs';
import { allUnits } from '../../db/repositories/units.js';
import { productSets } from '../../domain/scoring/catalogue.js';
import { productCatalogue } from '../../rules/catalogue/index.js';
import type { ServiceContext } from '../context.js';
import { CERTIFICATE_SHEET, NO, PRODUCER_SHEET, PRODUCT_SHEET, SALES_POINT_SHEET, type SheetSpec, YES } from './columns.js';
import { sheetOptions, writeHeader } from './sheet-layout.js';

// The import template: the register sheets (producers, products, their quality certificates and
// sales points) with their headers and drop-down lists, and a
// "Danh mục" (lists) sheet with every unit id, product set number and allowed value.

export const LISTS_SHEET = 'Danh mục';
const TEMPLATE_ROWS = 500;

type ListColumn = { header: string; values: (string | number)[] };

async function listColumns(ctx: ServiceContext): Promise<Record<string, ListColumn>> {
  const units = await allUnits(ctx.db);
  const sets = productSets(productCatalogue());
  const labels = (spec: SheetSpec, key: string) => Object.values(spec.columns.find((c) => c.key === key)?.options ?? {}).map((l) => l.vi);
  return {
    unitId: { header: 'Mã đơn vị (unit id)', values: units.map((u) => u.id) },
    unitName: { header: 'Tên đơn vị', values: units.map((u) => `${u.name}${u.valid_to === null ? '' : ` (đến ${u.valid_to})`}`) },
    setNumber: { header: 'Bộ sản phẩm (set)', values: sets.map((s) => s.set.number) },
    setName: { header: 'Tên bộ sản phẩm', values: sets.map((s) => `${s.set.name.vi} — ${s.group.code} ${s.group.name.vi} — ${s.sector.name.vi}`) },
    type: { header: 'Loại hình (type)', values: labels(PRODUCER_SHEET, 'type') },
    status: { header: 'Trạng thái (status)', values: labels(PRODUCT_SHEET, 'status') },
    certificateKind: { header: 'Loại chứng nhận (kind)', values: labels(CERTIFICATE_SHEET, 'kind') },
    salesPointKind: { header: 'Loại điểm bán (kind)', values: labels(SALES_POINT_SHEET, 'kind') },
    bool: { header: 'Có / Không', values: [YES.vi, NO.vi] },
  };
}

function writeLists(wb: ExcelJS.Workbook, lists: Record<string, ListColumn>): Map<string, string> {
  const ws = wb.addWorksheet(LISTS_SHEET);
  const ranges = new Map<string, string>();
  Object.entries(lists).forEach(([key, list], i) => {
    const col = ws.getColumn(i + 1);
    col.width = key === 'unitName' || key === 'setName' ? 60 : 20;
    col.values = [list.header, ...list.values];
    ws.getCell(1, i + 1).font = { bold: true };
    ranges.set(key, `'${LISTS_SHEET}'!$${col.letter}$2:$${col.letter}$${list.values.length + 1}`);
  });
  return ranges;
}

function addDropdowns(ws: ExcelJS.Worksheet, spec: SheetSpec, ranges: Map<string, string>): void {
  spec.columns.forEach((c, i) => {
    const range = ranges.get(c.kind === 'bool' ? 'bool' : (c.list ?? c.key));
    if (range === undefined) return;
    for (let r = 3; r < 3 + TEMPLATE_ROWS; r += 1) {
      ws.getCell(r, i + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [range], showErrorMessage: c.key !== 'unitId' };
    }
  });
}

export async function buildTemplate(ctx: ServiceContext): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OCOP platform';
  const sheets = [PRODUCER_SHEET, PRODUCT_SHEET, CERTIFICATE_SHEET, SALES_POINT_SHEET].map((spec) => {
    const ws = wb.addWorksheet(spec.name.vi, sheetOptions);
    writeHeader(ws, spec);
    return { ws, spec };
  });
  const ranges = writeLists(wb, await listColumns(ctx));
  for (const { ws, spec } of sheets) addDropdowns(ws, spec, ranges);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
