import type { Box } from '../../domain/stamps/label-layout.js';
import { pdfNumber } from '../pdf-layout.js';

// The parts of a stamp label that are the same on every label of a print job (OCOP badge,
// stars, product name, caption) drawn once as a PDF form XObject and placed on each label.
// Setting text is the costly part of a label (pdfkit lays out every string with fontkit's
// shaper, twice or three times per call, and its layout cache is off: see label-sheet-pdf.ts),
// so a 10,000-label job shapes the product name once instead of 10,000 times; the file also
// carries those operators once instead of once per label. Only the QR code and the serial
// change from label to label and are drawn directly.

/** pdfkit's content writer, as far as capturing needs it. */
type PageWriter = { write(chunk: unknown): void };

function chunkText(chunk: unknown): string {
  return typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('latin1');
}

/**
 * Runs `draw` and returns the content operators it produced. With `forward` they also reach
 * the page as usual; without, the page's content writer is redirected into the list and nothing
 * reaches the page. Resources `draw` registers (fonts) land on the page's dictionary either
 * way, where they do no harm; a caller that replays the operators elsewhere copies them.
 */
export function captureOperators(doc: PDFKit.PDFDocument, draw: () => void, opts: { forward?: boolean } = {}): string[] {
  const page: PageWriter = doc.page;
  const write = page.write;
  const ops: string[] = [];
  page.write = (chunk: unknown): void => {
    ops.push(chunkText(chunk));
    if (opts.forward === true) write.call(page, chunk);
  };
  try {
    draw();
  } finally {
    page.write = write;
  }
  return ops;
}

type Stencil = { readonly name: string; readonly ref: PDFKit.PDFKitReference; readonly x: number; readonly y: number };

/**
 * Form XObjects of one document, keyed by what they show. Bounded: a job of many different
 * products starts new forms rather than holding every one (forms already placed stay in the file).
 */
export class LabelStencils {
  private readonly forms = new Map<string, Stencil>();
  private made = 0;
  constructor(private readonly limit = 64) {}

  /**
   * Places the stencil `key` with its box at `box`'s position on the current page, drawing it
   * (with `draw`, at `box`) the first time the key is seen. Whatever `draw` draws must depend
   * only on the key and the box's size, never on where the box is.
   */
  place(doc: PDFKit.PDFDocument, key: string, box: Box, draw: () => void): void {
    const stencil = this.forms.get(key) ?? this.make(doc, key, box, draw);
    // Every page that shows a form names it among its own resources (idempotent).
    doc.page.xobjects[stencil.name] = stencil.ref;
    doc.addContent(`q 1 0 0 1 ${pdfNumber(box.x - stencil.x)} ${pdfNumber(box.y - stencil.y)} cm /${stencil.name} Do Q`);
  }

  private make(doc: PDFKit.PDFDocument, key: string, box: Box, draw: () => void): Stencil {
    // No save/restore needed: a form runs in its own graphics state (Do saves and restores it).
    const ops = captureOperators(doc, draw);
    // The form's space is the page's user space where it is placed (pdfkit's, origin top left);
    // the bounding box is the label with a margin, so nothing drawn inside the label is clipped.
    const pad = Math.max(box.width, box.height);
    const ref = doc.ref({
      Type: 'XObject', Subtype: 'Form', FormType: 1,
      BBox: [box.x - pad, box.y - pad, box.x + box.width + pad, box.y + box.height + pad],
      Resources: { ProcSet: ['PDF', 'Text'], Font: { ...doc.page.fonts } },
    });
    ref.end(ops.join('\n'));
    if (this.forms.size >= this.limit) this.forms.clear();
    this.made += 1;
    const stencil = { name: `Lbl${this.made}`, ref, x: box.x, y: box.y };
    this.forms.set(key, stencil);
    return stencil;
  }
}
