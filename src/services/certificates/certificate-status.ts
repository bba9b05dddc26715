import type { CertificateRow } from '../../db/repositories/certificates.js';
import { certificateStatus } from '../../domain/evaluation/certificate-validity.js';
import { REVOCATION_REASON_INFO } from '../../domain/evaluation/revocation.js';
import { REVOCATION_REASONS } from '../../domain/evaluation/types.js';
import { certificationRules } from '../../rules/evaluation/index.js';

// A certificate's status on a day, computed, never stored: revocation and expiry change it the
// same day they take effect. A certificate replaced by a newer one (upgrade, re-evaluation) is
// "superseded"; otherwise the domain decides (revoked, not yet valid, valid, expiring, extended
// under the 26/2026 transitional rule, expired).

export const STATUS_CODES = ['valid', 'expiring', 'extended', 'expired', 'revoked', 'superseded', 'not_yet_valid'] as const;
export type StatusCode = (typeof STATUS_CODES)[number];
type Text = { vi: string; en: string };

export const STATUS_LABELS: Readonly<Record<StatusCode, Text>> = {
  valid: { vi: 'Còn hiệu lực', en: 'Valid' },
  expiring: { vi: 'Còn hiệu lực, sắp hết hạn', en: 'Valid, expiring soon' },
  extended: { vi: 'Còn hiệu lực (gia hạn theo quy định chuyển tiếp)', en: 'Valid (extended under the transitional rule)' },
  expired: { vi: 'Hết hiệu lực', en: 'Expired' },
  revoked: { vi: 'Đã bị thu hồi', en: 'Revoked' },
  superseded: { vi: 'Đã được thay thế bằng giấy chứng nhận mới', en: 'Replaced by a newer certificate' },
  not_yet_valid: { vi: 'Chưa có hiệu lực', en: 'Not yet valid' },
};

export type StatusView = {
  code: StatusCode;
  label: Text;
  daysLeft: number | null;
  validUntil: string | null;
  revokedOn: string | null;
  reason: string | null;
  reasonLabel: Text | null;
};

function reasonOf(code: string | null) {
  return REVOCATION_REASONS.find((r) => r === code) ?? null;
}

export function statusOf(row: CertificateRow, today: string, pendingFiledOn?: string): StatusView {
  const base = { daysLeft: null, validUntil: null, revokedOn: null, reason: null, reasonLabel: null };
  const revoked = row.revoked_on !== null && row.revoked_on <= today;
  if (!revoked && row.superseded_on !== null && row.superseded_on <= today) return { ...base, code: 'superseded', label: STATUS_LABELS.superseded };
  const s = certificateStatus(certificationRules(), {
    rulesVersionId: row.rules_version, issuedOn: row.issued_on, expiresOn: row.expires_on, revokedOn: row.revoked_on, revocationReason: reasonOf(row.revocation_reason),
  }, today, pendingFiledOn === undefined ? undefined : { filedOn: pendingFiledOn });
  switch (s.status) {
    case 'revoked':
      return { ...base, code: 'revoked', label: STATUS_LABELS.revoked, revokedOn: s.revokedOn, reason: s.reason, reasonLabel: s.reason === null ? null : REVOCATION_REASON_INFO[s.reason].label };
    case 'valid':
    case 'expiring':
      return { ...base, code: s.status, label: STATUS_LABELS[s.status], daysLeft: s.daysLeft, validUntil: s.expiresOn };
    case 'extended':
      return { ...base, code: 'extended', label: STATUS_LABELS.extended, validUntil: s.validUntil };
    case 'expired':
      return { ...base, code: 'expired', label: STATUS_LABELS.expired };
    case 'not_yet_valid':
      return { ...base, code: 'not_yet_valid', label: STATUS_LABELS.not_yet_valid };
  }
}
