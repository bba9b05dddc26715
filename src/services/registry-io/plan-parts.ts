import type { Kysely } from 'kysely';
import { z } from 'zod';
import { certificatesOf, salesPointsOf } from '../../db/repositories/product-parts.js';
import type { DB } from '../../db/schema.js';
import {
  CertificateFields,
  MAX_CERTIFICATES,
  MAX_SALES_POINTS,
  SalesPointInput,
  certificateDatesInOrder,
} from '../products/product-input.js';
import { certificateColumns, salesPointColumns } from '../products/product-output.js';
import type { Action } from './plan-producers.js';
import type { ProductItem } from './plan-products.js';
import { rowInput } from './cells.js';
import { CERTIFICATE_SHEET, PRODUCT_SHEET, SALES_POINT_SHEET, type SheetSpec } from './columns.js';
import type { ReadSheet } from './read-workbook.js';
import { type RowIssue, rowIssue, validateSheet } from './validate-rows.js';

// The "Chứng nhận chất lượng" and "Điểm bán" sheets. Each row names a product of the workbook's
// "Sản phẩm" sheet by producer key and name. When a sheet is present it is the whole list for every
// product of the file: a product with no rows there ends up with none. A product with an invalid
// row keeps its stored list (valid-only imports must not drop an entry because of a typo).

const ProductRef = { producerKey: z.string().trim().min(1).max(30), productName: z.string().trim().min(2).max(200) };
export const CertificateRowInput = CertificateFields.extend(ProductRef).superRefine(certificateDatesInOrder);
export const SalesPointRowInput = SalesPointInput.extend(ProductRef);
type CertificateRow = z.infer<typeof CertificateRowInput>;
type SalesPointRow = z.infer<typeof SalesPointRowInput>;

export type PartLists = { certificates?: CertificateRow[]; salesPoints?: SalesPointRow[] };
export type PartSheets = { certificates: ReadSheet | undefined; salesPoints: ReadSheet | undefined };
export type PartActions = { certificates: Action[]; salesPoints: Action[] };

const productKey = (producerKey: string, name: string) => `${producerKey}\u0000${name}`;

/** Keys (producer, product name) of the rows of a sheet that have issues. */
function keysOfRows(sheet: ReadSheet, spec: SheetSpec, rows: Set<number>, nameField: string): Set<string> {
  return new Set(sheet.rows.filter((r) => rows.has(r.row)).map((r) => {
    const input = rowInput(spec.columns, r.cells);
    return productKey(String(input['producerKey'] ?? ''), String(input[nameField] ?? ''));
  }));
}

type SheetPlan<T> = { byProduct: Map<string, T[]>; badKeys: Set<string>; issues: RowIssue[] };

function planSheet<T extends { producerKey: string; productName: string }>(
  sheet: ReadSheet, spec: SheetSpec, schema: z.ZodType<T>, ctx: { fileKeys: Set<string>; badProductKeys: Set<string>; max: number },
): SheetPlan<T> {
  const { valid, issues } = validateSheet(sheet, spec, schema);
  const byProduct = new Map<string, T[]>();
  for (const r of valid) {
    const key = productKey(r.input.producerKey, r.input.productName);
    const issue = (en: string, vi: string) => issues.push(rowIssue(sheet, r.row, 'productName', en, vi));
    if (ctx.badProductKeys.has(key)) issue("the product's row has errors", 'dòng sản phẩm này trong trang "Sản phẩm" có lỗi');
    else if (!ctx.fileKeys.has(key)) issue('no product with this producer and name in the "Sản phẩm" sheet', 'không có sản phẩm với chủ thể và tên này trong trang "Sản phẩm"');
    else if ((byProduct.get(key)?.length ?? 0) >= ctx.max) issue(`a product keeps at most ${ctx.max} entries`, `mỗi sản phẩm có tối đa ${ctx.max} dòng`);
    else byProduct.set(key, [...(byProduct.get(key) ?? []), r.input]);
  }
  const badKeys = keysOfRows(sheet, spec, new Set(issues.map((i) => i.row)), 'productName');
  return { byProduct, badKeys, issues };
}

export function planParts(sheets: PartSheets, products: { sheet: ReadSheet | undefined; items: ProductItem[]; issues: RowIssue[] }): { lists: Map<number, PartLists>; issues: RowIssue[] } {
  const fileKeys = new Set(products.items.map((i) => productKey(i.producerKey, i.input.name)));
  const badRows = new Set(products.issues.filter((i) => i.sheet === products.sheet?.name).map((i) => i.row));
  const badProductKeys = products.sheet === undefined ? new Set<string>() : keysOfRows(products.sheet, PRODUCT_SHEET, badRows, 'name');
  const certificates = sheets.certificates && planSheet(sheets.certificates, CERTIFICATE_SHEET, CertificateRowInput, { fileKeys, badProductKeys, max: MAX_CERTIFICATES });
  const salesPoints = sheets.salesPoints && planSheet(sheets.salesPoints, SALES_POINT_SHEET, SalesPointRowInput, { fileKeys, badProductKeys, max: MAX_SALES_POINTS });
  const lists = new Map<number, PartLists>();
  for (const item of products.items) {
    const key = productKey(item.producerKey, item.input.name);
    const entry: PartLists = {};
    if (certificates !== undefined && !certificates.badKeys.has(key)) entry.certificates = certificates.byProduct.get(key) ?? [];
    if (salesPoints !== undefined && !salesPoints.badKeys.has(key)) entry.salesPoints = salesPoints.byProduct.get(key) ?? [];
    lists.set(item.row, entry);
  }
  return { lists, issues: [...(certificates?.issues ?? []), ...(salesPoints?.issues ?? [])] };
}

const groupBy = <T extends { product_id: number }>(rows: T[]) => {
  const out = new Map<number, T[]>();
  for (const r of rows) out.set(r.product_id, [...(out.get(r.product_id) ?? []), r]);
  return out;
};
const same = (want: object[], have: object[]) => want.length === have.length && want.every((x, i) => JSON.stringify(x) === JSON.stringify(have[i]));

/**
 * Per product of the file: is each list new, changed or the same as stored? A product whose row is
 * unchanged but whose list changed counts as updated in the products report too.
 */
export async function compareParts(db: Kysely<DB>, items: ProductItem[], lists: Map<number, PartLists>): Promise<{ actions: PartActions; writes: Map<number, PartLists> }> {
  const ids = items.flatMap((i) => (i.existing === undefined ? [] : [i.existing.id]));
  const [certs, points] = await Promise.all([certificatesOf(db, ids), salesPointsOf(db, ids)]);
  const certsOf = groupBy(certs);
  const pointsOf = groupBy(points);
  const actions: PartActions = { certificates: [], salesPoints: [] };
  const writes = new Map<number, PartLists>();
  for (const item of items) {
    const list = lists.get(item.row);
    const id = item.existing?.id;
    const write: PartLists = {};
    const check = (want: object[] | undefined, have: object[], kind: keyof PartLists) => {
      if (want === undefined || list?.[kind] === undefined) return;
      const action: Action = id === undefined ? 'create' : same(want, have) ? 'unchanged' : 'update';
      if (action === 'update' && item.action === 'unchanged') item.action = 'update';
      if (action !== 'unchanged') Object.assign(write, { [kind]: list[kind] });
      actions[kind].push(action);
    };
    const storedCerts = (certsOf.get(id ?? 0) ?? []).map((c) => ({ kind: c.kind, number: c.number, issuer: c.issuer, valid_from: c.valid_from, valid_to: c.valid_to }));
    const storedPoints = (pointsOf.get(id ?? 0) ?? []).map((p) => ({ name: p.name, address: p.address, kind: p.kind }));
    check(list?.certificates && certificateColumns(list.certificates), storedCerts, 'certificates');
    check(list?.salesPoints && salesPointColumns(list.salesPoints), storedPoints, 'salesPoints');
    if (Object.keys(write).length > 0) writes.set(item.row, write);
  }
  return { actions, writes };
}
