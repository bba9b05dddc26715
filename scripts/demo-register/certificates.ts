// Quality certificates of a product (VietGAP, organic, food-safety premises, ISO 22000, HACCP,
// trademark registration). Numbers are invented; private certification bodies are fictitious
// and marked "(mẫu)", public issuers are the provincial departments responsible for the product
// set (the catalogue's lead ministry) and the national IP office.
import { addDays, addMonths } from './dates.js';
import type { CatalogueSet } from './inputs.js';
import type { Plan } from './plans.js';
import { chance, intBetween, type Rng } from './prng.js';
import type { Rating } from './ratings.js';
import type { CertificateKind, ProducerType, QualityCertificate } from './types.js';

const FIRST_SHARE: Record<ProducerType, number> = { enterprise: 0.95, cooperative: 0.85, cooperative_group: 0.6, household: 0.5 };
const YEARS: Record<CertificateKind, number> = { vietgap: 3, organic: 2, food_safety: 3, iso22000: 3, haccp: 3, other: 10 };
/** The Department of Agriculture and Rural Development became Agriculture and Environment on 1 March 2025. */
const MERGER = '2025-03-01';

function digits(rng: Rng, count: number): string {
  return String(intBetween(rng, 10 ** (count - 1), 10 ** count - 1));
}

function gapField(plan: Plan): string {
  if (plan.template.trade === 'Thủy sản') return 'TS';
  return plan.template.setNumber === 2 ? 'CN' : 'TT';
}

function foodSafetyIssuer(set: CatalogueSet | undefined, issuedOn: string): { issuer: string; code: string } {
  const lead = set?.ministries[0] ?? 'MAE';
  if (lead === 'MOIT') return { issuer: 'Sở Công Thương tỉnh Quảng Ninh', code: 'SCT' };
  if (lead === 'MOH') return { issuer: 'Sở Y tế tỉnh Quảng Ninh', code: 'SYT' };
  return issuedOn < MERGER
    ? { issuer: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ninh', code: 'SNN' }
    : { issuer: 'Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh', code: 'SNNMT' };
}

function numberAndIssuer(rng: Rng, kind: CertificateKind, plan: Plan, set: CatalogueSet | undefined, issuedOn: string): { number: string; issuer: string } {
  const year = issuedOn.slice(0, 4);
  switch (kind) {
    case 'vietgap':
      return { number: `VietGAP-${gapField(plan)}-${digits(rng, 2)}-${digits(rng, 2)}-22-${digits(rng, 4)}`, issuer: 'Trung tâm Chứng nhận VietGAP Đông Bắc (mẫu)' };
    case 'organic':
      return { number: `HC-${year}-${digits(rng, 4)}`, issuer: 'Tổ chức Chứng nhận Hữu cơ Việt Xanh (mẫu)' };
    case 'food_safety': {
      const { issuer, code } = foodSafetyIssuer(set, issuedOn);
      return { number: `${intBetween(rng, 1, 480)}/${year}/GCNATTP-${code}`, issuer };
    }
    case 'iso22000':
      return { number: `ISO22000-${year}-${digits(rng, 5)}`, issuer: 'Công ty Chứng nhận Hệ thống Quản lý Bắc Bộ (mẫu)' };
    case 'haccp':
      return { number: `HACCP-${year}-${digits(rng, 5)}`, issuer: 'Công ty Chứng nhận Hệ thống Quản lý Bắc Bộ (mẫu)' };
    case 'other':
      return { number: `4-0${digits(rng, 6)}-000`, issuer: 'Cục Sở hữu trí tuệ (giấy chứng nhận đăng ký nhãn hiệu)' };
  }
}

function issuedOn(rng: Rng, rating: Rating): string {
  if (rating.certifiedOn === null) return addDays('2024-01-02', intBetween(rng, 0, 960));
  return addDays(addMonths(rating.certifiedOn, -intBetween(rng, 1, 30)), -intBetween(rng, 0, 27));
}

function wanted(rng: Rng, kind: CertificateKind, index: number, type: ProducerType): boolean {
  if (index === 0) return chance(rng, FIRST_SHARE[type]);
  if (kind === 'iso22000' || kind === 'haccp') return (type === 'enterprise' || type === 'cooperative') && chance(rng, type === 'enterprise' ? 0.5 : 0.2);
  return chance(rng, kind === 'organic' ? 0.15 : 0.3);
}

export function certificatesFor(rng: Rng, plan: Plan, rating: Rating, set: CatalogueSet | undefined): QualityCertificate[] {
  const kinds = plan.template.certificates.filter((kind, i) => wanted(rng, kind, i, plan.maker.producer.type));
  return kinds.map((kind) => {
    const issued = issuedOn(rng, rating);
    return { kind, ...numberAndIssuer(rng, kind, plan, set, issued), issuedOn: issued, validUntil: addDays(addMonths(issued, 12 * YEARS[kind]), -1) };
  });
}
