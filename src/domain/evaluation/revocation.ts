import type { CertificationRules } from './certification-rules.js';
import { type IsoDate, addDays } from './dates.js';
import { type RevocationReason, type Text, versionInForce } from './types.js';

// Revocation (26/2026 Điều 8). The platform records one of four reasons; each names the
// grounds of Điều 8 it covers, so a revocation can always be traced to the article.
// Authority: the provincial chairman for 3★–4★, the Minister for 5★ (the same authority that
// recognised the product: see certification.json outcomes).

export type RevocationReasonInfo = { readonly label: Text; readonly grounds: Text };

export const REVOCATION_REASON_INFO: Readonly<Record<RevocationReason, RevocationReasonInfo>> = {
  failed_post_audit: {
    label: { vi: 'Không đạt khi hậu kiểm', en: 'Failed post-recognition inspection' },
    grounds: { vi: 'Không còn đáp ứng tiêu chí sau kiểm tra; vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, nhãn hàng hóa', en: 'Criteria no longer met after inspection; breach of quality, food-safety, environment, IP or labelling law' },
  },
  not_reevaluated: {
    label: { vi: 'Không đánh giá lại khi hết hạn', en: 'Not re-evaluated at expiry' },
    grounds: { vi: 'Chủ thể không nộp hồ sơ đánh giá lại hoặc đã ngừng sản xuất', en: 'No re-evaluation dossier filed, or production stopped' },
  },
  misuse: {
    label: { vi: 'Sử dụng sai biểu trưng, giấy chứng nhận OCOP', en: 'Misuse of the OCOP mark or certificate' },
    grounds: { vi: 'Sử dụng biểu trưng OCOP sai quy định', en: 'Use of the OCOP mark against the rules' },
  },
  other: {
    label: { vi: 'Lý do khác', en: 'Other' },
    grounds: { vi: 'Hồ sơ gian dối, giả mạo; kết luận khác của cơ quan có thẩm quyền', en: 'False or forged dossier; other findings of a competent authority' },
  },
};

/** The last day to decide a revocation, under the rules in force on the day of the conclusion. */
export function revocationDeadline(rules: CertificationRules, concludedOn: IsoDate): IsoDate | null {
  const days = versionInForce(rules.versions, concludedOn)?.revocationWithinDays ?? null;
  return days === null ? null : addDays(concludedOn, days);
}
