import * as QRCode from 'qrcode';

// QR codes drawn as vector squares: crisp at any print size and no raster image to embed.
// The matrix comes from qrcode's own encoder; turning it into rectangles is pure so it can be
// checked module by module.

export type QrMatrix = {
  /** Modules per side (21 for version 1, +4 per version). */
  readonly size: number;
  readonly version: number;
  /** Row-major, true for a dark module. */
  readonly dark: readonly boolean[];
};

/** A rectangle in module units: x is the column, y the row. */
export type ModuleRect = { readonly x: number; readonly y: number; readonly w: number; readonly h: number };

/** Level M (15 % recovery) survives a fold or a scuffed print without growing the code much. */
export function qrMatrix(text: string, errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H' = 'M'): QrMatrix {
  const qr = QRCode.create(text, { errorCorrectionLevel });
  const { size } = qr.modules;
  const dark = Array.from({ length: size * size }, (_, i) => qr.modules.get(Math.floor(i / size), i % size) === 1);
  return { size, version: qr.version, dark };
}

export function isDark(m: QrMatrix, row: number, col: number): boolean {
  return m.dark[row * m.size + col] === true;
}

/**
 * One rectangle per horizontal run of dark modules. Runs keep the drawing small (a version-4
 * code needs ~250 rectangles instead of ~550 squares) and leave no hairline seams between
 * neighbouring squares in PDF viewers.
 */
export function qrRects(m: QrMatrix): ModuleRect[] {
  const rects: ModuleRect[] = [];
  for (let row = 0; row < m.size; row++) {
    let start = -1;
    for (let col = 0; col <= m.size; col++) {
      const dark = col < m.size && isDark(m, row, col);
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        rects.push({ x: start, y: row, w: col - start, h: 1 });
        start = -1;
      }
    }
  }
  return rects;
}
