import { describe, expect, it } from 'vitest';
import { ELLIPSIS, fitLines, fitTextBox, wrapWords } from './text-fit.js';

// Every character one unit wide: line breaks can be checked by counting.
const unit = (t: string): number => [...t].length;

describe('word wrap', () => {
  it('fills lines greedily and breaks only at spaces', () => {
    expect(wrapWords('aa bb cc dd', 5, unit)).toEqual(['aa bb', 'cc dd']);
    expect(wrapWords('  aa   bb ', 5, unit)).toEqual(['aa bb']);
    expect(wrapWords('', 5, unit)).toEqual([]);
  });

  it('breaks a word longer than a line between characters', () => {
    expect(wrapWords('abcdefghij', 4, unit)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapWords('x abcdefghij y', 4, unit)).toEqual(['x', 'abcd', 'efgh', 'ij y']);
  });
});

describe('fitting into a number of lines', () => {
  it('keeps text that fits as it is', () => {
    expect(fitLines('Trà hoa vàng', 12, 2, unit)).toEqual({ lines: ['Trà hoa vàng'], truncated: false });
  });

  it('ends the last kept line with an ellipsis that still fits', () => {
    const r = fitLines('Miến dong Bình Liêu loại đặc biệt', 10, 2, unit);
    expect(r).toEqual({ lines: ['Miến dong', `Bình Liêu${ELLIPSIS}`], truncated: true });
    expect(r.lines.every((l) => unit(l) <= 10)).toBe(true);
    expect(fitLines('abcdefghij klm', 4, 1, unit)).toEqual({ lines: [`abc${ELLIPSIS}`], truncated: true });
  });
});

describe('fitting into a box', () => {
  // At size s each character is s/10 wide: the text gets narrower as the size drops.
  const measureAt = (size: number) => (t: string): number => (unit(t) * size) / 10;

  it('uses the largest size at which everything fits', () => {
    // At 10 pt three lines need 30 pt but the box has 29; at 9.75 pt still only 2 lines fit
    // (29 / 9.75 < 3); at 9.5 pt three lines of 3.8-unit words fit.
    const r = fitTextBox('aaaa bbbb cccc', { width: 4, height: 29 }, { max: 10, min: 4, leading: 1 }, measureAt);
    expect(r).toMatchObject({ size: 9.5, truncated: false, lines: ['aaaa', 'bbbb', 'cccc'], lineHeight: 9.5 });
  });

  it('cuts at the minimum size when nothing fits', () => {
    const r = fitTextBox('aaaa bbbb cccc dddd eeee', { width: 4, height: 10 }, { max: 10, min: 8, leading: 1 }, measureAt);
    expect(r.size).toBe(8);
    expect(r.truncated).toBe(true);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]?.endsWith(ELLIPSIS)).toBe(true);
  });
});
