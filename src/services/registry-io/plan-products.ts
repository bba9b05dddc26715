import type { ProducerRow } from '../../db/repositories/producers.js';
import { type ProductRow, productsOfProducers, productsWithGtins } from '../../db/repositories/products.js';
import type { Actor } from '../../domain/roles.js';
import { scopeAllows } from '../../domain/scope.js';
import type { ProductRowInput } from '../products/product-input.js';
import { productColumns } from '../products/product-output.js';
import { statusIssues } from '../products/product-rules.js';
import { type Action, type PlanContext, type ProducerItem, loadByKeys, sameColumns } from './plan-producers.js';
import type { ReadSheet } from './read-workbook.js';
import { type RowIssue, type ValidRow, rowIssue } from './validate-rows.js';

// Decides, for every valid product row, its producer (a row of the same file or a registered
// producer) and whether it creates, updates or leaves a product as it is. Products are matched
// by GTIN, else by (producer, name).

export type ProductItem = { row: number; input: ProductRowInput; producerKey: string; producerId: number | undefined; existing: ProductRow | undefined; action: Action };

type Lookup = {
  fileProducers: Map<string, ProducerItem>;
  invalidProducerKeys: Set<string>;
  dbProducers: Map<string, ProducerRow>;
  byGtin: Map<string, ProductRow>;
  byName: Map<string, ProductRow>;
};

const nameKey = (producerId: number | string, name: string) => `${producerId}\u0000${name}`;

async function buildLookup(pc: PlanContext, rows: ValidRow<ProductRowInput>[], producers: ProducerItem[], invalidProducerKeys: Set<string>): Promise<Lookup> {
  const fileProducers = new Map<string, ProducerItem>();
  for (const p of producers) for (const k of [p.input.taxCode, p.input.registrationNo]) if (k != null) fileProducers.set(k, p);
  const dbRows = await loadByKeys(pc.db, [...new Set(rows.map((r) => r.input.producerKey))]);
  const dbProducers = new Map<string, ProducerRow>();
  for (const p of [...dbRows, ...producers.flatMap((i) => (i.existing === undefined ? [] : [i.existing]))]) {
    for (const k of [p.tax_code, p.registration_no]) if (k !== null) dbProducers.set(k, p);
  }
  const gtins = [...new Set(rows.flatMap((r) => (r.input.gtin == null ? [] : [r.input.gtin])))];
  const byGtin = new Map((await productsWithGtins(pc.db, gtins)).flatMap((p) => (p.gtin === null ? [] : [[p.gtin, p] as const])));
  const ids = [...new Set([...dbProducers.values()].map((p) => p.id))];
  const byName = new Map((await productsOfProducers(pc.db, ids)).map((p) => [nameKey(p.producer_id, p.name), p] as const));
  return { fileProducers, invalidProducerKeys, dbProducers, byGtin, byName };
}

function producerOf(l: Lookup, key: string): { id: number | undefined; unitId: string } | undefined {
  const db = l.dbProducers.get(key);
  if (db !== undefined) return { id: db.id, unitId: l.fileProducers.get(key)?.input.unitId ?? db.unit_id };
  const file = l.fileProducers.get(key);
  return file === undefined ? undefined : { id: undefined, unitId: file.input.unitId };
}

function existingProduct(l: Lookup, producerId: number | undefined, input: ProductRowInput): { match: ProductRow | undefined; foreignGtin: boolean } {
  const byGtin = input.gtin == null ? undefined : l.byGtin.get(input.gtin);
  if (byGtin !== undefined) return { match: byGtin, foreignGtin: byGtin.producer_id !== producerId };
  return { match: producerId === undefined ? undefined : l.byName.get(nameKey(producerId, input.name)), foreignGtin: false };
}

function rowProblems(pc: PlanContext, actor: Actor, sheet: ReadSheet, l: Lookup, r: ValidRow<ProductRowInput>, seen: Set<string>): RowIssue[] {
  const issue = (field: string, en: string, vi: string) => rowIssue(sheet, r.row, field, en, vi);
  const key = r.input.producerKey;
  if (l.invalidProducerKeys.has(key)) return [issue('producerKey', "the producer's row has errors", 'dòng chủ thể của sản phẩm này có lỗi')];
  const producer = producerOf(l, key);
  if (producer === undefined) return [issue('producerKey', 'no producer with this tax code or registration number', 'không có chủ thể với mã số thuế hoặc số đăng ký này')];
  if (!scopeAllows(pc.scope, { id: producer.id ?? 0, unit_id: producer.unitId })) return [issue('producerKey', 'the producer is outside your commune', 'chủ thể không thuộc xã của bạn')];
  const out: RowIssue[] = [];
  const { match, foreignGtin } = existingProduct(l, producer.id, r.input);
  if (foreignGtin) out.push(issue('gtin', "this GTIN belongs to another producer's product", 'mã GTIN này thuộc sản phẩm của chủ thể khác'));
  const ids = [nameKey(key, r.input.name), ...(r.input.gtin == null ? [] : [r.input.gtin])];
  if (ids.some((k) => seen.has(k))) out.push(issue('name', 'this product appears twice in the sheet', 'sản phẩm này xuất hiện hai lần trong trang tính'));
  ids.forEach((k) => seen.add(k));
  const after = { status: r.input.status, star: r.input.star ?? null };
  out.push(...statusIssues(actor, match, after, '').map((i) => rowIssue(sheet, r.row, i.path, i.message)));
  return out;
}

export async function planProducts(pc: PlanContext, actor: Actor, sheet: ReadSheet, rows: ValidRow<ProductRowInput>[], producers: { items: ProducerItem[]; invalidKeys: Set<string> }): Promise<{ items: ProductItem[]; issues: RowIssue[] }> {
  const l = await buildLookup(pc, rows, producers.items, producers.invalidKeys);
  const seen = new Set<string>();
  const items: ProductItem[] = [];
  const issues: RowIssue[] = [];
  for (const r of rows) {
    const problems = rowProblems(pc, actor, sheet, l, r, seen);
    if (problems.length > 0) {
      issues.push(...problems);
      continue;
    }
    const producerId = producerOf(l, r.input.producerKey)?.id;
    const { match } = existingProduct(l, producerId, r.input);
    const action: Action = match === undefined ? 'create' : sameColumns(productColumns(r.input), match) ? 'unchanged' : 'update';
    items.push({ row: r.row, input: r.input, producerKey: r.input.producerKey, producerId, existing: match, action });
  }
  return { items, issues };
}
