import type { Kysely } from 'kysely';
import { type ProducerRow, findProducersByKeys } from '../../db/repositories/producers.js';
import type { DB } from '../../db/schema.js';
import { type ProducerScope, scopeAllows } from '../../domain/scope.js';
import { producerKey } from '../../domain/tax-code.js';
import { identityIssues, unknownUnit } from '../producers/producer-checks.js';
import { type CreateProducerInput, producerColumns } from '../producers/producer-input.js';
import type { ReadSheet } from './read-workbook.js';
import { type RowIssue, type ValidRow, rowIssue } from './validate-rows.js';

// Decides, for every valid producer row, whether it creates, updates or leaves a producer as it
// is. Rows are matched to the register by tax code, else registration number.

export type Action = 'create' | 'update' | 'unchanged';
export type ProducerItem = { row: number; key: string; input: CreateProducerInput; existing: ProducerRow | undefined; action: Action };

export type PlanContext = { db: Kysely<DB>; scope: ProducerScope; unitIds: ReadonlySet<string> };

export function sameColumns(a: object, b: object): boolean {
  const norm = (o: object) => JSON.stringify(Object.entries(o).filter(([k]) => !['created_at', 'updated_at', 'id', 'producer_id'].includes(k)).sort(([x], [y]) => x.localeCompare(y)));
  return norm(a) === norm(b);
}

export async function loadByKeys(db: Kysely<DB>, keys: string[]): Promise<ProducerRow[]> {
  const out: ProducerRow[] = [];
  for (let i = 0; i < keys.length; i += 1000) out.push(...(await findProducersByKeys(db, keys.slice(i, i + 1000))));
  return out;
}

function matchExisting(existing: ProducerRow[], input: CreateProducerInput): { match: ProducerRow | undefined; clash: boolean } {
  const byTax = input.taxCode == null ? undefined : existing.find((p) => p.tax_code === input.taxCode);
  const byReg = input.registrationNo == null ? undefined : existing.find((p) => p.registration_no === input.registrationNo);
  return { match: byTax ?? byReg, clash: byTax !== undefined && byReg !== undefined && byTax.id !== byReg.id };
}

function rowProblems(pc: PlanContext, sheet: ReadSheet, r: ValidRow<CreateProducerInput>, existing: ProducerRow[], seen: Set<string>): RowIssue[] {
  const issue = (field: string, en: string, vi?: string) => rowIssue(sheet, r.row, field, en, vi);
  const out = identityIssues(r.input, '').map((i) => issue(i.path, i.message));
  if (!pc.unitIds.has(r.input.unitId)) out.push(issue('unitId', unknownUnit(r.input.unitId, '').message));
  const keys = [r.input.taxCode, r.input.registrationNo].filter((k): k is string => k != null);
  if (keys.some((k) => seen.has(k))) out.push(issue('taxCode', 'this producer appears twice in the sheet', 'chủ thể này xuất hiện hai lần trong trang tính'));
  keys.forEach((k) => seen.add(k));
  const { match, clash } = matchExisting(existing, r.input);
  if (clash) out.push(issue('registrationNo', 'the tax code and the registration number belong to two different producers', 'mã số thuế và số đăng ký thuộc hai chủ thể khác nhau'));
  const inScope = scopeAllows(pc.scope, { id: match?.id ?? 0, unit_id: r.input.unitId }) && (match === undefined || scopeAllows(pc.scope, match));
  if (!inScope) out.push(issue('unitId', 'the producer is outside your commune', 'chủ thể không thuộc xã của bạn'));
  return out;
}

export async function planProducers(pc: PlanContext, sheet: ReadSheet, rows: ValidRow<CreateProducerInput>[]): Promise<{ items: ProducerItem[]; issues: RowIssue[] }> {
  const keys = rows.flatMap((r) => [r.input.taxCode, r.input.registrationNo].filter((k): k is string => k != null));
  const existing = await loadByKeys(pc.db, [...new Set(keys)]);
  const seen = new Set<string>();
  const items: ProducerItem[] = [];
  const issues: RowIssue[] = [];
  for (const r of rows) {
    const problems = rowProblems(pc, sheet, r, existing, seen);
    if (problems.length > 0) {
      issues.push(...problems);
      continue;
    }
    const { match } = matchExisting(existing, r.input);
    const key = producerKey({ taxCode: r.input.taxCode ?? null, registrationNo: r.input.registrationNo ?? null }) ?? '';
    const action: Action = match === undefined ? 'create' : sameColumns(producerColumns(r.input), match) ? 'unchanged' : 'update';
    items.push({ row: r.row, key, input: r.input, existing: match, action });
  }
  return { items, issues };
}
