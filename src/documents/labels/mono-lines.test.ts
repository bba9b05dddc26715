import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { formatSerialForPrint, generateSerial } from '../../domain/stamps/serial.js';
import { captureOperators } from './label-stencil.js';
import { MonoLines } from './mono-lines.js';

// Serial lines written from learned glyph codes must be exactly what pdfkit sets: the same
// glyphs at the same place. Both are captured from one document (glyph codes are per document).

const require = createRequire(import.meta.url);
const MONO = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSansMono.ttf');

function monoDoc(): PDFKit.PDFDocument {
  const doc = new PDFDocument({ autoFirstPage: false, compress: false, fontLayoutCache: false });
  doc.registerFont('Mono', MONO);
  doc.addPage({ size: 'A4', margin: 0 });
  return doc;
}

/** Operators one per line (a learned line is written as one chunk). */
const lines = (ops: readonly string[]): string[] => ops.join('\n').split('\n');
const serial = (i: number): string => formatSerialForPrint(generateSerial((n) => Uint8Array.from({ length: n }, (_, k) => (i * 97 + k * 31 + (i >> 5)) & 255)));

/** The glyph codes of the line's TJ, and where its text matrix puts it in pdfkit's page space (origin top left). */
function placed(ops: readonly string[], pageHeight: number): { hex: string; x: number; y: number } {
  const text = ops.join('\n');
  const hex = /\[<([0-9a-f]+)> 0\] TJ/.exec(text)?.[1] ?? '';
  const tm = /1 0 0 1 (\S+) (\S+) Tm/.exec(text);
  const shift = /^q\n1 0 0 1 (\S+) (\S+) cm\n/.exec(text);
  // The text matrix is in PDF space (y up); a `cm` before the flip moves it in pdfkit's space (y down).
  const x = Number(tm?.[1]) + Number(shift?.[1] ?? 0);
  const y = pageHeight - Number(tm?.[2]) + Number(shift?.[2] ?? 0);
  return { hex, x, y };
}

describe('serial lines from learned glyph codes', () => {
  it('writes the glyphs pdfkit would, where pdfkit would, once every character is known', () => {
    const doc = monoDoc();
    const setter = new MonoLines('Mono');
    let fast = 0;
    for (let i = 0; i < 300; i += 1) {
      const line = serial(i);
      const x = 10 + (i % 7) * 71.3;
      const y = 20 + (i % 13) * 57.1;
      const ours = lines(captureOperators(doc, () => setter.draw(doc, line, x, y, 6.5)));
      const theirs = captureOperators(doc, () => doc.font('Mono').fontSize(6.5).text(line, x, y, { lineBreak: false }));
      if (ours[0] === 'q' && ours[1]?.endsWith(' cm') === true && ours[2] === 'q') fast += 1;
      const a = placed(ours, doc.page.height);
      const b = placed(theirs, doc.page.height);
      expect(a.hex, line).toBe(b.hex);
      expect(a.x, line).toBeCloseTo(b.x, 2);
      expect(a.y, line).toBeCloseTo(b.y, 2);
    }
    // After the first few lines every symbol of the alphabet is known.
    expect(fast).toBeGreaterThan(250);
  });

  it('keeps a line with a character it has not seen on pdfkit, and a new size too', () => {
    const doc = monoDoc();
    const setter = new MonoLines('Mono');
    setter.draw(doc, 'ABCD 1234', 10, 10, 6);
    const unseen = lines(captureOperators(doc, () => setter.draw(doc, 'ABCD 123é', 10, 30, 6)));
    const resized = lines(captureOperators(doc, () => setter.draw(doc, 'ABCD 1234', 10, 50, 7)));
    const known = lines(captureOperators(doc, () => setter.draw(doc, 'DCBA 4321', 10, 70, 6)));
    expect(unseen[0]).toBe('q');
    expect(unseen[1]).toMatch(/^1 0 0 -1 0 \S+ cm$/);
    expect(resized[1]).toMatch(/^1 0 0 -1 0 \S+ cm$/);
    expect(known[1]).toMatch(/^1 0 0 1 \S+ \S+ cm$/);
  });
});
