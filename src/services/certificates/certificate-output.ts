import { z } from 'zod';
import type { CertificateRow } from '../../db/repositories/certificates.js';
import { certificateVerifyUrl } from '../../domain/evaluation/certificate-number.js';
import { AUTHORITIES, type Authority } from '../../domain/evaluation/types.js';
import { certificationRules } from '../../rules/evaluation/index.js';
import { STATUS_CODES, type StatusView } from './certificate-status.js';

const Text = z.object({ vi: z.string(), en: z.string() });

export const StatusOutput = z.object({
  code: z.enum(STATUS_CODES), label: Text, daysLeft: z.number().int().nullable(), validUntil: z.string().nullable(),
  revokedOn: z.string().nullable(), reason: z.string().nullable(), reasonLabel: Text.nullable(),
});

export const DecisionRefOutput = z.object({ number: z.string(), date: z.string(), authority: z.string(), authorityLabel: Text });

export const CertificateOutput = z.object({
  id: z.number().int(),
  number: z.string(),
  star: z.number().int(),
  totalScore: z.number(),
  productId: z.number().int(),
  productName: z.string(),
  productStatus: z.string(),
  producerId: z.number().int(),
  producerName: z.string(),
  producerAddress: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string().nullable(),
  legalVersion: z.string(),
  rulesVersion: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  decision: DecisionRefOutput,
  dossierId: z.number().int().nullable(),
  status: StatusOutput.describe('on today (Vietnam time)'),
  revocation: z.object({ on: z.string(), reason: z.string(), note: z.string().nullable() }).nullable(),
  supersededBy: z.number().int().nullable(),
  verifyUrl: z.string(),
  pdfUrl: z.string(),
});
export type CertificateView = z.infer<typeof CertificateOutput>;

/** The authority as named in a sentence; the provincial chairman is Quảng Ninh's. */
export function authorityLabel(authority: string): { vi: string; en: string } {
  const known = AUTHORITIES.find((a): a is Authority => a === authority);
  if (known === undefined) return { vi: authority, en: authority };
  const label = certificationRules().authorities[known];
  return known === 'provincial_chairman' ? { vi: `${label.vi} Quảng Ninh`, en: `${label.en} of Quảng Ninh` } : label;
}

export function presentCertificate(r: CertificateRow, status: StatusView, publicUrl: string): CertificateView {
  return {
    id: r.id, number: r.number, star: r.star, totalScore: r.total_score, productId: r.product_id, productName: r.product_name, productStatus: r.product_status,
    producerId: r.producer_id, producerName: r.producer_name, producerAddress: r.producer_address, unitId: r.unit_id, unitName: r.unit_name,
    legalVersion: r.legal_version, rulesVersion: r.rules_version, issuedOn: r.issued_on, expiresOn: r.expires_on,
    decision: { number: r.decision_number, date: r.decision_date, authority: r.decision_authority, authorityLabel: authorityLabel(r.decision_authority) },
    dossierId: r.dossier_id, status,
    revocation: r.revoked_on === null || r.revocation_reason === null ? null : { on: r.revoked_on, reason: r.revocation_reason, note: r.revocation_note },
    supersededBy: r.superseded_by, verifyUrl: certificateVerifyUrl(publicUrl, r.number), pdfUrl: `/api/v1/certificates/${r.id}/pdf`,
  };
}
