import * as QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { type QrMatrix, isDark, qrMatrix, qrRects } from './qr-vector.js';

const URL = 'https://ocop.quangninh.gov.vn/certificates/QN-2026-OCOP-000123';

/** Paints the rectangles back onto a grid, counting how often each module is covered. */
function paint(size: number, rects: ReturnType<typeof qrRects>): number[] {
  const grid = new Array<number>(size * size).fill(0);
  for (const r of rects) for (let y = r.y; y < r.y + r.h; y++) for (let x = r.x; x < r.x + r.w; x++) grid[y * size + x]! += 1;
  return grid;
}

describe('QR matrix', () => {
  it('is the matrix qrcode encodes for the same text', () => {
    const m = qrMatrix(URL);
    const ref = QRCode.create(URL, { errorCorrectionLevel: 'M' });
    expect(m.size).toBe(ref.modules.size);
    expect(m.size).toBe(17 + 4 * m.version);
    for (let row = 0; row < m.size; row++) for (let col = 0; col < m.size; col++) expect(isDark(m, row, col)).toBe(ref.modules.get(row, col) === 1);
  });
});

describe('QR rectangles', () => {
  it('turn each horizontal run of dark modules into one rectangle', () => {
    const m: QrMatrix = { size: 3, version: 0, dark: [true, true, false, false, true, true, true, false, true] };
    expect(qrRects(m)).toEqual([{ x: 0, y: 0, w: 2, h: 1 }, { x: 1, y: 1, w: 2, h: 1 }, { x: 0, y: 2, w: 1, h: 1 }, { x: 2, y: 2, w: 1, h: 1 }]);
  });

  it('cover every dark module exactly once and no light one', () => {
    const m = qrMatrix(URL);
    const grid = paint(m.size, qrRects(m));
    expect(grid).toEqual(m.dark.map((d) => (d ? 1 : 0)));
  });

  it('start with the finder pattern: a 7-module run in the top-left corner', () => {
    const m = qrMatrix(URL);
    expect(qrRects(m)[0]).toEqual({ x: 0, y: 0, w: 7, h: 1 });
    expect(qrRects(m).length).toBeLessThan(m.dark.filter(Boolean).length);
  });
});
