import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { type QrMatrix, qrRects } from './qr-vector.js';
import { starPoints } from './star-shape.js';

// Shared drawing for the platform's official documents: DejaVu Sans (the npm font package
// covers every Vietnamese letter and tone mark; pdfkit's built-in Helvetica cannot encode "ư"
// or "ặ"), the administrative header of Vietnamese state documents, fitted text, stars and QR.

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const FONTS = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold', italic: 'DejaVuSans-Oblique' } as const;
export type FontName = (typeof FONTS)[keyof typeof FONTS];

export const INK = { text: '#1f1f1f', muted: '#5b5b5b', red: '#a31d1d', gold: '#b8860b', goldLight: '#e9c46a', line: '#c9b27c', paper: '#fffdf6' } as const;

/** Test-only knobs: uncompressed streams make the output searchable. */
export type PdfRenderOptions = { readonly compress?: boolean };

export type DocInfo = { readonly title: string; readonly subject: string; readonly keywords: string };

export function createDocument(layout: 'portrait' | 'landscape', info: DocInfo, options: PdfRenderOptions = {}): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4', layout, margin: 0, compress: options.compress ?? true, lang: 'vi-VN', displayTitle: true,
    font: join(FONT_DIR, 'DejaVuSans.ttf'),
    info: { Title: info.title, Subject: info.subject, Keywords: info.keywords, Author: 'OCOP Quảng Ninh', Creator: 'OCOP platform' },
  });
  doc.registerFont(FONTS.regular, join(FONT_DIR, 'DejaVuSans.ttf'));
  doc.registerFont(FONTS.bold, join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
  doc.registerFont(FONTS.italic, join(FONT_DIR, 'DejaVuSans-Oblique.ttf'));
  return doc;
}

/** Pipes the document to `output`, ends it and resolves once everything is written. */
export function finish(doc: PDFKit.PDFDocument, output: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    output.once('finish', resolve);
    output.once('error', reject);
    doc.once('error', reject);
    doc.pipe(output);
    doc.end();
  });
}

export type TextStyle = { readonly font: FontName; readonly size: number; readonly color?: string; readonly characterSpacing?: number };

function textOptions(style: TextStyle, width: number): PDFKit.Mixins.TextOptions {
  return { width, align: 'center', characterSpacing: style.characterSpacing ?? 0, lineGap: style.size * 0.15 };
}

/** Height of centred text, without drawing it. */
export function measureCentred(doc: PDFKit.PDFDocument, text: string, width: number, style: TextStyle): number {
  doc.font(style.font).fontSize(style.size);
  return doc.heightOfString(text, textOptions(style, width));
}

/** Writes centred text in [x, x + width] from y; returns the y below it. */
export function centred(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number, style: TextStyle): number {
  doc.font(style.font).fontSize(style.size).fillColor(style.color ?? INK.text);
  doc.text(text, x, y, textOptions(style, width));
  return y + doc.heightOfString(text, textOptions(style, width));
}

/** The largest size from `max` down to `min` at which `text` fits `width` in `maxLines` lines. */
export function fitSize(doc: PDFKit.PDFDocument, text: string, font: FontName, width: number, maxLines: number, max: number, min: number): number {
  for (let size = max; size > min; size -= 0.5) {
    if (linesAt(doc, text, font, size, width) <= maxLines) return size;
  }
  return min;
}

/** How many lines `text` wraps to at this size. */
export function linesAt(doc: PDFKit.PDFDocument, text: string, font: FontName, size: number, width: number): number {
  doc.font(font).fontSize(size);
  return Math.round(doc.heightOfString(text, { width, lineGap: size * 0.15 }) / (doc.currentLineHeight(true) + size * 0.15));
}

export type HeaderSpec = {
  /** Issuing body, one line each: a parent body in regular type, the issuer itself in bold. */
  readonly left: readonly string[];
  /** Index of the first bold line (0 when the issuer has no parent body on the heading). */
  readonly leftBoldFrom: number;
  readonly top: number;
  readonly inset: number;
  readonly leftWidth: number;
  readonly rightWidth: number;
};

export type Column = { readonly x: number; readonly width: number };
export type HeaderLayout = { readonly bottom: number; readonly left: Column; readonly right: Column };

/**
 * The two-column heading of a Vietnamese state document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
 * issuing body on the left, national title and motto on the right, each with a short rule.
 */
export function stateHeader(doc: PDFKit.PDFDocument, spec: HeaderSpec): HeaderLayout {
  const left = { x: spec.inset, width: spec.leftWidth };
  const right = { x: doc.page.width - spec.inset - spec.rightWidth, width: spec.rightWidth };
  let leftEnd = spec.top;
  spec.left.forEach((line, i) => {
    const font = i >= spec.leftBoldFrom ? FONTS.bold : FONTS.regular;
    leftEnd = centred(doc, line, left.x, leftEnd, left.width, { font, size: fitSize(doc, line, font, left.width, 1, 10.5, 8) });
  });
  const nation = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  const nationSize = fitSize(doc, nation, FONTS.bold, right.width, 1, 10.5, 8);
  const mottoY = centred(doc, nation, right.x, spec.top, right.width, { font: FONTS.bold, size: nationSize });
  const rightEnd = centred(doc, motto, right.x, mottoY, right.width, { font: FONTS.bold, size: nationSize + 1 });
  const mottoWidth = doc.font(FONTS.bold).fontSize(nationSize + 1).widthOfString(motto);
  rule(doc, left.x + left.width / 2, leftEnd + 4, 60);
  rule(doc, right.x + right.width / 2, rightEnd + 4, mottoWidth);
  return { bottom: Math.max(leftEnd, rightEnd) + 6, left, right };
}

function rule(doc: PDFKit.PDFDocument, centreX: number, y: number, width: number): void {
  doc.moveTo(centreX - width / 2, y).lineTo(centreX + width / 2, y).lineWidth(0.7).strokeColor(INK.text).stroke();
}

/** A five-pointed star; filled stars are earned, outlined ones are not. */
export function drawStar(doc: PDFKit.PDFDocument, cx: number, cy: number, radius: number, filled: boolean): void {
  const pts = starPoints(cx, cy, radius);
  const [first, ...rest] = pts;
  if (first === undefined) return;
  doc.moveTo(first[0], first[1]);
  for (const [x, y] of rest) doc.lineTo(x, y);
  doc.closePath().lineWidth(1.1).lineJoin('round');
  if (filled) doc.fillAndStroke(INK.goldLight, INK.gold);
  else doc.strokeColor(INK.line).stroke();
}

/** A number as a PDF content operand: fixed precision, no exponent, no "-0". */
export function pdfNumber(n: number, decimals = 3): string {
  const f = 10 ** decimals;
  const r = Math.round(n * f) / f;
  return r === 0 ? '0' : String(r);
}

/**
 * A QR code at (x, y), `side` points wide, with the quiet zone left to the caller's margins: one
 * filled path of its dark runs (qrRects) in module units, so every operand is a small integer,
 * scaled and moved into place by a single `cm`. A label sheet draws tens of thousands of codes of
 * ~250 runs each; formatting four page coordinates per run through pdfkit's rect() was a
 * measurable part of a print job.
 */
export function drawQr(doc: PDFKit.PDFDocument, matrix: QrMatrix, x: number, y: number, side: number): void {
  const runs = qrRects(matrix).map((r) => `${r.x} ${r.y} ${r.w} ${r.h} re`).join('\n');
  const unit = pdfNumber(side / matrix.size, 6);
  doc.addContent(`q\n0 0 0 rg\n${unit} 0 0 ${unit} ${pdfNumber(x)} ${pdfNumber(y)} cm\n${runs}\nf\nQ`);
}
