import type { Writable } from 'node:stream';
import type { CertificateSigner } from './certificate-pdf.js';
import { formatDateVi, formatScoreVi, longDateVi } from './format.js';
import { FONTS, INK, type PdfRenderOptions, centred, createDocument, drawStar, finish, stateHeader } from './pdf-layout.js';

// The result letter (thông báo kết quả) for products ranked 1★ or 2★: there is no decision and
// no certificate below 3★ (26/2026 Điều 4), but the producer is told its score, why it fell
// short and that it may file again. A4 portrait, laid out as an administrative letter.

export type ResultLetterPdfData = {
  readonly letterNumber: string;
  readonly provinceName: string;
  /** The body above the issuer, e.g. "UBND TỈNH QUẢNG NINH". */
  readonly parentBody: string;
  /** The issuing agency as headed ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG") and as named in a sentence. */
  readonly issuer: { readonly heading: string; readonly inText: string };
  readonly producerName: string;
  readonly producerAddress: string;
  readonly productName: string;
  readonly productSetName: string;
  readonly star: 1 | 2;
  readonly totalScore: number;
  readonly legalVersion: string;
  readonly councilDate: string;
  readonly issuedOn: string;
  /** What kept the product below 3★ (e.g. the 3★ minimums it missed), one line each. */
  readonly improvements: readonly string[];
  readonly signer: CertificateSigner;
  readonly recipients: readonly string[];
};

const MARGIN = 56;

function paragraph(doc: PDFKit.PDFDocument, text: string, y: number, font: string = FONTS.regular, indent = 0): number {
  const width = doc.page.width - 2 * MARGIN - indent;
  const opts = { width, align: 'justify' as const, lineGap: 2.5 };
  doc.font(font).fontSize(11).fillColor(INK.text).text(text, MARGIN + indent, y, opts);
  return y + doc.heightOfString(text, opts) + 5;
}

function top(doc: PDFKit.PDFDocument, data: ResultLetterPdfData): number {
  const header = stateHeader(doc, { left: [data.parentBody, data.issuer.heading], leftBoldFrom: 1, top: 40, inset: 30, leftWidth: 240, rightWidth: 290 });
  const after = header.bottom;
  centred(doc, `Số: ${data.letterNumber}`, header.left.x, after + 4, header.left.width, { font: FONTS.regular, size: 10 });
  centred(doc, 'V/v thông báo kết quả đánh giá,\nphân hạng sản phẩm OCOP', header.left.x, after + 20, header.left.width, { font: FONTS.regular, size: 9 });
  centred(doc, `${data.provinceName}, ${longDateVi(data.issuedOn)}`, header.right.x, after + 4, header.right.width, { font: FONTS.italic, size: 10.5 });
  let y = centred(doc, 'THÔNG BÁO', 0, after + 62, doc.page.width, { font: FONTS.bold, size: 14 });
  y = centred(doc, 'Kết quả đánh giá, phân hạng sản phẩm OCOP', 0, y + 2, doc.page.width, { font: FONTS.bold, size: 12 });
  y = centred(doc, `Kính gửi: ${data.producerName}`, MARGIN, y + 14, doc.page.width - 2 * MARGIN, { font: FONTS.regular, size: 11.5 });
  return centred(doc, data.producerAddress, MARGIN, y, doc.page.width - 2 * MARGIN, { font: FONTS.italic, size: 10, color: INK.muted }) + 12;
}

function result(doc: PDFKit.PDFDocument, data: ResultLetterPdfData, start: number): number {
  let y = paragraph(doc, `Căn cứ Quyết định số ${data.legalVersion} của Thủ tướng Chính phủ về Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm thuộc Chương trình Mỗi xã một sản phẩm; căn cứ kết quả chấm điểm của Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh ${data.provinceName} ngày ${formatDateVi(data.councilDate)}, ${data.issuer.inText} thông báo kết quả đánh giá sản phẩm như sau:`, start);
  for (const [label, value] of [['Sản phẩm', data.productName], ['Bộ sản phẩm', data.productSetName], ['Tổng điểm', `${formatScoreVi(data.totalScore)}/100`]] as const) {
    doc.font(FONTS.regular).fontSize(11).text(`${label}:`, MARGIN + 18, y, { width: 110 });
    const opts = { width: doc.page.width - 2 * MARGIN - 130 };
    doc.font(FONTS.bold).text(value, MARGIN + 130, y, opts);
    y += doc.heightOfString(value, opts) + 4;
  }
  doc.font(FONTS.regular).fontSize(11).text('Kết quả:', MARGIN + 18, y, { width: 110 });
  for (let i = 0; i < 5; i++) drawStar(doc, MARGIN + 138 + i * 22, y + 6.5, 8, i < data.star);
  doc.font(FONTS.bold).fontSize(11).fillColor(INK.text).text(`${data.star} sao`, MARGIN + 250, y, { width: 120 });
  y += 24;
  return paragraph(doc, `Sản phẩm chưa đạt hạng 3 sao trở lên nên không được công nhận và cấp Giấy chứng nhận sản phẩm OCOP (Quyết định ${data.legalVersion}, Điều 4).`, y);
}

function advice(doc: PDFKit.PDFDocument, data: ResultLetterPdfData, start: number): number {
  let y = start;
  if (data.improvements.length > 0) {
    y = paragraph(doc, 'Các nội dung cần hoàn thiện:', y, FONTS.bold);
    for (const item of data.improvements) y = paragraph(doc, `–  ${item}`, y - 2, FONTS.regular, 14);
  }
  return paragraph(doc, 'Chủ thể có thể hoàn thiện sản phẩm theo các nội dung trên và đăng ký đánh giá trong các kỳ tiếp theo. Mọi thắc mắc xin liên hệ cơ quan thường trực Chương trình OCOP tỉnh.', y + 4);
}

function closing(doc: PDFKit.PDFDocument, data: ResultLetterPdfData, start: number): void {
  const y = Math.max(start + 16, doc.page.height - 230);
  doc.font(FONTS.bold).fontSize(9.5).fillColor(INK.text).text('Nơi nhận:', MARGIN, y);
  doc.font(FONTS.regular).fontSize(8.5).text(data.recipients.map((r) => `- ${r};`).join('\n'), MARGIN, y + 14, { width: 220, lineGap: 1 });
  const x = doc.page.width - MARGIN - 240;
  let sy = y;
  for (const line of data.signer.title) sy = centred(doc, line, x, sy, 240, { font: FONTS.bold, size: 11 });
  centred(doc, data.signer.name, x, sy + 70, 240, { font: FONTS.bold, size: 11.5 });
}

/** Renders the result letter to `output`; resolves when the PDF is completely written. */
export function renderResultLetterPdf(data: ResultLetterPdfData, output: Writable, options: PdfRenderOptions = {}): Promise<void> {
  const doc = createDocument('portrait', {
    title: `Thông báo kết quả đánh giá sản phẩm OCOP ${data.letterNumber}`,
    subject: data.letterNumber,
    keywords: `OCOP, ${data.star} sao`,
  }, options);
  const afterTop = top(doc, data);
  const afterResult = result(doc, data, afterTop);
  closing(doc, data, advice(doc, data, afterResult));
  return finish(doc, output);
}
