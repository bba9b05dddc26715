import { describe, expect, it } from 'vitest';
import { gs1CheckDigit, gtinProblem, normalizeGtin } from './gtin.js';

describe('GTIN check digits (GS1 mod 10)', () => {
  it('computes check digits worked out by hand', () => {
    // 4006381333931 (EAN-13): body 400638133393, weights 3,1,3,… from the right:
    //   3·3 + 9·1 + 3·3 + 3·1 + 3·3 + 1·1 + 8·3 + 3·1 + 6·3 + 0·1 + 0·3 + 4·1 = 89 → 10 − 9 = 1
    expect(gs1CheckDigit('400638133393')).toBe(1);
    // 96385074 (EAN-8): 7·3 + 0·1 + 5·3 + 8·1 + 3·3 + 6·1 + 9·3 = 86 → 10 − 6 = 4
    expect(gs1CheckDigit('9638507')).toBe(4);
    // 036000291452 (UPC-A): 5·3 + 4·1 + 1·3 + 9·1 + 2·3 + 0 + 0 + 0 + 6·3 + 3·1 + 0 = 58 → 2
    expect(gs1CheckDigit('03600029145')).toBe(2);
    // 8934588012228 (a Vietnamese 893 prefix): 2·3+2+2·3+1+0+8+8·3+5+4·3+3+9·3+8 = 102 → 8
    expect(gs1CheckDigit('893458801222')).toBe(8);
    // 8936043001006: 0+0+1·3+0+0+3+4·3+0+6·3+3+9·3+8 = 74 → 6
    expect(gs1CheckDigit('893604300100')).toBe(6);
    // a sum that is already a multiple of ten gives 0, not 10: 1234567 → 7·3+6+5·3+4+3·3+2+1·3 = 60
    expect(gs1CheckDigit('1234567')).toBe(0);
  });

  it('normalises every valid length to GTIN-14', () => {
    expect(normalizeGtin('4006381333931')).toBe('04006381333931');
    expect(normalizeGtin('96385074')).toBe('00000096385074');
    expect(normalizeGtin('036000291452')).toBe('00036000291452');
    expect(normalizeGtin('08934588012228')).toBe('08934588012228');
    expect(normalizeGtin('893 4588 01222-8')).toBe('08934588012228');
  });

  it('refuses wrong check digits and lengths', () => {
    expect(gtinProblem('4006381333932')).toBe('check-digit');
    expect(gtinProblem('8934588012229')).toBe('check-digit');
    expect(gtinProblem('123456789')).toBe('format'); // 9 digits is no GTIN length
    expect(gtinProblem('12345678901')).toBe('format');
    expect(gtinProblem('40063813339a1')).toBe('format');
    expect(normalizeGtin('')).toBeUndefined();
    expect(normalizeGtin('4006381333930')).toBeUndefined();
  });
});
