import type { Text } from '../evaluation/types.js';

// Label stock as data: an A4 sheet of die-cut labels in a grid, or a roll printer's page of one
// label. Dimensions are in millimetres as the stock's packaging states them; the PDF works in
// points. Labels are filled row by row from the top left, as people read and peel them.

export const MM = 72 / 25.4;

export type Size = { readonly width: number; readonly height: number };

export type LabelLayout = {
  readonly id: string;
  readonly name: Text;
  readonly kind: 'sheet' | 'roll';
  /** Stock this grid matches, for the person loading the printer. */
  readonly stock: string;
  readonly pageMm: Size;
  readonly labelMm: Size;
  readonly columns: number;
  readonly rows: number;
  /** Page edge to the first label. */
  readonly marginMm: { readonly top: number; readonly left: number };
  /** Between neighbouring labels. */
  readonly gapMm: { readonly x: number; readonly y: number };
  /** Blank border inside each label: die-cuts drift by about a millimetre. */
  readonly paddingMm: number;
};

export type Box = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
export type LabelSlot = Box & { readonly page: number; readonly indexOnPage: number; readonly row: number; readonly column: number };

export const labelsPerPage = (l: LabelLayout): number => l.columns * l.rows;

/** Pages needed for `count` labels; an empty job still yields one (blank) page. */
export function pageCount(l: LabelLayout, count: number): number {
  return Math.max(1, Math.ceil(count / labelsPerPage(l)));
}

export function pageSizePt(l: LabelLayout): Size {
  return { width: l.pageMm.width * MM, height: l.pageMm.height * MM };
}

/** Where the label with this 0-based running number goes, in points from the page's top left. */
export function labelSlot(l: LabelLayout, index: number): LabelSlot {
  const per = labelsPerPage(l);
  const indexOnPage = index % per;
  const row = Math.floor(indexOnPage / l.columns);
  const column = indexOnPage % l.columns;
  return {
    page: Math.floor(index / per),
    indexOnPage,
    row,
    column,
    x: (l.marginMm.left + column * (l.labelMm.width + l.gapMm.x)) * MM,
    y: (l.marginMm.top + row * (l.labelMm.height + l.gapMm.y)) * MM,
    width: l.labelMm.width * MM,
    height: l.labelMm.height * MM,
  };
}

/** The printable area inside a label. */
export function contentBox(l: LabelLayout, slot: Box): Box {
  const p = l.paddingMm * MM;
  return { x: slot.x + p, y: slot.y + p, width: slot.width - 2 * p, height: slot.height - 2 * p };
}

/** Consistency problems of a layout (the loader refuses a file with any). */
export function layoutProblems(l: LabelLayout): string[] {
  const problems: string[] = [];
  const usedWidth = l.marginMm.left + l.columns * l.labelMm.width + (l.columns - 1) * l.gapMm.x;
  const usedHeight = l.marginMm.top + l.rows * l.labelMm.height + (l.rows - 1) * l.gapMm.y;
  // 0.01 mm of slack: stock sizes are quoted to a tenth of a millimetre.
  if (usedWidth > l.pageMm.width + 0.01) problems.push(`${l.id}: the grid is ${usedWidth.toFixed(2)} mm wide, the page ${l.pageMm.width} mm`);
  if (usedHeight > l.pageMm.height + 0.01) problems.push(`${l.id}: the grid is ${usedHeight.toFixed(2)} mm tall, the page ${l.pageMm.height} mm`);
  if (2 * l.paddingMm >= Math.min(l.labelMm.width, l.labelMm.height) / 2) problems.push(`${l.id}: padding leaves too little room on the label`);
  if (l.kind === 'roll' && labelsPerPage(l) !== 1) problems.push(`${l.id}: a roll layout prints one label per page`);
  return problems;
}
