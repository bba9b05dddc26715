import type { Insertable } from 'kysely';
import { raiseCertificateSequence } from '../../db/repositories/certificates.js';
import type { ProducerTable } from '../../db/schema.js';
import type { ProducerRegistryColumns, ProductTable } from '../../db/schema-registry.js';
import type { CertificateTable, OcopDecisionTable } from '../../db/schema-evaluation.js';
import { formatCertificateNumber } from '../../domain/evaluation/certificate-number.js';
import { certificateExpiry, rulesForFiling } from '../../domain/evaluation/certificate-validity.js';
import type { ProductStatus } from '../../domain/product-status.js';
import { foldForSearch } from '../../domain/text.js';
import { certificationRules } from '../../rules/evaluation/index.js';
import type { Tx } from '../context.js';
import { PRODUCER_TYPES } from '../producers/producer-input.js';
import { type Rng, nationalGtin, nationalTaxCode, producerName, productName, representativeName, starFor } from './seed-national-names.js';
import { chunksOf, nextId } from './seed-national-rows.js';

// The registry part of the national-scale set: producers spread over the commune-level units,
// their products (most certified, in national star proportions), one recognition decision per
// month and level, and one certificate per certified or expired product.

export type NationalProduct = { id: number; producerId: number; unitId: string; name: string; status: ProductStatus; star: number | null };
type Producer = { id: number; name: string; unitId: string; address: string };

export async function insertNationalProducers(trx: Tx, rng: Rng, count: number, at: string): Promise<Producer[]> {
  const units = await trx.selectFrom('unit').select(['id', 'name']).where('level', '=', 'commune').where('valid_to', 'is', null).orderBy('id').execute();
  if (units.length === 0) throw new Error('no commune-level units loaded');
  const first = await nextId(trx, 'producer');
  const producers: Producer[] = [];
  const rows: (Insertable<ProducerTable> & Insertable<ProducerRegistryColumns> & { id: number })[] = [];
  for (let i = 0; i < count; i += 1) {
    const unit = rng.pick(units);
    const name = producerName(rng, i);
    const taxCode = nationalTaxCode(first + i);
    const type = taxCode === undefined ? 'household' : rng.pick(PRODUCER_TYPES);
    const address = `Thôn ${1 + rng.int(12)}, ${unit.name}`;
    producers.push({ id: first + i, name, unitId: unit.id, address });
    rows.push({
      id: first + i, name, name_folded: foldForSearch(name), type, tax_code: taxCode ?? null, registration_no: taxCode === undefined ? `NAT-${first + i}` : null,
      unit_id: unit.id, address, phone: null, email: null, website: null, representative: representativeName(rng), rep_position: null,
      rep_woman: rng.int(2), rep_ethnic_minority: rng.int(5) === 0 ? 1 : 0, rep_disability: 0, employees_total: 2 + rng.int(60), employees_women: null, employees_ethnic_minority: null,
      created_at: at, updated_at: at,
    });
  }
  for (const chunk of chunksOf(rows)) await trx.insertInto('producer').values(chunk).execute();
  return producers;
}

function statusFor(rng: Rng): ProductStatus {
  const x = rng.next();
  return x < 0.85 ? 'certified' : x < 0.9 ? 'expired' : rng.pick(['idea', 'plan', 'developing', 'submitted'] as const);
}

export async function insertNationalProducts(trx: Tx, rng: Rng, producers: readonly Producer[], count: number, at: string): Promise<NationalProduct[]> {
  const first = await nextId(trx, 'product');
  const products: NationalProduct[] = [];
  const rows: (Insertable<ProductTable> & { id: number })[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < count; i += 1) {
    // Every producer gets one product, the rest go to random producers.
    const producer = i < producers.length ? producers[i] : rng.pick(producers);
    if (producer === undefined) throw new Error('no producers');
    const drawn = productName(rng);
    const name = seen.has(`${producer.id}|${drawn}`) ? `${drawn} (mẫu ${i + 1})` : drawn;
    seen.add(`${producer.id}|${name}`);
    const status = statusFor(rng);
    const star = status === 'certified' || status === 'expired' ? starFor(rng) : null;
    products.push({ id: first + i, producerId: producer.id, unitId: producer.unitId, name, status, star });
    rows.push({
      id: first + i, producer_id: producer.id, name, name_en: null, name_folded: foldForSearch(name), set_number: 1 + rng.int(26), description: null, story: null,
      gtin: nationalGtin(first + i), status, star, raw_material_area_ha: null, capacity_amount: null, capacity_unit: null, price_vnd: 20_000 + 1000 * rng.int(500),
      created_at: at, updated_at: at,
    });
  }
  for (const chunk of chunksOf(rows)) await trx.insertInto('product').values(chunk).execute();
  return products;
}

/** A month's 15th, `monthsAgo` months before `until` (YYYY-MM-DD). */
function monthDay(until: string, monthsAgo: number): string {
  const d = new Date(`${until.slice(0, 7)}-15T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - monthsAgo);
  return d.toISOString().slice(0, 10);
}

async function insertDecisions(trx: Tx, dates: readonly string[], at: string): Promise<Map<string, number>> {
  const first = await nextId(trx, 'ocop_decision');
  const rows: (Insertable<OcopDecisionTable> & { id: number })[] = [];
  const ids = new Map<string, number>();
  for (const date of dates) {
    for (const ministry of [false, true]) {
      const id = first + rows.length;
      ids.set(`${date}|${ministry ? 'm' : 'p'}`, id);
      rows.push({
        id, kind: ministry ? 'national_recognition' : 'recognition', number: `${1000 + rows.length}/QĐ-${ministry ? 'BNNMT' : 'UBND'} (dữ liệu quy mô quốc gia)`, decided_on: date,
        authority: ministry ? 'minister' : 'provincial_chairman', signer_name: 'Dữ liệu thử nghiệm', signer_title: JSON.stringify(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']), created_by: null, created_at: at,
      });
    }
  }
  for (const chunk of chunksOf(rows)) await trx.insertInto('ocop_decision').values(chunk).execute();
  return ids;
}

async function sequenceStarts(trx: Tx): Promise<Map<number, number>> {
  const rows = await trx.selectFrom('certificate').select(['year', (eb) => eb.fn.max('sequence').as('m')]).groupBy('year').execute();
  return new Map(rows.map((r) => [Number(r.year), Number(r.m)]));
}

/** Certificates of the certified (issued in the last 34 months) and expired (40–60 months ago) products. */
export async function insertNationalCertificates(trx: Tx, rng: Rng, products: readonly NationalProduct[], producers: readonly Producer[], opts: { until: string; at: string }): Promise<number> {
  const rules = certificationRules();
  const { province, sequenceDigits } = rules.certificateNumber;
  const dates = Array.from({ length: 61 }, (_, k) => monthDay(opts.until, k));
  const decisions = await insertDecisions(trx, dates, opts.at);
  const sequences = await sequenceStarts(trx);
  const byId = new Map(producers.map((p) => [p.id, p]));
  const first = await nextId(trx, 'certificate');
  const rows: (Insertable<CertificateTable> & { id: number })[] = [];
  for (const p of products) {
    if (p.star === null) continue;
    const issuedOn = p.status === 'certified' ? rng.pick(dates.slice(1, 34)) : rng.pick(dates.slice(40, 61));
    const version = rulesForFiling(rules, issuedOn);
    const expiresOn = certificateExpiry(version, issuedOn) ?? monthDay(issuedOn, -36);
    const decisionId = decisions.get(`${issuedOn}|${p.star === 5 ? 'm' : 'p'}`);
    const producer = byId.get(p.producerId);
    if (decisionId === undefined || producer === undefined) continue;
    const year = Number(issuedOn.slice(0, 4));
    const sequence = (sequences.get(year) ?? 0) + 1;
    sequences.set(year, sequence);
    rows.push({
      id: first + rows.length, number: formatCertificateNumber({ province, year, sequence }, sequenceDigits), year, sequence, product_id: p.id, producer_id: p.producerId,
      dossier_id: null, decision_id: decisionId, star: p.star, total_score: (p.star === 5 ? 90 : p.star === 4 ? 70 : 50) + rng.int(50) / 10, product_name: p.name,
      producer_name: producer.name, producer_address: producer.address, unit_id: producer.unitId, legal_version: version.legalVersion, rules_version: version.id,
      issued_on: issuedOn, expires_on: expiresOn, created_at: opts.at, updated_at: opts.at,
    });
  }
  for (const chunk of chunksOf(rows)) await trx.insertInto('certificate').values(chunk).execute();
  for (const [year, value] of sequences) await raiseCertificateSequence(trx, province, year, value);
  return rows.length;
}
