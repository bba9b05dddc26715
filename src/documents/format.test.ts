import { describe, expect, it } from 'vitest';
import { formatDateVi, formatScoreVi, longDateVi } from './format.js';

describe('Vietnamese document formats', () => {
  it('dates: dd/mm/yyyy, and the place-date line with a zero only before days 1–9 and months 1–2', () => {
    expect(formatDateVi('2026-06-05')).toBe('05/06/2026');
    expect(longDateVi('2026-06-15')).toBe('ngày 15 tháng 6 năm 2026');
    expect(longDateVi('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
    expect(longDateVi('2026-12-01')).toBe('ngày 01 tháng 12 năm 2026');
    expect(() => formatDateVi('15/06/2026')).toThrow(RangeError);
  });

  it('scores: decimal comma, at most two decimals, never rounded up', () => {
    expect(formatScoreVi(78.67)).toBe('78,67');
    expect(formatScoreVi(46.5)).toBe('46,5');
    expect(formatScoreVi(90)).toBe('90');
    expect(formatScoreVi(89.999)).toBe('89,99');
  });
});
