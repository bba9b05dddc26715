import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { replaceCertificates, replaceSalesPoints } from '../../db/repositories/product-parts.js';
import { allUnits } from '../../db/repositories/units.js';
import { SYSTEM_ACTOR } from '../../domain/roles.js';
import type { Tx } from '../context.js';
import { TAX_CODE_PATTERN } from '../../domain/tax-code.js';
import { CreateProducerInput } from '../producers/producer-input.js';
import { ProductRowInput } from '../products/product-input.js';
import { certificateColumns, salesPointColumns } from '../products/product-output.js';
import { applyProducers, applyProducts } from '../registry-io/apply-register.js';
import { planProducers } from '../registry-io/plan-producers.js';
import { planProducts } from '../registry-io/plan-products.js';
import type { ReadSheet } from '../registry-io/read-workbook.js';
import type { RowIssue } from '../registry-io/validate-rows.js';

// The demo register (src/rules/demo/register.json, written by scripts/build-demo-register.ts),
// when present, replaces the foundation file's producers. Its format:
//   { "note", "producers": [{ key, name, type, taxCode, unitId, address, phone, email, foundedYear,
//       representative: {name, woman, ethnicMinority, disability}, employees: {total, women, ethnicMinority} }],
//     "products": [{ key, producerKey, setNumber, nameVi, nameEn, descriptionVi, descriptionEn, storyVi,
//       gtin, priceVnd, packaging, capacity: {amount, unit}, rawMaterialAreaHa, salesPoints: [...],
//       qualityCertificates: [{kind, number, issuer, issuedOn, validUntil}], star, certifiedOn, status }] }
// It is mapped onto the API's inputs and passes the same checks as an import, with one allowance:
// the register keeps the foundation's historical tax codes "as given", and some of those fail the
// mod-11 check, so demo tax codes are checked for shape only. A `taxCode` that is not a tax code
// (households' "HKD…") is a registration number. Not kept: foundedYear, descriptionEn, packaging,
// certifiedOn (the register has no place for them yet).

export const DEMO_REGISTER_FILE = new URL('../../rules/demo/register.json', import.meta.url);

const ProducerEntry = z.object({ key: z.string().min(1), type: z.string(), taxCode: z.string() }).loose();
const ProductEntry = z.object({
  producerKey: z.string(), nameVi: z.string(), descriptionVi: z.string().nullish(), storyVi: z.string().nullish(),
  qualityCertificates: z.array(z.object({ kind: z.string(), issuedOn: z.string().nullish(), validUntil: z.string().nullish() }).loose()).default([]),
}).loose();
const RegisterFile = z.object({ note: z.string().optional(), producers: z.array(ProducerEntry), products: z.array(ProductEntry).default([]) });

const DemoProducerInput = CreateProducerInput.extend({ taxCode: z.string().regex(TAX_CODE_PATTERN).nullable().optional() });

export type DemoRegister = { producers: { key: string; input: CreateProducerInput }[]; products: ProductRowInput[] };

function parsed<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`${where}: ${z.prettifyError(r.error)}`);
  return r.data;
}

function producerInput(e: z.infer<typeof ProducerEntry>): CreateProducerInput {
  const { key: _key, foundedYear: _year, taxCode, ...rest } = e;
  const identifier = TAX_CODE_PATTERN.test(taxCode) ? { taxCode } : { registrationNo: taxCode };
  return parsed(DemoProducerInput, { ...rest, ...identifier }, `producer '${e.key}'`);
}

function productInput(e: z.infer<typeof ProductEntry>, producerKey: string): ProductRowInput {
  const { nameVi, descriptionVi, storyVi, qualityCertificates, key: _k, producerKey: _p, descriptionEn: _d, packaging: _pk, certifiedOn: _c, ...rest } = e;
  const certificates = qualityCertificates.map(({ kind, issuedOn, validUntil, ...c }) => ({ ...c, kind: kind === 'iso22000' || kind === 'haccp' ? 'iso22000_haccp' : kind, validFrom: issuedOn, validTo: validUntil }));
  return parsed(ProductRowInput, { ...rest, name: nameVi, description: descriptionVi, story: storyVi, certificates, producerKey }, `product '${String(e.key)}'`);
}

export function readDemoRegister(file: URL = DEMO_REGISTER_FILE): DemoRegister | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const raw = RegisterFile.parse(JSON.parse(readFileSync(file, 'utf8')));
    const producers = raw.producers.map((e) => ({ key: e.key, input: producerInput(e) }));
    const identifiers = new Map(producers.map((p) => [p.key, p.input.taxCode ?? p.input.registrationNo ?? '']));
    const products = raw.products.map((e) => productInput(e, identifiers.get(e.producerKey) ?? `unknown producer key ${e.producerKey}`));
    return { producers, products };
  } catch (err) {
    throw new Error(`Invalid demo register ${file.pathname}: ${err instanceof z.ZodError ? z.prettifyError(err) : err instanceof Error ? err.message : String(err)}`);
  }
}

const SHEET: ReadSheet = { name: 'register.json', rows: [], letters: new Map() };

function fail(issues: RowIssue[]): never {
  const lines = issues.slice(0, 20).map((i) => `  entry ${i.row}: ${i.field}: ${i.message.en}`);
  throw new Error(`The demo register is not valid:\n${lines.join('\n')}`);
}

/** Loads the register inside the caller's transaction; returns producer ids by register key. */
export async function loadDemoRegister(trx: Tx, register: DemoRegister, at: string): Promise<Map<string, number>> {
  const pc = { db: trx, scope: { kind: 'all' as const }, unitIds: new Set((await allUnits(trx)).map((u) => u.id)) };
  const producers = await planProducers(pc, SHEET, register.producers.map((p, i) => ({ row: i + 1, input: p.input })));
  if (producers.issues.length > 0) fail(producers.issues);
  const productRows = register.products.map((input, i) => ({ row: i + 1, input }));
  const products = await planProducts(pc, SYSTEM_ACTOR, SHEET, productRows, { items: producers.items, invalidKeys: new Set() });
  if (products.issues.length > 0) fail(products.issues);
  const idsByIdentifier = await applyProducers(trx, producers.items, at);
  const productIds = await applyProducts(trx, products.items, idsByIdentifier, at);
  for (const { row, input } of productRows) {
    const id = productIds.get(row);
    if (id === undefined) continue;
    await replaceCertificates(trx, id, certificateColumns(input.certificates ?? []));
    await replaceSalesPoints(trx, id, salesPointColumns(input.salesPoints ?? []));
  }
  const byKey = new Map<string, number>();
  for (const p of register.producers) {
    const id = idsByIdentifier.get(p.input.taxCode ?? p.input.registrationNo ?? '');
    if (id !== undefined) byKey.set(p.key, id);
  }
  return byKey;
}
