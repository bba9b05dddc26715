import { type QrMatrix, qrRects } from '../qr-vector.js';
import { pdfNumber } from './label-stencil.js';

// A QR code as one filled path written in one piece: the rectangles of its horizontal runs of
// dark modules (qrRects) in module units, so every operand is a small integer, scaled and moved
// into place by a single `cm`. Same shapes as drawing each run with pdfkit's rect() (what
// pdf-layout.ts's drawQr does), without formatting four coordinates and allocating a buffer
// per run: a sheet label's code has ~250 runs, a print job tens of thousands of codes.

/** The dark modules as path operators in module units (x = column, y = row, 1 = one module). */
export function qrPathOperators(m: QrMatrix): string {
  const ops: string[] = [];
  for (const r of qrRects(m)) ops.push(`${r.x} ${r.y} ${r.w} ${r.h} re`);
  return ops.join('\n');
}

/** The symbol at (x, y) in pdfkit's page space, `side` points wide (quiet zone is the caller's). */
export function drawQrPath(doc: PDFKit.PDFDocument, m: QrMatrix, x: number, y: number, side: number): void {
  const unit = pdfNumber(side / m.size, 6);
  doc.addContent(`q\n0 0 0 rg\n${unit} 0 0 ${unit} ${pdfNumber(x)} ${pdfNumber(y)} cm\n${qrPathOperators(m)}\nf\nQ`);
}
