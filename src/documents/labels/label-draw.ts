import type { Box } from '../../domain/stamps/label-layout.js';
import { formatSerialForPrint } from '../../domain/stamps/serial.js';
import { FONTS, INK, drawQr } from '../pdf-layout.js';
import { qrMatrix } from '../qr-vector.js';
import { starPoints } from '../star-shape.js';
import { type LabelPlan, MONO_ADVANCE, type SerialSpec, type StarRow, planLabel } from './label-plan.js';
import { LabelStencils } from './label-stencil.js';
import { MonoLines } from './mono-lines.js';
import { type FittedText, fitLines, fitTextBox } from './text-fit.js';

// Drawing one stamp label into its printable box: QR code (vector, quiet zone kept), the OCOP
// mark, the product's stars, its short name and the serial in a monospaced face (the serial is
// what a buyer types when the QR will not scan, so every symbol must be unambiguous).

export const MONO_FONT = 'DejaVuSansMono';

/** What one label shows. */
export type LabelData = {
  /** What the QR code encodes: stampUri(OCOP_PUBLIC_URL, stamp) (design §4 "Stamps"). */
  readonly url: string;
  readonly serial: string;
  /** The product's short name; long names are fitted, then ellipsised. */
  readonly productName: string;
  readonly stars: 3 | 4 | 5;
};

/** ISO/IEC 18004 asks for a 4-module light margin around the symbol. */
export const QR_QUIET_MODULES = 4;
/** DejaVu Sans: ascender 0.928 em, cap height 0.729 em; puts caps' middle on a given y. */
const CAP_CENTRE = 0.928 - 0.729 / 2;

/**
 * Results of text fitting, kept for one print job: a batch is mostly one product, and fitting
 * a name means laying it out at many sizes (pdfkit's own layout cache is off, see
 * label-sheet-pdf.ts). Bounded, so a job of many different products cannot grow it without end.
 */
export class FitMemo {
  private readonly entries = new Map<string, unknown>();
  constructor(private readonly limit = 512) {}
  get<T>(key: string, compute: () => T, isT: (v: unknown) => v is T): T {
    const hit = this.entries.get(key);
    if (isT(hit)) return hit;
    if (this.entries.size >= this.limit) this.entries.clear();
    const value = compute();
    this.entries.set(key, value);
    return value;
  }
}

const isFitted = (v: unknown): v is FittedText => typeof v === 'object' && v !== null && 'lines' in v && 'size' in v;
const isNumber = (v: unknown): v is number => typeof v === 'number';
const isString = (v: unknown): v is string => typeof v === 'string';
const boxKey = (b: Box): string => `${b.width.toFixed(2)}x${b.height.toFixed(2)}`;

/** What drawing a print job's labels works out once and reuses: fitted text, product stencils, serial glyphs. */
export class LabelDrawCache {
  readonly fits = new FitMemo();
  readonly stencils = new LabelStencils();
  readonly serials = new MonoLines(MONO_FONT);
}

/**
 * Draws one label. What every label of a product shows (badge, stars, name, caption) comes
 * from a stencil drawn once per product and label size; the QR code and the serial are drawn
 * for each label.
 */
export function drawLabel(doc: PDFKit.PDFDocument, content: Box, label: LabelData, cache: LabelDrawCache = new LabelDrawCache()): LabelPlan {
  const plan = planLabel(content, label.stars);
  drawQuietQr(doc, label.url, plan.qr);
  const key = `${boxKey(content)} ${label.stars} ${label.productName}`;
  cache.stencils.place(doc, key, content, () => drawProductParts(doc, plan, label.productName, cache.fits));
  drawSerial(doc, label.serial, plan.serial, cache.serials);
  return plan;
}

/** Everything on a label that depends only on the product and the label's size. */
function drawProductParts(doc: PDFKit.PDFDocument, plan: LabelPlan, productName: string, memo: FitMemo): void {
  drawBadge(doc, plan.badge, memo);
  drawStars(doc, plan.stars);
  drawName(doc, productName, plan.name, memo);
  if (plan.caption !== undefined) drawCaption(doc, plan.caption, memo);
}

/** The symbol centred in `box` with QR_QUIET_MODULES blank modules on every side, inside the box. */
export function quietQrGeometry(moduleCount: number, box: Box): { x: number; y: number; side: number; module: number } {
  const side = Math.min(box.width, box.height);
  const module = side / (moduleCount + 2 * QR_QUIET_MODULES);
  return { x: box.x + (box.width - side) / 2 + QR_QUIET_MODULES * module, y: box.y + (box.height - side) / 2 + QR_QUIET_MODULES * module, side: moduleCount * module, module };
}

function drawQuietQr(doc: PDFKit.PDFDocument, url: string, box: Box): void {
  const matrix = qrMatrix(url);
  const g = quietQrGeometry(matrix.size, box);
  drawQr(doc, matrix, g.x, g.y, g.side);
}

function drawBadge(doc: PDFKit.PDFDocument, b: Box, memo: FitMemo): void {
  doc.roundedRect(b.x, b.y, b.width, b.height, b.height * 0.22).fill(INK.red);
  const perPoint = memo.get('badge-width', () => doc.font(FONTS.bold).fontSize(1).widthOfString('OCOP'), isNumber);
  const size = Math.min(b.height * 0.6, (b.width - b.height * 0.3) / perPoint);
  doc.font(FONTS.bold).fontSize(size).fillColor('#ffffff');
  doc.text('OCOP', b.x, b.y + b.height / 2 - size * CAP_CENTRE, { width: b.width, align: 'center', lineBreak: false });
}

function drawStars(doc: PDFKit.PDFDocument, row: StarRow): void {
  const r = row.diameter / 2;
  for (let i = 0; i < row.count; i += 1) {
    const cx = row.x + r + i * (row.diameter + row.gap);
    // The star polygon's points reach r above the centre but only r·cos 36° below: lift it so it looks centred.
    const cy = row.centerY + r * (1 - Math.cos(Math.PI / 5)) / 2;
    doc.polygon(...starPoints(cx, cy, r).map(([x, y]) => [x, y])).fill(INK.gold);
  }
}

function fitName(doc: PDFKit.PDFDocument, name: string, box: Box): FittedText {
  const measureAt = (size: number) => (t: string): number => doc.font(FONTS.bold).fontSize(size).widthOfString(t);
  const max = Math.min(10, Math.max(5, box.height / 2.3));
  // Below ~60 % of the box's natural size a long name is better cut short than shrunk unreadable.
  return fitTextBox(name, box, { max, min: Math.max(4.5, max * 0.6), leading: 1.18 }, measureAt);
}

function drawName(doc: PDFKit.PDFDocument, name: string, box: Box, memo: FitMemo): void {
  if (box.height <= 0) return;
  const fitted = memo.get(`name ${boxKey(box)} ${name}`, () => fitName(doc, name, box), isFitted);
  const blockHeight = fitted.lines.length * fitted.lineHeight;
  let y = box.y + Math.max(0, (box.height - blockHeight) / 2);
  doc.font(FONTS.bold).fontSize(fitted.size).fillColor(INK.text);
  for (const line of fitted.lines) {
    doc.text(line, box.x, y, { lineBreak: false });
    y += fitted.lineHeight;
  }
}

const CAPTION = 'Quét mã QR để xác thực tem';

function drawCaption(doc: PDFKit.PDFDocument, box: Box, memo: FitMemo): void {
  const size = box.height * 0.8;
  const fit = (): string => fitLines(CAPTION, box.width, 1, (t) => doc.font(FONTS.italic).fontSize(size).widthOfString(t)).lines[0] ?? '';
  const line = memo.get(`caption ${boxKey(box)}`, fit, isString);
  doc.font(FONTS.italic).fontSize(size).fillColor(INK.muted).text(line, box.x, box.y, { lineBreak: false });
}

/** The serial in groups of four, on one line or split between two. */
export function serialLines(serial: string, lines: 1 | 2): string[] {
  const printed = formatSerialForPrint(serial);
  if (lines === 1) return [printed];
  const groups = printed.split(' ');
  const half = Math.ceil(groups.length / 2);
  return [groups.slice(0, half).join(' '), groups.slice(half).join(' ')];
}

function drawSerial(doc: PDFKit.PDFDocument, serial: string, spec: SerialSpec, setter: MonoLines): void {
  const lines = serialLines(serial, spec.lines);
  // Monospaced, so widths are arithmetic. A serial longer than the platform's own (imported
  // stock) must still stay inside the label.
  const widest = Math.max(...lines.map((l) => [...l].length)) * MONO_ADVANCE * spec.size;
  const size = widest > spec.width ? (spec.size * spec.width) / widest : spec.size;
  doc.fillColor(INK.text);
  lines.forEach((line, i) => setter.draw(doc, line, spec.x, spec.y + i * spec.size * 1.15, size));
}
