// Certificate numbers: "{province}-{year}-OCOP-{sequence}", e.g. "QN-2026-OCOP-000123".
// The province prefix tells a reader (and the national registry) where the number comes from,
// the year is the year of the recognition decision, and the sequence runs per province and
// year, zero-padded so that numbers sort and line up on printed lists. The parts are plain
// ASCII so a number survives any keyboard, URL and QR code unchanged.

export type CertificateNumberParts = {
  /** Uppercase letters, e.g. "QN" for Quảng Ninh. */
  readonly province: string;
  readonly year: number;
  readonly sequence: number;
};

const PROVINCE = /^[A-Z]{2,4}$/;
const NUMBER = /^([A-Z]{2,4})-(\d{4})-OCOP-(\d{4,9})$/;

/** Formats a number; throws RangeError on parts that cannot make a valid one. */
export function formatCertificateNumber(parts: CertificateNumberParts, sequenceDigits = 6): string {
  if (!PROVINCE.test(parts.province)) throw new RangeError(`province prefix must be 2–4 uppercase letters: "${parts.province}"`);
  if (!Number.isInteger(parts.year) || parts.year < 2000 || parts.year > 9999) throw new RangeError(`year out of range: ${parts.year}`);
  const max = 10 ** sequenceDigits - 1;
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1 || parts.sequence > max) {
    throw new RangeError(`sequence must be a whole number from 1 to ${max}: ${parts.sequence}`);
  }
  return `${parts.province}-${parts.year}-OCOP-${String(parts.sequence).padStart(sequenceDigits, '0')}`;
}

/** Parses a number typed or scanned by a person (surrounding spaces and lowercase forgiven). */
export function parseCertificateNumber(text: string): CertificateNumberParts | null {
  const m = NUMBER.exec(text.trim().toUpperCase());
  if (m === null) return null;
  const sequence = Number(m[3]);
  if (sequence < 1) return null;
  return { province: m[1] ?? '', year: Number(m[2]), sequence };
}

/** The public page that verifies a certificate; its URL goes into the certificate's QR code. */
export function certificateVerifyUrl(publicUrl: string, certificateNumber: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/certificates/${encodeURIComponent(certificateNumber)}`;
}
