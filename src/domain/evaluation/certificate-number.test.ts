import { describe, expect, it } from 'vitest';
import { certificateVerifyUrl, formatCertificateNumber, parseCertificateNumber } from './certificate-number.js';

describe('certificate numbers', () => {
  it('format as province-year-OCOP-sequence, six digits', () => {
    expect(formatCertificateNumber({ province: 'QN', year: 2026, sequence: 123 })).toBe('QN-2026-OCOP-000123');
    expect(formatCertificateNumber({ province: 'QN', year: 2027, sequence: 999_999 })).toBe('QN-2027-OCOP-999999');
  });

  it('refuse parts that cannot make a valid number', () => {
    for (const parts of [
      { province: 'QN', year: 2026, sequence: 0 }, { province: 'QN', year: 2026, sequence: 1_000_000 },
      { province: 'QN', year: 2026, sequence: 12.5 }, { province: 'qn', year: 2026, sequence: 1 },
      { province: 'QN', year: 1999, sequence: 1 },
    ]) expect(() => formatCertificateNumber(parts), JSON.stringify(parts)).toThrow(RangeError);
  });

  it('parse what a person types, and nothing else', () => {
    expect(parseCertificateNumber(' qn-2026-ocop-000123 ')).toEqual({ province: 'QN', year: 2026, sequence: 123 });
    expect(parseCertificateNumber('QN-2026-OCOP-000000')).toBeNull();
    expect(parseCertificateNumber('QN-26-OCOP-000001')).toBeNull();
    expect(parseCertificateNumber('QN-2026-000001')).toBeNull();
  });

  it('make the public verification URL', () => {
    expect(certificateVerifyUrl('https://ocop.quangninh.gov.vn/', 'QN-2026-OCOP-000123')).toBe('https://ocop.quangninh.gov.vn/certificates/QN-2026-OCOP-000123');
  });
});
