import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type LabelData, type LabelSheetOptions, renderLabelSheet } from '../src/documents/label-sheet-pdf.js';
import { quietQrGeometry, serialLines } from '../src/documents/labels/label-draw.js';
import { planLabel } from '../src/documents/labels/label-plan.js';
import { isDark, qrMatrix } from '../src/documents/qr-vector.js';
import { stampUri } from '../src/domain/stamps/digital-link.js';
import { type LabelLayout, contentBox, labelSlot } from '../src/domain/stamps/label-layout.js';
import { formatSerialForPrint, generateSerial } from '../src/domain/stamps/serial.js';
import { labelLayout, labelLayouts } from '../src/rules/stamps/index.js';
import { testEngine } from './helpers/engine.js';

// Stamp label sheets as a printer and a scanner see them: page counts per layout, fonts
// embedded, vector QR codes that decode to the stamp URL (design §4), text a person can read,
// and output that streams with flat memory. Samples of every layout go to test-results/ (from
// the sqlite run) for a person to look at: `pdftoppm -png -r 80 test-results/labels-a4-3x8.pdf x`.

const BASE = 'https://ocop.quangninh.gov.vn';
const PRODUCTS = [
  { productName: 'Chả mực giã tay Hạ Long', stars: 4, gtin: '8936043001006', lot: 'L2606-A' },
  { productName: 'Trà hoa vàng Ba Chẽ', stars: 5, gtin: null, lot: null },
  { productName: 'Miến dong Bình Liêu loại đặc biệt đóng gói 500 g hút chân không, hộp quà tặng cao cấp', stars: 3, gtin: '8934588012228', lot: 'MD/2026-118' },
] as const;

/** Deterministic serials: a counter as the "random" bytes. */
function serialNo(i: number): string {
  return generateSerial((n) => Uint8Array.from({ length: n }, (_, k) => (i * 131 + k * 17 + (i >> 8)) & 255));
}

function label(i: number): LabelData {
  const p = PRODUCTS[i % PRODUCTS.length]!;
  const serial = serialNo(i);
  return { url: stampUri(BASE, { serial, gtin: p.gtin, lot: p.lot }), serial, productName: p.productName, stars: p.stars };
}

function* labels(n: number): Generator<LabelData> {
  for (let i = 0; i < n; i += 1) yield label(i);
}

async function render(layout: LabelLayout, items: Iterable<LabelData> | AsyncIterable<LabelData>, options: LabelSheetOptions = {}): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await renderLabelSheet(layout, items, out, options);
  return Buffer.concat(chunks);
}

const pages = (pdf: string): number => pdf.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

function hasTools(...tools: [string, string][]): boolean {
  try {
    for (const [cmd, arg] of tools) execFileSync(cmd, [arg], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const POPPLER = hasTools(['pdftotext', '-v'], ['pdftoppm', '-v']);
const ZBAR = POPPLER && hasTools(['zbarimg', '--version']);

describe('label sheet PDF', () => {
  it('is a PDF with DejaVu Sans (bold) and DejaVu Sans Mono embedded, vector QR codes and no standard font', async () => {
    const pdf = (await render(labelLayout('a4-3x8'), labels(5), { compress: false })).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pdf).toMatch(/\/MediaBox \[0 0 595\.27\d* 841\.88\d*\]/);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSansMono\b/);
    expect(pdf).toContain('/FontFile2');
    expect(pdf).not.toContain('Helvetica');
    expect(pdf).not.toContain('/Subtype /Image');
  });

  it('has ceil(labels / labels per page) pages on every layout, and one page for an empty job', async () => {
    for (const layout of labelLayouts()) {
      const per = layout.columns * layout.rows;
      const n = layout.kind === 'roll' ? 3 : 2 * per + 1;
      const pdf = (await render(layout, labels(n), { compress: false })).toString('latin1');
      expect(pages(pdf), layout.id).toBe(Math.ceil(n / per));
    }
    expect(pages((await render(labelLayout('a4-4x10'), [], { compress: false })).toString('latin1'))).toBe(1);
  });

  it('sizes roll pages to the label (40 × 30 mm = 113.39 × 85.04 pt)', async () => {
    const pdf = (await render(labelLayout('roll-40x30'), labels(2), { compress: false })).toString('latin1');
    expect(pdf.match(/\/MediaBox \[0 0 113\.38\d* 85\.03\d*\]/g)).toHaveLength(2);
  });

  it('reports what it rendered', async () => {
    const summary = await renderLabelSheet(labelLayout('a4-5x13'), labels(70), new PassThrough().resume());
    expect(summary).toEqual({ labels: 70, pages: 2 });
  });

  it.skipIf(!POPPLER)('prints the serials in groups of four and the Vietnamese names (pdftotext)', async () => {
    const pdf = await render(labelLayout('a4-3x8'), labels(3));
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
    for (let i = 0; i < 3; i += 1) expect(text).toContain(formatSerialForPrint(serialNo(i)));
    for (const expected of ['OCOP', 'Chả mực giã', 'Trà hoa vàng', 'Quét mã QR để xác thực tem']) expect(text).toContain(expected);
    expect(text).toContain('…'); // the long name is cut with an ellipsis rather than overflowing
  });

  it.skipIf(!ZBAR)('draws QR codes that decode to the stamp URLs, on the smallest sheet label and on a roll (zbarimg)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocop-labels-'));
    try {
      for (const [layoutId, count] of [['roll-40x30', 2], ['a4-5x13', 2]] as const) {
        const pdfPath = join(dir, `${layoutId}.pdf`);
        writeFileSync(pdfPath, await render(labelLayout(layoutId), labels(count)));
        execFileSync('pdftoppm', ['-png', '-r', '300', '-f', '1', '-l', '1', pdfPath, join(dir, layoutId)]);
        const png = join(dir, `${layoutId}-1.png`);
        const decoded = execFileSync('zbarimg', ['-q', '--raw', png], { stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8').trim().split('\n');
        const expected = layoutId === 'roll-40x30' ? [label(0).url] : [label(0).url, label(1).url];
        expect(decoded.sort(), layoutId).toEqual(expected.sort());
      }
      expect(label(0).url).toBe(`${BASE}/01/08936043001006/10/L2606-A/21/${serialNo(0)}`);
      expect(label(1).url).toBe(`${BASE}/s/${serialNo(1)}`);
      expect(label(2).url).toContain('/10/MD%2F2026-118/21/');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A binary greyscale PNM (P5, 8 bit) as pdftoppm -gray writes it. */
function readPgm(file: string): { width: number; height: number; at: (x: number, y: number) => number } {
  const data = readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (header === null) throw new Error(`${file} is not a P5 PGM`);
  const [, w, h] = header.map(Number) as [number, number, number];
  const offset = header[0].length;
  return { width: w, height: h, at: (x, y) => data[offset + Math.round(y) * w + Math.round(x)] ?? 255 };
}

describe('what a scanner and a reader see', () => {
  it.skipIf(!POPPLER)('draws every QR code module for module as qrMatrix encodes it, quiet zone blank (raster at 300 dpi)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocop-labels-'));
    try {
      for (const [layoutId, count] of [['a4-5x13', 12], ['a4-3x8', 4], ['roll-40x30', 1]] as const) {
        const layout = labelLayout(layoutId);
        const pdfPath = join(dir, `${layoutId}.pdf`);
        writeFileSync(pdfPath, await render(layout, labels(count)));
        execFileSync('pdftoppm', ['-gray', '-r', '300', '-f', '1', '-l', '1', pdfPath, join(dir, layoutId)]);
        const page = readPgm(join(dir, `${layoutId}-1.pgm`));
        const px = 300 / 72;
        for (let i = 0; i < count; i += 1) {
          const data = label(i);
          const matrix = qrMatrix(data.url);
          const g = quietQrGeometry(matrix.size, planLabel(contentBox(layout, labelSlot(layout, i)), data.stars).qr);
          const wrong: string[] = [];
          for (let row = -4; row < matrix.size + 4; row += 1) {
            for (let col = -4; col < matrix.size + 4; col += 1) {
              const inside = row >= 0 && col >= 0 && row < matrix.size && col < matrix.size;
              const expected = inside && isDark(matrix, row, col);
              const seen = page.at((g.x + (col + 0.5) * g.module) * px, (g.y + (row + 0.5) * g.module) * px) < 128;
              if (seen !== expected) wrong.push(`${row},${col}`);
            }
          }
          expect(wrong, `${layoutId} label ${i}`).toEqual([]);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!POPPLER)('sets every serial as text on every page (pdftotext)', async () => {
    const layout = labelLayout('a4-5x13');
    const n = 2 * layout.columns * layout.rows + 5;
    const pdf = await render(layout, labels(n));
    const text = execFileSync('pdftotext', ['-raw', '-', '-'], { input: pdf }).toString('utf8').replace(/\s+/g, ' ');
    const lineCount = planLabel(contentBox(layout, labelSlot(layout, 0)), 3).serial.lines;
    const missing = Array.from({ length: n }, (_, i) => serialNo(i)).filter((s) => !serialLines(s, lineCount).every((line) => text.includes(line)));
    expect(missing).toEqual([]);
  });

  it('draws what every label of a product shares once per product and label size, not once per label', async () => {
    const sameProduct = Array.from({ length: 70 }, (_, i) => ({ ...label(i), ...PRODUCTS[0], stars: 4 as const }));
    const pdf = (await render(labelLayout('a4-5x13'), sameProduct, { compress: false })).toString('latin1');
    expect(pdf.match(/\/Subtype \/Form/g)).toHaveLength(1);
    expect(pdf.match(/ Do Q/g)).toHaveLength(70);
    expect(pages(pdf)).toBe(2);
  });
});

describe('streaming', () => {
  it('writes finished pages while labels are still arriving', async () => {
    const layout = labelLayout('a4-3x8');
    const out = new PassThrough();
    let written = 0;
    out.on('data', (c: Buffer) => { written += c.length; });
    let writtenAtPage5 = -1;
    async function* slowSource(): AsyncGenerator<LabelData> {
      for (let i = 0; i < 24 * 6; i += 1) {
        if (i === 24 * 4) writtenAtPage5 = written;
        yield label(i);
      }
    }
    await renderLabelSheet(layout, slowSource(), out);
    expect(writtenAtPage5).toBeGreaterThan(20_000);
    expect(writtenAtPage5).toBeLessThan(written);
  });

  it('waits for a slow reader instead of buffering (back-pressure)', async () => {
    const chunks: Buffer[] = [];
    let waits = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk);
        setTimeout(done, 1);
      },
    });
    slow.on('drain', () => { waits += 1; });
    await renderLabelSheet(labelLayout('roll-40x30'), labels(12), slow);
    const pdf = Buffer.concat(chunks).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pages(pdf)).toBe(12);
    expect(waits).toBeGreaterThan(0);
  });

  it.skipIf(testEngine() !== 'sqlite')('keeps memory flat over 10,000 labels', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ocop-labels-'));
    const samples: { at: number; rss: number; arrayBuffers: number }[] = [];
    async function* many(): AsyncGenerator<LabelData> {
      for (let i = 0; i < 10_000; i += 1) {
        if (i % 1000 === 0) {
          const m = process.memoryUsage();
          samples.push({ at: i, rss: m.rss / 2 ** 20, arrayBuffers: m.arrayBuffers / 2 ** 20 });
        }
        yield label(i);
      }
    }
    try {
      const summary = await renderLabelSheet(labelLayout('a4-3x8'), many(), createWriteStream(join(dir, 'big.pdf')));
      expect(summary).toEqual({ labels: 10_000, pages: 417 });
      expect(readFileSync(join(dir, 'big.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(samples.map((s) => `${s.at}: rss ${s.rss.toFixed(0)} MB, arrayBuffers ${s.arrayBuffers.toFixed(1)} MB`).join('\n'));
    // After warm-up (fonts loaded at the first page), nothing may grow with the label count.
    // Before streaming worked, arrayBuffers grew by ~16 MB and rss by ~25 MB per 1,000 labels.
    const warm = samples.filter((s) => s.at >= 1000);
    const span = (k: 'rss' | 'arrayBuffers') => Math.max(...warm.map((s) => s[k])) - Math.min(...warm.map((s) => s[k]));
    expect(span('arrayBuffers')).toBeLessThan(16);
    expect(span('rss')).toBeLessThan(100);
  });
});

describe('samples', () => {
  it('writes one sample sheet per layout for a person to look at', async () => {
    if (testEngine() !== 'sqlite') return;
    mkdirSync('test-results', { recursive: true });
    for (const layout of labelLayouts()) {
      const n = layout.kind === 'roll' ? 3 : layout.columns * layout.rows;
      writeFileSync(`test-results/labels-${layout.id}.pdf`, await render(layout, labels(n)));
    }
  });
});
