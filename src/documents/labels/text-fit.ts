// Fitting a product name into a few lines of a small label. Measuring is injected (pdfkit's
// widthOfString in use, a fixed advance in tests), so the wrapping rule itself is pure: greedy
// word wrap, a word longer than a line is broken between characters, and text that still does
// not fit ends its last line with an ellipsis.

export type Measure = (text: string) => number;

export const ELLIPSIS = '…';

export type Wrapped = { readonly lines: readonly string[]; readonly truncated: boolean };

/** Breaks one word that is wider than `width` into pieces that each fit. */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece.length > 0 && measure(piece + ch) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece.length > 0) pieces.push(piece);
  return pieces;
}

/** Greedy word wrap into lines no wider than `width` (no line limit). */
export function wrapWords(text: string, width: number, measure: Measure): string[] {
  const words = text.trim().split(/\s+/).filter((w) => w.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line.length === 0 ? word : `${line} ${word}`;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line.length > 0) lines.push(line);
    const pieces = measure(word) <= width ? [word] : breakWord(word, width, measure);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** `text` in at most `maxLines` lines of `width`, the last one ellipsised when text was cut. */
export function fitLines(text: string, width: number, maxLines: number, measure: Measure): Wrapped {
  const all = wrapWords(text, width, measure);
  if (all.length <= maxLines) return { lines: all, truncated: false };
  const kept = all.slice(0, Math.max(0, maxLines - 1));
  let last = all[kept.length] ?? '';
  while (last.length > 0 && measure(`${last}${ELLIPSIS}`) > width) last = last.slice(0, -1).trimEnd();
  return { lines: maxLines <= 0 ? [] : [...kept, `${last}${ELLIPSIS}`], truncated: true };
}

export type FittedText = Wrapped & { readonly size: number; readonly lineHeight: number };

/**
 * The largest size (from `max` down to `min`, in steps of 0.25 pt) at which the whole text
 * fits the box; at `min` it is cut to the lines that fit, with an ellipsis.
 */
export function fitTextBox(
  text: string, box: { width: number; height: number }, sizes: { max: number; min: number; leading: number },
  measureAt: (size: number) => Measure,
): FittedText {
  for (let size = sizes.max; size >= sizes.min; size -= 0.25) {
    const lineHeight = size * sizes.leading;
    const maxLines = Math.floor(box.height / lineHeight);
    const wrapped = fitLines(text, box.width, maxLines, measureAt(size));
    if (!wrapped.truncated) return { ...wrapped, size, lineHeight };
  }
  const lineHeight = sizes.min * sizes.leading;
  const wrapped = fitLines(text, box.width, Math.max(1, Math.floor(box.height / lineHeight)), measureAt(sizes.min));
  return { ...wrapped, size: sizes.min, lineHeight };
}
