import type { Box } from '../../domain/stamps/label-layout.js';

// Where each element of a stamp label goes, computed from the label's printable box alone so
// every layout (wide sheet labels, small 38 mm labels, near-square roll labels) gets the same
// elements arranged to fit, and the arrangement can be tested without drawing:
//  - "beside": the QR code fills the height on the left; the OCOP badge and stars, the product
//    name and the serial stack in the column to its right (labels at least ~1.6× as wide as tall);
//  - "stacked": badge and stars run across the top; QR code bottom left, name and serial to its
//    right (squarer labels, where a full-height QR would leave no room for text).
// The QR box includes its quiet zone (the drawing keeps 4 modules blank inside it).

export type StarRow = { readonly x: number; readonly centerY: number; readonly diameter: number; readonly gap: number; readonly count: number };
export type SerialSpec = Box & { readonly size: number; readonly lines: 1 | 2 };

export type LabelPlan = {
  readonly mode: 'beside' | 'stacked';
  readonly qr: Box;
  readonly badge: Box;
  readonly stars: StarRow;
  readonly name: Box;
  readonly caption?: Box;
  readonly serial: SerialSpec;
};

/** Advance of every glyph in DejaVu Sans Mono, in em (1233 / 2048 font units). */
export const MONO_ADVANCE = 0.602;
/** "XXXX XXXX XXXX XXX": a 15-symbol serial printed in groups of four. */
const SERIAL_PRINT_CHARS = 18;
const BADGE_ASPECT = 2.4;
const STAR_GAP = 0.18;

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

export function planLabel(content: Box, starCount: number): LabelPlan {
  const gap = clamp(content.height * 0.06, 2, 5);
  const besideColumn = content.width - content.height - gap;
  return besideColumn >= content.height * 0.6 ? planBeside(content, starCount, gap) : planStacked(content, starCount, gap);
}

/** The serial's font size and line count for a column this wide: one line unless it gets unreadably small. */
export function serialSpec(x: number, bottom: number, width: number, maxSize: number): SerialSpec {
  // 2 % short of the full width: text set exactly to the edge invites rounding trouble.
  const oneLine = (width * 0.98) / (SERIAL_PRINT_CHARS * MONO_ADVANCE);
  const lines = oneLine >= 5.5 ? 1 : 2;
  const size = Math.min(maxSize, lines === 1 ? oneLine : (width * 0.98) / (Math.ceil(SERIAL_PRINT_CHARS / 2) * MONO_ADVANCE));
  const height = lines * size * 1.15;
  return { x, y: bottom - height, width, height, size, lines };
}

/** Badge and stars in one row if they fit across `width`, else the stars on a row below the badge. */
function header(x: number, y: number, width: number, rowHeight: number, starCount: number, gap: number): { badge: Box; stars: StarRow; bottom: number } {
  const badge = { x, y, width: rowHeight * BADGE_ASPECT, height: rowHeight };
  const diameter = rowHeight * 0.82;
  const starsWidth = (d: number): number => starCount * d + (starCount - 1) * d * STAR_GAP;
  if (badge.width + gap + starsWidth(diameter) <= width) {
    const stars = { x: x + badge.width + gap, centerY: y + rowHeight / 2, diameter, gap: diameter * STAR_GAP, count: starCount };
    return { badge, stars, bottom: y + rowHeight };
  }
  const d = Math.min(diameter, width / (starCount + (starCount - 1) * STAR_GAP));
  const stars = { x, centerY: y + rowHeight + gap / 2 + d / 2, diameter: d, gap: d * STAR_GAP, count: starCount };
  return { badge, stars, bottom: y + rowHeight + gap / 2 + d };
}

function planBeside(c: Box, starCount: number, gap: number): LabelPlan {
  const qr = { x: c.x, y: c.y, width: c.height, height: c.height };
  const colX = c.x + c.height + gap;
  const colWidth = c.width - c.height - gap;
  const top = header(colX, c.y, colWidth, clamp(c.height * 0.2, 8, 17), starCount, gap);
  const serial = serialSpec(colX, c.y + c.height, colWidth, clamp(c.height * 0.11, 5, 8.5));
  const captionHeight = c.height >= 80 ? 7 : 0;
  const nameTop = top.bottom + gap;
  const nameBottom = serial.y - gap - (captionHeight > 0 ? captionHeight + gap / 2 : 0);
  const name = { x: colX, y: nameTop, width: colWidth, height: Math.max(0, nameBottom - nameTop) };
  const plan: LabelPlan = { mode: 'beside', qr, badge: top.badge, stars: top.stars, name, serial };
  return captionHeight > 0 ? { ...plan, caption: { x: colX, y: nameBottom + gap / 2, width: colWidth, height: captionHeight } } : plan;
}

function planStacked(c: Box, starCount: number, gap: number): LabelPlan {
  const top = header(c.x, c.y, c.width, clamp(c.height * 0.2, 8, 16), starCount, gap);
  const side = c.y + c.height - top.bottom - gap;
  const qr = { x: c.x, y: top.bottom + gap, width: side, height: side };
  const colX = c.x + side + gap;
  const colWidth = c.width - side - gap;
  const serial = serialSpec(colX, c.y + c.height, colWidth, clamp(c.height * 0.1, 5, 8));
  const name = { x: colX, y: qr.y, width: colWidth, height: Math.max(0, serial.y - gap - qr.y) };
  return { mode: 'stacked', qr, badge: top.badge, stars: top.stars, name, serial };
}
