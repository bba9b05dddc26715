import { once } from 'node:events';
import { setImmediate } from 'node:timers/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { type LabelLayout, contentBox, labelSlot, labelsPerPage, pageCount, pageSizePt } from '../domain/stamps/label-layout.js';
import { LabelDrawCache, type LabelData, MONO_FONT, drawLabel } from './labels/label-draw.js';
import { FONTS } from './pdf-layout.js';

// Stamp label sheets, streamed: a print job of 50,000 stamps must not hold 50,000 labels (or
// the PDF) in memory. The document is piped to `output` before the first page, pdfkit writes
// each page's objects when the next page starts, and after every page the renderer hands the
// bytes over and waits for `output` to drain, so memory holds about one page plus the font
// subsets and pdfkit's page-tree entries (~3 KB a page), whatever the number of labels.
// Per label only the QR code and the serial are drawn; what a product's labels share is one
// form per product (labels/label-stencil.ts), and serials reuse learned glyph codes
// (labels/mono-lines.ts): setting text was most of a label's cost.
// Layouts (sheet grids, roll labels) are data: src/rules/stamps/label-layouts.json.

export type { LabelData } from './labels/label-draw.js';

export type LabelSheetOptions = {
  /** Uncompressed streams (tests search the output). */
  readonly compress?: boolean;
  /** Light dashed outlines of every label position: for proofs on plain paper, not for label stock. */
  readonly guides?: boolean;
  readonly title?: string;
};

export type LabelSheetSummary = { readonly labels: number; readonly pages: number };

const require = createRequire(import.meta.url);
// pdf-layout.ts registers the same files but only for A4 documents; roll pages need their own size.
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

function createLabelDocument(layout: LabelLayout, options: LabelSheetOptions): PDFKit.PDFDocument {
  const title = options.title ?? `Tem OCOP – ${layout.name.vi}`;
  const doc = new PDFDocument({
    autoFirstPage: false, margin: 0, compress: options.compress ?? true, lang: 'vi-VN', displayTitle: true,
    // pdfkit caches the layout of every distinct word it sets; every serial is new words, so the
    // cache would grow with the job. Layout without it costs ~10 % more time, memory stays flat.
    fontLayoutCache: false,
    font: join(FONT_DIR, 'DejaVuSans.ttf'),
    info: { Title: title, Subject: layout.id, Keywords: `OCOP, tem, ${layout.id}`, Author: 'OCOP Quảng Ninh', Creator: 'OCOP platform' },
  });
  doc.registerFont(FONTS.regular, join(FONT_DIR, 'DejaVuSans.ttf'));
  doc.registerFont(FONTS.bold, join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
  doc.registerFont(FONTS.italic, join(FONT_DIR, 'DejaVuSans-Oblique.ttf'));
  doc.registerFont(MONO_FONT, join(FONT_DIR, 'DejaVuSansMono.ttf'));
  return doc;
}

function addPage(doc: PDFKit.PDFDocument, layout: LabelLayout, guides: boolean): void {
  const size = pageSizePt(layout);
  doc.addPage({ size: [size.width, size.height], margin: 0 });
  if (!guides) return;
  doc.save().lineWidth(0.3).dash(2, { space: 2 }).strokeColor('#b0b0b0');
  for (let i = 0; i < labelsPerPage(layout); i += 1) {
    const s = labelSlot(layout, i);
    doc.rect(s.x, s.y, s.width, s.height).stroke();
  }
  doc.undash().restore();
}

/**
 * Lets the finished page reach `output`, then waits while `output` holds more than it wants.
 * The yield matters: drawing from a synchronous or already-resolved label source is one long
 * chain of microtasks, and pipe() only moves data on a later turn of the event loop, so
 * without it the whole PDF would pile up in pdfkit's readable buffer (measured: all 25 MB of a
 * 10,000-page job) before the first byte is written.
 */
async function handOver(output: Writable): Promise<void> {
  await setImmediate();
  while (output.writableNeedDrain && !output.destroyed) await once(output, 'drain');
}

/**
 * Renders `labels` onto `layout`, row by row, page by page, writing to `output` as it goes.
 * Resolves when the PDF is completely written. An empty job yields one blank page.
 */
export async function renderLabelSheet(
  layout: LabelLayout, labels: AsyncIterable<LabelData> | Iterable<LabelData>, output: Writable, options: LabelSheetOptions = {},
): Promise<LabelSheetSummary> {
  const doc = createLabelDocument(layout, options);
  const finished = new Promise<void>((resolve, reject) => {
    output.once('finish', resolve);
    output.once('error', reject);
    doc.once('error', reject);
  });
  doc.pipe(output);
  const cache = new LabelDrawCache();
  let count = 0;
  for await (const label of labels) {
    const slot = labelSlot(layout, count);
    if (slot.indexOnPage === 0) {
      await handOver(output);
      addPage(doc, layout, options.guides ?? false);
    }
    drawLabel(doc, contentBox(layout, slot), label, cache);
    count += 1;
  }
  if (count === 0) addPage(doc, layout, options.guides ?? false);
  doc.end();
  await finished;
  return { labels: count, pages: pageCount(layout, count) };
}
