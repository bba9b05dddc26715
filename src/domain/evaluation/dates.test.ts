import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isIsoDate } from './dates.js';

// Civil Code 2015 Điều 148: a period in months ends on the same-numbered day of the last month,
// or that month's last day when it has no such day. Expected dates counted on a calendar.

describe('addMonths', () => {
  it.each([
    ['2026-08-31', 36, '2029-08-31'],
    ['2026-05-22', 36, '2029-05-22'],
    ['2024-02-29', 36, '2027-02-28'], // no 29 February in 2027
    ['2025-02-28', 36, '2028-02-28'], // the same-numbered day, not the month's end
    ['2028-02-29', 48, '2032-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2027-12-31', 2, '2028-02-29'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
  ] as const)('%s + %i months = %s', (from, months, to) => {
    expect(addMonths(from, months)).toBe(to);
  });
});

describe('days', () => {
  it('count across month ends and leap days', () => {
    expect(addDays('2029-08-31', -120)).toBe('2029-05-03');
    expect(addDays('2029-08-31', -180)).toBe('2029-03-04');
    expect(addDays('2028-08-28', -180)).toBe('2028-03-01');
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2026-06-15', '2029-06-15')).toBe(1096);
  });

  it('refuse dates that do not exist', () => {
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-04-31', 1)).toThrow(RangeError);
  });
});
