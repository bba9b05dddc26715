import { allUnits } from '../../db/repositories/units.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { producerScope } from '../access.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { ServiceError, forbidden } from '../errors.js';
import { CreateProducerInput } from '../producers/producer-input.js';
import { ProductRowInput } from '../products/product-input.js';
import { applyParts, applyProducers, applyProducts, countActions } from './apply-register.js';
import { rowInput } from './cells.js';
import { PRODUCER_SHEET, PRODUCT_SHEET } from './columns.js';
import { type PlanContext, type ProducerItem, planProducers } from './plan-producers.js';
import { type PartActions, type PartLists, compareParts, planParts } from './plan-parts.js';
import { type ProductItem, planProducts } from './plan-products.js';
import { type ReadSheet, type RegisterWorkbook, readRegisterWorkbook } from './read-workbook.js';
import { type RowIssue, validateSheet } from './validate-rows.js';

// Imports producers and products from one workbook. Every row is checked first (schema, units,
// identifiers, references, the caller's commune); then, depending on the mode, nothing is written
// (dry-run), everything is written in one transaction only if every row is valid (all), or the
// valid rows are written (valid-only). Rows are upserted, so importing a file twice changes nothing.

export const IMPORT_MODES = ['dry-run', 'all', 'valid-only'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export type SheetReport = { sheet: string; rows: number; invalid: number; created: number; updated: number; unchanged: number };
export type ImportReport = {
  mode: ImportMode;
  applied: boolean;
  producers: SheetReport | null;
  products: SheetReport | null;
  /** Per product of the file whose list the sheet sets: created, changed or unchanged. */
  certificates: SheetReport | null;
  salesPoints: SheetReport | null;
  errorCount: number;
  errors: RowIssue[];
};

export const MAX_REPORTED_ERRORS = 1000;

type Plan = {
  producers: ProducerItem[];
  products: ProductItem[];
  /** Lists to write (product row → the lists that are new or changed). */
  parts: Map<number, PartLists>;
  partActions: PartActions;
  issues: RowIssue[];
};

function invalidKeys(sheet: ReadSheet, issues: RowIssue[]): Set<string> {
  const bad = new Set(issues.filter((i) => i.sheet === sheet.name).map((i) => i.row));
  const keys = sheet.rows.filter((r) => bad.has(r.row)).flatMap((r) => {
    const input = rowInput(PRODUCER_SHEET.columns, r.cells);
    return [input.taxCode, input.registrationNo].filter((k): k is string => typeof k === 'string');
  });
  return new Set(keys);
}

async function buildPlan(ctx: ServiceContext, actor: Actor, bytes: Buffer): Promise<Plan & { sheets: RegisterWorkbook }> {
  const wb = await readRegisterWorkbook(bytes);
  const pc: PlanContext = { db: ctx.db, scope: await producerScope(ctx.db, actor), unitIds: new Set((await allUnits(ctx.db)).map((u) => u.id)) };
  const issues: RowIssue[] = [];
  let producers: ProducerItem[] = [];
  let bad = new Set<string>();
  if (wb.producers !== undefined) {
    const checked = validateSheet(wb.producers, PRODUCER_SHEET, CreateProducerInput);
    const planned = await planProducers(pc, wb.producers, checked.valid);
    producers = planned.items;
    issues.push(...checked.issues, ...planned.issues);
    bad = invalidKeys(wb.producers, issues);
  }
  let products: ProductItem[] = [];
  if (wb.products !== undefined) {
    const checked = validateSheet(wb.products, PRODUCT_SHEET, ProductRowInput);
    const planned = await planProducts(pc, actor, wb.products, checked.valid, { items: producers, invalidKeys: bad });
    products = planned.items;
    issues.push(...checked.issues, ...planned.issues);
  }
  const parts = planParts(wb, { sheet: wb.products, items: products, issues });
  issues.push(...parts.issues);
  const compared = await compareParts(ctx.db, products, parts.lists);
  return { producers, products, parts: compared.writes, partActions: compared.actions, issues, sheets: wb };
}

function sheetReport(sheet: ReadSheet | undefined, items: { action: 'create' | 'update' | 'unchanged' }[], issues: RowIssue[]): SheetReport | null {
  if (sheet === undefined) return null;
  const invalid = new Set(issues.filter((i) => i.sheet === sheet.name).map((i) => i.row)).size;
  return { sheet: sheet.name, rows: sheet.rows.length, invalid, ...countActions(items) };
}

function rejectAll(issues: RowIssue[]): ServiceError {
  const shown = issues.slice(0, MAX_REPORTED_ERRORS).map((i) => ({ path: `${i.sheet}!${i.column ?? ''}${i.row} (${i.field})`, message: `${i.message.vi} — ${i.message.en}` }));
  return new ServiceError(422, 'import-invalid', `${issues.length} problem(s) in the workbook; nothing was imported. Fix them, or import with mode=valid-only.`, shown);
}

export async function importRegistry(ctx: ServiceContext, opts: { actor: Actor; bytes: Buffer; mode: ImportMode }): Promise<ImportReport> {
  const { actor, mode } = opts;
  if (!hasRole(actor, PROVINCE_STAFF) && actor.role !== 'commune_officer') throw forbidden('Only OCOP officers can import the register');
  const plan = await buildPlan(ctx, actor, opts.bytes);
  if (mode === 'all' && plan.issues.length > 0) throw rejectAll(plan.issues);
  const report: ImportReport = {
    mode, applied: mode !== 'dry-run',
    producers: sheetReport(plan.sheets.producers, plan.producers, plan.issues),
    products: sheetReport(plan.sheets.products, plan.products, plan.issues),
    certificates: sheetReport(plan.sheets.certificates, plan.partActions.certificates.map((action) => ({ action })), plan.issues),
    salesPoints: sheetReport(plan.sheets.salesPoints, plan.partActions.salesPoints.map((action) => ({ action })), plan.issues),
    errorCount: plan.issues.length, errors: plan.issues.slice(0, MAX_REPORTED_ERRORS),
  };
  if (mode === 'dry-run') return report;
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const producerIds = await applyProducers(trx, plan.producers, at);
    const productIds = await applyProducts(trx, plan.products, producerIds, at);
    await applyParts(trx, plan.parts, productIds);
    const { errors: _errors, ...counts } = report;
    await recordAudit(trx, { actor, action: 'registry.import', entity: 'registry', entityId: 'import', after: counts, at });
  });
  return report;
}
