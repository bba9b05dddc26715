import { FONTS, INK } from './pdf-layout.js';
import { type Cursor, PAGE, contentWidth, need } from './programme-report-draw.js';

// Bar charts drawn as vectors (rectangles and lines), so they print sharp at any size and the
// figures stay selectable text: vertical stacked bars per category, or horizontal bars.

export type Series = { readonly name: string; readonly color: string; readonly values: readonly number[] };
export type ChartSpec = { readonly categories: readonly string[]; readonly series: readonly Series[]; readonly height: number; readonly format: (n: number) => string };

export const STAR_COLORS = { s3: '#8fb3de', s4: '#2f6aa8', s5: '#c99a1c' } as const;

/** A round axis: a step of 1, 2 or 5 times a power of ten, at most five steps up to the maximum. */
export function niceScale(max: number): { max: number; steps: number } {
  if (max <= 0) return { max: 1, steps: 1 };
  const p = 10 ** Math.floor(Math.log10(max / 5));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => max / s <= 5) ?? 10 * p;
  const steps = Math.max(1, Math.ceil(max / step - 1e-9));
  return { max: steps * step, steps };
}

function legend(cur: Cursor, series: readonly Series[], y: number): void {
  const { doc } = cur;
  let x = PAGE.left + 40;
  for (const s of series) {
    doc.rect(x, y + 1, 9, 9).fill(s.color);
    doc.font(FONTS.regular).fontSize(8.5).fillColor(INK.text).text(s.name, x + 13, y, { lineBreak: false });
    x += 13 + doc.widthOfString(s.name) + 18;
  }
}

function gridlines(doc: PDFKit.PDFDocument, box: { x: number; y: number; w: number; h: number }, scale: { max: number; steps: number }, format: (n: number) => string, vertical: boolean): void {
  const n = scale.steps;
  for (let i = 0; i <= n; i++) {
    const v = (scale.max * i) / n;
    doc.font(FONTS.regular).fontSize(7.5).fillColor(INK.muted);
    if (vertical) {
      const y = box.y + box.h - (box.h * i) / n;
      doc.moveTo(box.x, y).lineTo(box.x + box.w, y).lineWidth(0.4).strokeColor(i === 0 ? '#555555' : '#d5d5d5').stroke();
      doc.text(format(v), box.x - 44, y - 4, { width: 40, align: 'right', lineBreak: false });
    } else {
      const x = box.x + (box.w * i) / n;
      doc.moveTo(x, box.y).lineTo(x, box.y + box.h).lineWidth(0.4).strokeColor(i === 0 ? '#555555' : '#d5d5d5').stroke();
      doc.text(format(v), x - 30, box.y + box.h + 3, { width: 60, align: 'center', lineBreak: false });
    }
  }
}

/** Vertical bars, stacked when there are several series, with the total above each bar. */
export function columnChart(cur: Cursor, spec: ChartSpec): void {
  const { doc } = cur;
  need(cur, spec.height + 40);
  const box = { x: PAGE.left + 48, y: cur.y + 8, w: contentWidth(doc) - 60, h: spec.height - 30 };
  const totals = spec.categories.map((_, i) => spec.series.reduce((s, se) => s + (se.values[i] ?? 0), 0));
  const scale = niceScale(Math.max(0, ...totals));
  const max = scale.max;
  gridlines(doc, box, scale, spec.format, true);
  const slot = box.w / Math.max(1, spec.categories.length);
  const barW = Math.min(46, slot * 0.6);
  spec.categories.forEach((cat, i) => {
    const x = box.x + slot * i + (slot - barW) / 2;
    let top = box.y + box.h;
    for (const s of spec.series) {
      const h = (box.h * (s.values[i] ?? 0)) / max;
      if (h > 0) doc.rect(x, top - h, barW, h).fill(s.color);
      top -= h;
    }
    doc.font(FONTS.bold).fontSize(8).fillColor(INK.text).text(spec.format(totals[i] ?? 0), x - 10, top - 11, { width: barW + 20, align: 'center', lineBreak: false });
    doc.font(FONTS.regular).fontSize(8).fillColor(INK.text).text(cat, box.x + slot * i, box.y + box.h + 4, { width: slot, align: 'center', lineBreak: false });
  });
  if (spec.series.length > 1) legend(cur, spec.series, box.y + box.h + 18);
  cur.y += spec.height + 12;
}

/** Horizontal bars (one series), the category names on the left and the value at the bar's end. */
export function barChart(cur: Cursor, spec: ChartSpec & { readonly labelWidth: number }): void {
  const { doc } = cur;
  const rowH = 16;
  const height = spec.categories.length * rowH + 26;
  need(cur, height + 10);
  const box = { x: PAGE.left + spec.labelWidth + 6, y: cur.y + 4, w: contentWidth(doc) - spec.labelWidth - 56, h: spec.categories.length * rowH };
  const values = spec.series[0]?.values ?? [];
  const scale = niceScale(Math.max(0, ...values));
  const max = scale.max;
  gridlines(doc, box, scale, spec.format, false);
  spec.categories.forEach((cat, i) => {
    const y = box.y + i * rowH;
    const v = values[i] ?? 0;
    const w = (box.w * v) / max;
    doc.font(FONTS.regular).fontSize(8).fillColor(INK.text).text(cat, PAGE.left, y + 4, { width: spec.labelWidth, align: 'right', lineBreak: false, ellipsis: true, height: 10 });
    if (w > 0) doc.rect(box.x, y + 3, w, rowH - 6).fill(spec.series[0]?.color ?? STAR_COLORS.s4);
    doc.font(FONTS.bold).fontSize(8).fillColor(INK.text).text(spec.format(v), box.x + w + 4, y + 4, { lineBreak: false });
  });
  cur.y += height + 8;
}
