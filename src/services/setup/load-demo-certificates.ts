import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { insertCertificates, raiseCertificateSequence, updateCertificateRow } from '../../db/repositories/certificates.js';
import { insertDecisions } from '../../db/repositories/decisions.js';
import type { Insertable } from 'kysely';
import type { CertificateTable } from '../../db/schema-evaluation.js';
import { formatCertificateNumber } from '../../domain/evaluation/certificate-number.js';
import { certificateExpiry, rulesForFiling } from '../../domain/evaluation/certificate-validity.js';
import type { RevocationReason } from '../../domain/evaluation/types.js';
import { maxDate } from '../../domain/evaluation/dates.js';
import { SYSTEM_ACTOR } from '../../domain/roles.js';
import { certificationRules } from '../../rules/evaluation/index.js';
import type { Tx } from '../context.js';
import { moveProduct } from '../dossiers/dossier-product.js';
import { processExpiredCertificates } from '../evaluation-jobs/process-expired-certificates.js';
import { type DemoProduct, loadDemoDossiers } from './load-demo-dossiers.js';

// Certificates consistent with the demo register: one per certified product (star and
// certification date from the register), numbered per decision year, under the rules in force on
// that date (148/2023, 148+1489, 26/2026), valid 36 months. One provincial decision per date
// (and one Ministry decision per date for 5★), three certificates revoked, the expired ones
// processed as the daily job would; then a few dossiers in progress. Everything is batched in
// the seed's transaction. Signers and decision numbers are invented like the rest of the data.

const Entry = z.object({
  key: z.string(), producerKey: z.string(), nameVi: z.string(), status: z.string().optional(),
  star: z.number().int().nullable().optional(), certifiedOn: z.string().nullable().optional(),
}).loose();
const RegisterProducts = z.object({ products: z.array(Entry).default([]) }).loose();
type NewCertificate = Insertable<CertificateTable>;
type Certified = { key: string; productId: number; producerId: number; star: number; certifiedOn: string };

export type DemoCertificatesOptions = { producerIds: Map<string, number>; registerFile: URL; at: string; today: string };

/** A small stable hash of a key: decides invented numbers without randomness. */
function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return h;
}

/** The register's products with their ids in the database, by register key. */
async function registerProducts(trx: Tx, opts: DemoCertificatesOptions): Promise<DemoProduct[]> {
  if (!existsSync(opts.registerFile)) return [];
  const entries = RegisterProducts.parse(JSON.parse(readFileSync(opts.registerFile, 'utf8'))).products;
  const producerIds = [...opts.producerIds.values()];
  if (producerIds.length === 0) return [];
  const rows = await trx.selectFrom('product').select(['id', 'producer_id', 'name']).where('producer_id', 'in', producerIds).execute();
  const byName = new Map(rows.map((r) => [`${r.producer_id}|${r.name}`, r]));
  return entries.flatMap((e) => {
    const producerId = opts.producerIds.get(e.producerKey);
    const product = producerId === undefined ? undefined : byName.get(`${producerId}|${e.nameVi}`);
    if (product === undefined) return [];
    return [{ key: e.key, productId: product.id, producerId: product.producer_id, status: e.status ?? '', star: e.star ?? null, certifiedOn: e.certifiedOn ?? null }];
  });
}

function certifiedOf(products: DemoProduct[]): Certified[] {
  return products.flatMap((p) => (p.status === 'certified' && p.star !== null && p.certifiedOn !== null ? [{ ...p, star: p.star, certifiedOn: p.certifiedOn }] : []))
    .sort((a, b) => a.certifiedOn.localeCompare(b.certifiedOn) || a.key.localeCompare(b.key));
}

function decisionNumber(date: string, ministry: boolean): string {
  const n = 100 + (hash(date) % 3800);
  if (!ministry) return `${n}/QĐ-UBND`;
  return date >= '2025-03-01' ? `${n}/QĐ-BNNMT` : `${n}/QĐ-BNN-VPĐP`;
}

async function insertDemoDecisions(trx: Tx, certified: Certified[], at: string): Promise<Map<string, number>> {
  const keys = [...new Set(certified.map((c) => `${c.certifiedOn}|${c.star === 5 ? 'm' : 'p'}`))];
  const rows = await insertDecisions(trx, keys.map((k) => {
    const [date = '', level] = k.split('|');
    const ministry = level === 'm';
    return {
      kind: ministry ? 'national_recognition' : 'recognition', number: decisionNumber(date, ministry), decided_on: date,
      authority: ministry ? 'minister' : 'provincial_chairman', signer_name: ministry ? 'Lê Thị Bình (dữ liệu mẫu)' : 'Nguyễn Văn An (dữ liệu mẫu)',
      signer_title: JSON.stringify(ministry ? ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'] : ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']), created_by: null, created_at: at,
    };
  }));
  return new Map(rows.map((r) => [`${r.decided_on}|${r.authority === 'minister' ? 'm' : 'p'}`, r.id]));
}

/** An invented council total inside the star's band (3★ 50–69, 4★ 70–89, 5★ 90–95). */
function demoTotal(c: Certified): number {
  const [min, width] = c.star === 5 ? [90, 6] : c.star === 4 ? [70, 20] : [50, 20];
  return Math.floor((min + (hash(c.key) % (width * 3)) / 3) * 100) / 100;
}

async function certificateRows(trx: Tx, certified: Certified[], decisions: Map<string, number>, at: string) {
  const rules = certificationRules();
  const { province, sequenceDigits } = rules.certificateNumber;
  const producers = await trx.selectFrom('producer').select(['id', 'name', 'address', 'unit_id']).where('id', 'in', [...new Set(certified.map((c) => c.producerId))]).execute();
  const products = await trx.selectFrom('product').select(['id', 'name']).where('id', 'in', certified.map((c) => c.productId)).execute();
  const sequences = new Map<number, number>();
  const rows = certified.flatMap((c): NewCertificate[] => {
    const version = rulesForFiling(rules, c.certifiedOn);
    const expiresOn = certificateExpiry(version, c.certifiedOn);
    const producer = producers.find((p) => p.id === c.producerId);
    const decisionId = decisions.get(`${c.certifiedOn}|${c.star === 5 ? 'm' : 'p'}`);
    if (expiresOn === null || producer === undefined || decisionId === undefined) return [];
    const year = Number(c.certifiedOn.slice(0, 4));
    const sequence = (sequences.get(year) ?? 0) + 1;
    sequences.set(year, sequence);
    return [{
      number: formatCertificateNumber({ province, year, sequence }, sequenceDigits), year, sequence, product_id: c.productId, producer_id: c.producerId,
      dossier_id: null, decision_id: decisionId, star: c.star, total_score: demoTotal(c), product_name: products.find((p) => p.id === c.productId)?.name ?? c.key,
      producer_name: producer.name, producer_address: producer.address, unit_id: producer.unit_id, legal_version: version.legalVersion, rules_version: version.id,
      issued_on: c.certifiedOn, expires_on: expiresOn, created_at: at, updated_at: at,
    }];
  });
  return { rows, sequences, province };
}

const REVOCATIONS: readonly { on: string; reason: RevocationReason; note: string }[] = [
  { on: '2026-08-14', reason: 'failed_post_audit', note: 'Biên bản hậu kiểm (dữ liệu mẫu): chỉ tiêu vi sinh không đạt, cơ sở không khắc phục trong thời hạn.' },
  { on: '2026-10-02', reason: 'misuse', note: 'Sử dụng biểu trưng OCOP 4 sao trên bao bì sản phẩm 3 sao (dữ liệu mẫu).' },
  { on: '2026-11-06', reason: 'other', note: 'Chủ thể đề nghị thu hồi do ngừng sản xuất sản phẩm (dữ liệu mẫu).' },
];

async function revokeSome(trx: Tx, ids: number[], rows: NewCertificate[], spare: ReadonlySet<number>, opts: DemoCertificatesOptions): Promise<number> {
  const candidates = rows.map((r, i) => ({ r, id: ids[i] })).filter((x) => x.r.star === 3 && x.r.expires_on > opts.today && !spare.has(x.r.producer_id));
  const picks = [0.2, 0.5, 0.8].map((f) => candidates[Math.floor(f * (candidates.length - 1))]).filter((x) => x !== undefined);
  let revoked = 0;
  for (const [i, pick] of picks.entries()) {
    const rv = REVOCATIONS[i];
    if (rv === undefined || pick.id === undefined) continue;
    const on = maxDate(pick.r.issued_on, rv.on <= opts.today ? rv.on : opts.today);
    await updateCertificateRow(trx, pick.id, { revoked_on: on, revocation_reason: rv.reason, revocation_note: rv.note, updated_at: opts.at });
    await moveProduct(trx, { productId: pick.r.product_id, status: 'revoked', actor: SYSTEM_ACTOR, at: opts.at, why: `demo: certificate ${pick.r.number} revoked` });
    revoked += 1;
  }
  return revoked;
}

export type DemoCertificatesResult = { certificates: number; revoked: number; expired: number; dossiers: number };

/** Loads the demo certificates and dossiers inside the seed's transaction. */
export async function loadDemoCertificates(trx: Tx, opts: DemoCertificatesOptions): Promise<DemoCertificatesResult> {
  const products = await registerProducts(trx, opts);
  const certified = certifiedOf(products);
  if (certified.length === 0) return { certificates: 0, revoked: 0, expired: 0, dossiers: 0 };
  const decisions = await insertDemoDecisions(trx, certified, opts.at);
  const { rows, sequences, province } = await certificateRows(trx, certified, decisions, opts.at);
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 200) ids.push(...(await insertCertificates(trx, rows.slice(i, i + 200))));
  for (const [year, last] of sequences) await raiseCertificateSequence(trx, province, year, last);
  const spare = new Set([opts.producerIds.get('ga-tien-yen'), opts.producerIds.get('tra-hoa-vang')].filter((x) => x !== undefined));
  const revoked = await revokeSome(trx, ids, rows, spare, opts);
  const expired = await processExpiredCertificates(trx, { today: opts.today, at: opts.at });
  const dossiers = await loadDemoDossiers(trx, { at: opts.at, today: opts.today, products });
  return { certificates: rows.length, revoked, expired, dossiers };
}
