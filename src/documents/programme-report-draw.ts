import { FONTS, INK } from './pdf-layout.js';

// Page flow for the programme report: a cursor that starts a new page when a block does not fit,
// headings, justified paragraphs, tables whose header repeats on every page they span, and the
// page numbers written once every page exists.

export const PAGE = { left: 62, right: 45, top: 50, bottom: 60 } as const;

export type Cursor = { readonly doc: PDFKit.PDFDocument; y: number };
export type Cell = string | number | null;
export type TableSpec = {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Width of each column in points; one `0` column takes what is left. */
  readonly widths: readonly number[];
  /** Rows drawn in bold (totals). */
  readonly boldRows?: ReadonlySet<number>;
};

export function contentWidth(doc: PDFKit.PDFDocument): number {
  return doc.page.width - PAGE.left - PAGE.right;
}

export function newPage(cur: Cursor): void {
  cur.doc.addPage({ size: 'A4', layout: 'portrait', margin: 0 });
  cur.y = PAGE.top;
}

/** Makes room for `height` points, starting a new page when the block would cross the bottom margin. */
export function need(cur: Cursor, height: number): void {
  if (cur.y + height > cur.doc.page.height - PAGE.bottom) newPage(cur);
}

export function heading(cur: Cursor, text: string): void {
  need(cur, 60);
  cur.y += 6;
  cur.doc.font(FONTS.bold).fontSize(11.5).fillColor(INK.text).text(text, PAGE.left, cur.y, { width: contentWidth(cur.doc) });
  cur.y += cur.doc.heightOfString(text, { width: contentWidth(cur.doc) }) + 6;
}

export function caption(cur: Cursor, text: string, note?: string): void {
  cur.doc.font(FONTS.bold).fontSize(9.5).fillColor(INK.text).text(text, PAGE.left, cur.y, { width: contentWidth(cur.doc), align: 'center' });
  cur.y += cur.doc.heightOfString(text, { width: contentWidth(cur.doc), align: 'center' }) + 2;
  if (note !== undefined) {
    cur.doc.font(FONTS.italic).fontSize(8.5).fillColor(INK.muted).text(note, PAGE.left, cur.y, { width: contentWidth(cur.doc), align: 'right' });
    cur.y += cur.doc.heightOfString(note, { width: contentWidth(cur.doc) }) + 2;
  }
}

export function paragraph(cur: Cursor, text: string, opts: { indent?: number; size?: number; font?: string } = {}): void {
  const width = contentWidth(cur.doc);
  const options = { width, align: 'justify' as const, lineGap: 3, indent: opts.indent ?? 24 };
  cur.doc.font(opts.font ?? FONTS.regular).fontSize(opts.size ?? 11);
  const height = cur.doc.heightOfString(text, options);
  need(cur, Math.min(height, 60));
  cur.doc.fillColor(INK.text).text(text, PAGE.left, cur.y, options);
  cur.y = cur.doc.y + 5;
}

function cellText(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  const [whole = '0', frac] = String(Math.round(v * 10) / 10).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac === undefined ? grouped : `${grouped},${frac}`;
}

function resolvedWidths(cur: Cursor, spec: TableSpec): number[] {
  const fixed = spec.widths.reduce((s, w) => s + w, 0);
  return spec.widths.map((w) => (w === 0 ? Math.max(60, contentWidth(cur.doc) - fixed) : w));
}

const PAD = 3.5;
const SIZE = 8.5;

function rowHeight(doc: PDFKit.PDFDocument, cells: readonly string[], widths: readonly number[], bold: boolean): number {
  doc.font(bold ? FONTS.bold : FONTS.regular).fontSize(SIZE);
  return Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: (widths[i] ?? 40) - 2 * PAD, lineGap: 1 }))) + 2 * PAD;
}

function drawRow(cur: Cursor, cells: readonly Cell[], widths: readonly number[], style: { header: boolean; bold: boolean; fill: string | null }): void {
  const { doc } = cur;
  const texts = cells.map(cellText);
  const height = rowHeight(doc, texts, widths, style.header || style.bold);
  const total = widths.reduce((s, w) => s + w, 0);
  if (style.fill !== null) doc.rect(PAGE.left, cur.y, total, height).fill(style.fill);
  let x = PAGE.left;
  texts.forEach((t, i) => {
    const w = widths[i] ?? 40;
    const numeric = !style.header && typeof cells[i] === 'number';
    doc.font(style.header || style.bold ? FONTS.bold : FONTS.regular).fontSize(SIZE).fillColor(INK.text)
      .text(t, x + PAD, cur.y + PAD, { width: w - 2 * PAD, align: style.header ? 'center' : numeric ? 'right' : 'left', lineGap: 1 });
    doc.rect(x, cur.y, w, height).lineWidth(0.5).strokeColor('#8a8a8a').stroke();
    x += w;
  });
  cur.y += height;
}

/** A bordered table; the header row repeats at the top of every page the table continues on. */
export function table(cur: Cursor, spec: TableSpec): void {
  const widths = resolvedWidths(cur, spec);
  const headerHeight = rowHeight(cur.doc, [...spec.columns], widths, true);
  const header = () => drawRow(cur, spec.columns, widths, { header: true, bold: true, fill: '#e4e9f1' });
  need(cur, headerHeight + 40);
  header();
  spec.rows.forEach((row, i) => {
    const h = rowHeight(cur.doc, row.map(cellText), widths, spec.boldRows?.has(i) ?? false);
    if (cur.y + h > cur.doc.page.height - PAGE.bottom) {
      newPage(cur);
      header();
    }
    drawRow(cur, row, widths, { header: false, bold: spec.boldRows?.has(i) ?? false, fill: i % 2 === 1 ? '#f6f7f9' : null });
  });
  cur.y += 10;
}

/** "Trang i/n" at the foot of every page (the document buffers its pages for this). */
export function pageNumbers(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const text = `Trang ${i + 1}/${range.count}`;
    doc.font(FONTS.regular).fontSize(8.5).fillColor(INK.muted).text(text, PAGE.left, doc.page.height - 38, { width: contentWidth(doc), align: 'center', lineBreak: false });
  }
}
