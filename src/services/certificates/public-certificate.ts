import { z } from 'zod';
import { findCertificateByNumber } from '../../db/repositories/certificates.js';
import { pendingReevaluations } from '../../db/repositories/dossiers.js';
import { findUnit, successionLinks } from '../../db/repositories/units.js';
import { certificateVerifyUrl, formatCertificateNumber, parseCertificateNumber } from '../../domain/evaluation/certificate-number.js';
import { certificationRules } from '../../rules/evaluation/index.js';
import type { ServiceContext } from '../context.js';
import { notFound } from '../errors.js';
import { today } from './certificate-access.js';
import { DecisionRefOutput, StatusOutput, authorityLabel } from './certificate-output.js';
import { statusOf } from './certificate-status.js';

// What anyone may check about a certificate from its number (printed on it and in its QR code):
// what it certifies, who holds it, under which rules, and whether it holds today. The file note
// of a revocation stays internal; its ground and date are public.

export const PublicCertificateOutput = z.object({
  number: z.string(),
  star: z.number().int(),
  productName: z.string(),
  producerName: z.string(),
  commune: z.object({ id: z.string(), name: z.string(), nowPartOf: z.array(z.string()).describe('for a pre-2025 unit: the unit(s) it became part of') }),
  legalVersion: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  decision: DecisionRefOutput,
  status: StatusOutput,
  checkedOn: z.string().describe('the day (Vietnam time) the status was computed for'),
  verifyUrl: z.string(),
});
export type PublicCertificateView = z.infer<typeof PublicCertificateOutput>;

async function communeOf(ctx: Pick<ServiceContext, 'readDb'>, unitId: string): Promise<PublicCertificateView['commune']> {
  const unit = await findUnit(ctx.readDb, unitId);
  const { successors } = await successionLinks(ctx.readDb, unitId);
  const names = await Promise.all(successors.map(async (s) => (await findUnit(ctx.readDb, s.to_id))?.name ?? s.to_id));
  return { id: unitId, name: unit?.name ?? unitId, nowPartOf: names };
}

/** The number as issued, or null when the text cannot be one of ours. */
export function canonicalNumber(text: string): string | null {
  const parts = parseCertificateNumber(text);
  if (parts === null) return null;
  try {
    return formatCertificateNumber(parts, certificationRules().certificateNumber.sequenceDigits);
  } catch {
    return null;
  }
}

/** The certificate with this number (typed or scanned: case and spaces forgiven), or 404. */
export async function getPublicCertificate(ctx: Pick<ServiceContext, 'readDb' | 'now' | 'publicUrl'>, opts: { number: string }): Promise<PublicCertificateView> {
  const number = canonicalNumber(opts.number);
  const row = number === null ? undefined : await findCertificateByNumber(ctx.readDb, number);
  if (row === undefined) throw notFound('Certificate');
  const day = today(ctx);
  const pending = row.expires_on < day ? (await pendingReevaluations(ctx.readDb, [row.id])).get(row.id) : undefined;
  return {
    number: row.number, star: row.star, productName: row.product_name, producerName: row.producer_name, commune: await communeOf(ctx, row.unit_id),
    legalVersion: row.legal_version, issuedOn: row.issued_on, expiresOn: row.expires_on,
    decision: { number: row.decision_number, date: row.decision_date, authority: row.decision_authority, authorityLabel: authorityLabel(row.decision_authority) },
    status: statusOf(row, day, pending), checkedOn: day, verifyUrl: certificateVerifyUrl(ctx.publicUrl, row.number),
  };
}
