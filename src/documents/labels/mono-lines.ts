import { pdfNumber } from '../pdf-layout.js';
import { captureOperators } from './label-stencil.js';

// Serial lines in the monospaced face without shaping every one. pdfkit lays out each text
// with fontkit's shaper (three layouts per call); a serial is new text on every label, so that
// was a label's largest cost after its QR code. In a monospaced face a line of these characters
// is one glyph per character at a fixed advance, so the TJ operator pdfkit writes for a line is
// the concatenation of each character's glyph code. The first lines are set by pdfkit while
// their operators are watched: that teaches each character's code and the operators around the
// TJ (font, size, position). A later line of the same size made only of known characters is
// written from those, moved into place with `cm` (as the label stencils are). Whatever does not
// fit that pattern (a character drawn as several glyphs, a TJ with adjustments, a character seen
// with two codes) stays on pdfkit's path.

/** One run of glyph codes without adjustments: what pdfkit writes for unkerned text. */
const PLAIN_TJ = /^\[<((?:[0-9a-f]{4})+)> 0\] TJ$/;
const FONT_SELECT = /^\/(\S+) [0-9.]+ Tf$/;

type Template = {
  /** Where the line the operators were taken from was set. */
  readonly x: number;
  readonly y: number;
  readonly before: string;
  readonly after: string;
  /** The font's resource name on a page and its dictionary, which every page using it must list. */
  readonly fontName: string;
  readonly fontRef: unknown;
};

export class MonoLines {
  private readonly codes = new Map<string, string>();
  /** Characters seen with two different codes: never written from the table. */
  private readonly unsure = new Set<string>();
  private readonly templates = new Map<string, Template>();

  constructor(private readonly font: string) {}

  /**
   * Sets `line` with its top left at (x, y), `size` points, in the current fill colour: what
   * doc.font(font).fontSize(size).text(line, x, y, { lineBreak: false }) draws.
   */
  draw(doc: PDFKit.PDFDocument, line: string, x: number, y: number, size: number): void {
    const key = pdfNumber(size, 4);
    const template = this.templates.get(key);
    const hex = template === undefined ? undefined : this.encode(line);
    if (template !== undefined && hex !== undefined) {
      const fonts: Record<string, unknown> = doc.page.fonts;
      fonts[template.fontName] ??= template.fontRef;
      doc.addContent(`q\n1 0 0 1 ${pdfNumber(x - template.x)} ${pdfNumber(y - template.y)} cm\n${template.before}\n[<${hex}> 0] TJ\n${template.after}\nQ`);
      return;
    }
    // `features: []` asks for the font's default features, as without it, but shapes the line in
    // one fontkit call instead of one per word.
    const ops = captureOperators(doc, () => doc.font(this.font).fontSize(size).text(line, x, y, { lineBreak: false, features: [] }), { forward: true });
    this.learn(doc, ops, line, key, x, y);
  }

  /** The line's glyph codes, if every character's code is known for sure. */
  private encode(line: string): string | undefined {
    let hex = '';
    for (const c of line) {
      const code = this.codes.get(c);
      if (code === undefined) return undefined;
      hex += code;
    }
    return hex;
  }

  private learn(doc: PDFKit.PDFDocument, ops: readonly string[], line: string, key: string, x: number, y: number): void {
    const runs = ops.filter((op) => op.endsWith('TJ') || op.endsWith('Tj'));
    const at = ops.findIndex((op) => PLAIN_TJ.test(op));
    const hex = PLAIN_TJ.exec(ops[at] ?? '')?.[1];
    const chars = [...line];
    if (runs.length !== 1 || hex === undefined || hex.length !== 4 * chars.length) return;
    chars.forEach((c, i) => {
      const code = hex.slice(4 * i, 4 * i + 4);
      const known = this.codes.get(c);
      if (known !== undefined && known !== code) this.unsure.add(c);
      if (this.unsure.has(c)) this.codes.delete(c);
      else this.codes.set(c, code);
    });
    if (this.templates.has(key)) return;
    const before = ops.slice(0, at);
    const fontName = before.map((op) => FONT_SELECT.exec(op)?.[1]).find((name) => name !== undefined);
    const fontRef: unknown = fontName === undefined ? undefined : doc.page.fonts[fontName];
    if (fontName === undefined || fontRef === undefined) return;
    this.templates.set(key, { x, y, before: before.join('\n'), after: ops.slice(at + 1).join('\n'), fontName, fontRef });
  }
}
