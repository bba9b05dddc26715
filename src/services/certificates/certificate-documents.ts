import type { CertificateSigner, CertificatePdfData } from '../../documents/certificate-pdf.js';
import type { ResultLetterPdfData } from '../../documents/result-letter-pdf.js';
import type { CertificateRow } from '../../db/repositories/certificates.js';
import { findDecisionById } from '../../db/repositories/decisions.js';
import { certificateVerifyUrl } from '../../domain/evaluation/certificate-number.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import { loadDossier } from '../dossiers/dossier-access.js';
import { answerSheets, sheetOf } from '../dossiers/dossier-sheet.js';
import { councilStar } from '../councils/council-star.js';
import { latestRows, loadCouncilState } from '../councils/council-tally.js';
import { loadCertificate } from './certificate-access.js';
import { asStar } from './record-decision.js';

// The data of the two evaluation documents: the certificate (3★–5★) and the result letter that
// tells a 1★–2★ producer its score and what kept it below 3★. The QR code on a certificate
// carries the public verification URL under OCOP_PUBLIC_URL.

const PROVINCE = 'Quảng Ninh';
const ISSUERS: Readonly<Record<string, { heading: string[]; place: string; authority: string }>> = {
  provincial_chairman: { heading: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NINH'], place: PROVINCE, authority: 'Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh' },
  minister: { heading: ['BỘ NÔNG NGHIỆP', 'VÀ MÔI TRƯỜNG'], place: 'Hà Nội', authority: 'Bộ trưởng Bộ Nông nghiệp và Môi trường' },
  district_chairman: { heading: ['ỦY BAN NHÂN DÂN', 'CẤP HUYỆN'], place: PROVINCE, authority: 'Chủ tịch Ủy ban nhân dân cấp huyện' },
};

function signerOf(name: string, titleJson: string): CertificateSigner {
  const v: unknown = JSON.parse(titleJson);
  return { name, title: Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : [] };
}

function certificateStar(star: number): 3 | 4 | 5 {
  if (star === 3 || star === 4 || star === 5) return star;
  throw new Error(`a certificate has 3 to 5 stars, not ${star}`);
}

export function certificatePdfData(row: CertificateRow, publicUrl: string): CertificatePdfData {
  const issuer = ISSUERS[row.decision_authority] ?? ISSUERS.provincial_chairman ?? { heading: [], place: PROVINCE, authority: '' };
  return {
    certificateNumber: row.number, issuer: { heading: issuer.heading, place: issuer.place },
    productName: row.product_name, producerName: row.producer_name, producerAddress: row.producer_address ?? row.unit_name ?? '',
    star: certificateStar(row.star), totalScore: row.total_score, legalVersion: row.legal_version,
    decision: { number: row.decision_number, date: row.decision_date, authority: issuer.authority },
    signer: signerOf(row.signer_name, row.signer_title), issuedOn: row.issued_on, expiresOn: row.expires_on,
    verifyUrl: certificateVerifyUrl(publicUrl, row.number),
  };
}

export async function certificateDocument(ctx: ServiceContext, opts: { actor: Actor; certificateId: number }): Promise<{ number: string; data: CertificatePdfData }> {
  const row = await loadCertificate(ctx.db, opts.actor, opts.certificateId);
  return { number: row.number, data: certificatePdfData(row, ctx.publicUrl) };
}

function improvements(sheetTitle: (code: string) => string, missed: { code: string; requiredStar: number }[], total: number): string[] {
  const lines = missed.filter((m) => m.requiredStar === 3).map((m) => `Tiêu chí ${m.code} (${sheetTitle(m.code)}): chưa đạt mức tối thiểu của hạng 3 sao.`);
  if (total < 50) lines.unshift(`Tổng điểm chưa đạt 50 điểm, mức tối thiểu của hạng 3 sao.`);
  return lines;
}

/** The result letter of a dossier ranked 1★–2★, once the letter has a number and date. */
export async function resultLetterDocument(ctx: ServiceContext, opts: { actor: Actor; dossierId: number }): Promise<{ number: string; data: ResultLetterPdfData }> {
  const { row } = await loadDossier(ctx.db, opts.actor, opts.dossierId);
  const decision = row.decision_id === null ? undefined : await findDecisionById(ctx.db, row.decision_id);
  const star = row.result_star === null ? null : asStar(row.result_star);
  if (decision === undefined || decision.kind !== 'result_letter' || (star !== 1 && star !== 2)) throw new ServiceError(404, 'not-found', 'The dossier has no result letter');
  const state = await loadCouncilState(ctx.db, row);
  const { version, sheet } = sheetOf(row);
  const sheets = answerSheets(latestRows(state));
  const total = row.result_total ?? 0;
  const title = (code: string) => sheet.criteria.find((c) => c.code === code)?.title.vi ?? code;
  const signer = signerOf(decision.signer_name, decision.signer_title);
  return { number: decision.number, data: {
    letterNumber: decision.number, provinceName: PROVINCE, parentBody: 'UBND TỈNH QUẢNG NINH',
    issuer: { heading: 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', inText: 'Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh' },
    producerName: row.producer_name, producerAddress: row.producer_address ?? '', productName: row.product_name, productSetName: sheet.name.vi,
    star, totalScore: row.result_display ?? total, legalVersion: version.legalVersion, councilDate: state.council.session_date, issuedOn: decision.decided_on,
    improvements: improvements(title, councilStar(version, sheet, sheets, total).missedMarkers, total), signer,
    recipients: ['Như trên;', 'UBND xã nơi chủ thể đăng ký;', 'Lưu: VT, OCOP.'],
  } };
}
