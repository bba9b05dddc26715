import type { Text } from '../evaluation/types.js';
import { type Severity, type Signal, atLeast, bySeverity } from './signals.js';

// The one-line answer the verify page gives a buyer, from what the platform knows about the
// code, the product's certificate and the signals the scan raised. Order matters: a code that
// was never issued or was voided says nothing about a product; strong counterfeit signals
// outweigh a valid certificate (the certificate is real, this copy of the stamp may not be);
// only then does the certificate's own state decide.

export type CodeStatus = 'active' | 'voided' | 'unknown';
export type CertificateStatus = 'valid' | 'expired' | 'revoked';

export const VERDICTS = ['genuine', 'certificate-expired', 'certificate-revoked', 'voided', 'unknown-code', 'possible-counterfeit'] as const;
export type Verdict = (typeof VERDICTS)[number];
export type Tone = 'ok' | 'caution' | 'danger';

export const VERDICT_TEXT: Readonly<Record<Verdict, { readonly tone: Tone; readonly headline: Text }>> = {
  genuine: { tone: 'ok', headline: { vi: 'Tem chính hãng – sản phẩm OCOP đã được chứng nhận', en: 'Genuine stamp – certified OCOP product' } },
  'certificate-expired': { tone: 'caution', headline: { vi: 'Tem thật, nhưng giấy chứng nhận OCOP của sản phẩm đã hết hiệu lực', en: 'Genuine stamp, but the product’s OCOP certificate has expired' } },
  'certificate-revoked': { tone: 'danger', headline: { vi: 'Tem thật, nhưng giấy chứng nhận OCOP của sản phẩm đã bị thu hồi', en: 'Genuine stamp, but the product’s OCOP certificate has been revoked' } },
  voided: { tone: 'danger', headline: { vi: 'Tem đã bị hủy và không còn giá trị', en: 'This stamp has been voided and is no longer valid' } },
  'unknown-code': { tone: 'danger', headline: { vi: 'Không tìm thấy mã tem này – có thể là tem giả', en: 'This code was never issued – the stamp may be fake' } },
  'possible-counterfeit': { tone: 'danger', headline: { vi: 'Cảnh báo: tem này có dấu hiệu bị sao chép', en: 'Warning: this stamp shows signs of being copied' } },
};

export type VerdictInput = {
  readonly code: CodeStatus;
  /** Ignored unless the code is active. */
  readonly certificate: CertificateStatus;
  readonly signals: readonly Signal[];
};

export type VerdictResult = {
  readonly verdict: Verdict;
  readonly tone: Tone;
  readonly headline: Text;
  /** Every signal raised, most severe first, to show under the headline. */
  readonly warnings: readonly Signal[];
};

export function verdictFor(input: VerdictInput, counterfeitAtSeverity: Severity): VerdictResult {
  const warnings = bySeverity(input.signals);
  const verdict = decide(input, warnings, counterfeitAtSeverity);
  return { verdict, ...VERDICT_TEXT[verdict], warnings };
}

function decide(input: VerdictInput, warnings: readonly Signal[], threshold: Severity): Verdict {
  if (input.code === 'unknown') return 'unknown-code';
  if (input.code === 'voided') return 'voided';
  if (warnings.some((s) => atLeast(s.severity, threshold))) return 'possible-counterfeit';
  if (input.certificate === 'revoked') return 'certificate-revoked';
  if (input.certificate === 'expired') return 'certificate-expired';
  return 'genuine';
}
