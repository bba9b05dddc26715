import { describe, expect, it } from 'vitest';
import { isValidTaxCode, missingIdentifier, producerKey, taxCodeCheckDigit, taxCodeProblem } from './tax-code.js';

describe('Vietnamese tax codes (mod-11)', () => {
  it('accepts real codes whose check digit is computed by hand', () => {
    // 0300588569 (Vinamilk): 0·31 + 3·29 + 0·23 + 0·19 + 5·17 + 8·13 + 8·7 + 5·5 + 6·3
    //   = 0 + 87 + 0 + 0 + 85 + 104 + 56 + 25 + 18 = 375; 375 mod 11 = 1; 10 − 1 = 9 ✓
    expect(isValidTaxCode('0300588569')).toBe(true);
    // 0100109106 (Viettel): 29 + 17 + 63 + 5 = 114; 114 mod 11 = 4; 10 − 4 = 6 ✓
    expect(isValidTaxCode('0100109106')).toBe(true);
    // 5701999004: 155 + 203 + 19 + 153 + 117 + 63 = 710; 710 mod 11 = 6; 10 − 6 = 4 ✓
    expect(isValidTaxCode('5701999004')).toBe(true);
    // a branch of Viettel: the 10-digit part carries the check digit
    expect(isValidTaxCode('0100109106-001')).toBe(true);
  });

  it('refuses a wrong check digit, wrong shapes and serials whose check would be 10', () => {
    expect(taxCodeProblem('0300588568')).toBe('check-digit');
    expect(taxCodeProblem('5701900101')).toBe('check-digit'); // 570190010 → sum 535, 535 mod 11 = 7, check 3
    expect(taxCodeProblem('030058856')).toBe('format');
    expect(taxCodeProblem('0300588569-01')).toBe('format');
    expect(taxCodeProblem('0300588569 ')).toBe('format');
    expect(taxCodeProblem('03005885690')).toBe('format');
    // 570190015: 155 + 203 + 19 + 153 + 5·5 + 5·3 = 570; 570 mod 11 = 0 → "10", never issued
    expect(taxCodeCheckDigit('570190015')).toBeUndefined();
    for (let d = 0; d <= 9; d += 1) expect(isValidTaxCode(`570190015${d}`)).toBe(false);
  });

  it('requires a tax code for enterprises and cooperatives, either identifier for households and groups', () => {
    expect(missingIdentifier('enterprise', null, 'HKD123456')).toBe('taxCode');
    expect(missingIdentifier('cooperative', '0300588569', null)).toBeUndefined();
    expect(missingIdentifier('household', null, null)).toBe('taxCodeOrRegistrationNo');
    expect(missingIdentifier('household', null, '22A8001234')).toBeUndefined();
    expect(missingIdentifier('cooperative_group', '0300588569', null)).toBeUndefined();
    expect(producerKey({ taxCode: null, registrationNo: '22A8001234' })).toBe('22A8001234');
    expect(producerKey({ taxCode: '0300588569', registrationNo: '22A8001234' })).toBe('0300588569');
  });
});
