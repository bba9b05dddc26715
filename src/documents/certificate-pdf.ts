import type { Writable } from 'node:stream';
import { formatDateVi, formatScoreVi, longDateVi } from './format.js';
import {
  FONTS, INK, type PdfRenderOptions, type TextStyle, centred, createDocument, drawQr, drawStar, finish, fitSize, linesAt,
  measureCentred, stateHeader,
} from './pdf-layout.js';
import { qrMatrix } from './qr-vector.js';

// The OCOP product certificate (giấy chứng nhận), A4 landscape, as issued with the recognition
// decision: by the provincial People's Committee for 3★/4★, by the Ministry for 5★, so the
// issuing body, place and signer all come from `data`. The QR code carries the public
// verification URL, so anyone can check that the certificate is real and still valid.

export type CertificateSigner = {
  /** The signing line as printed, e.g. ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  readonly title: readonly string[];
  readonly name: string;
};

export type CertificatePdfData = {
  readonly certificateNumber: string;
  /** Heading lines of the issuing body, e.g. ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH"], and the place it signs in. */
  readonly issuer: { readonly heading: readonly string[]; readonly place: string };
  readonly productName: string;
  readonly producerName: string;
  readonly producerAddress: string;
  readonly star: 3 | 4 | 5;
  /** The council's mean total, already truncated for display. */
  readonly totalScore: number;
  /** As cited, e.g. "26/2026/QĐ-TTg". */
  readonly legalVersion: string;
  /** authority as it reads after "của", e.g. "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh". */
  readonly decision: { readonly number: string; readonly date: string; readonly authority: string };
  readonly signer: CertificateSigner;
  readonly issuedOn: string;
  readonly expiresOn: string;
  readonly verifyUrl: string;
};

type Page = { readonly w: number; readonly h: number };
type Block = { readonly text: string; readonly style: TextStyle; readonly gap: number } | { readonly stars: number; readonly gap: number };

const STAR_RADIUS = 13;
const STAR_ROW = 2 * STAR_RADIUS + 8;
const BODY_WIDTH = 640;
/** Top of the signature and QR area: the middle of the page is centred above it. */
const FOOT_HEIGHT = 200;

function frame(doc: PDFKit.PDFDocument, p: Page): void {
  doc.rect(0, 0, p.w, p.h).fill(INK.paper);
  doc.rect(18, 18, p.w - 36, p.h - 36).lineWidth(3).strokeColor(INK.red).stroke();
  doc.rect(26, 26, p.w - 52, p.h - 52).lineWidth(0.8).strokeColor(INK.gold).stroke();
  for (const [x, y] of [[26, 26], [p.w - 26, 26], [26, p.h - 26], [p.w - 26, p.h - 26]] as const) {
    doc.polygon([x, y - 7], [x + 7, y], [x, y + 7], [x - 7, y]).fill(INK.gold);
  }
}

function heading(doc: PDFKit.PDFDocument, data: CertificatePdfData, p: Page): number {
  const { bottom } = stateHeader(doc, { left: data.issuer.heading, leftBoldFrom: 0, top: 44, inset: 48, leftWidth: 300, rightWidth: 300 });
  let y = centred(doc, 'GIẤY CHỨNG NHẬN SẢN PHẨM OCOP', 40, bottom + 16, p.w - 80, { font: FONTS.bold, size: 27, color: INK.red, characterSpacing: 0.5 });
  y = centred(doc, 'Chương trình Mỗi xã một sản phẩm', 40, y + 2, p.w - 80, { font: FONTS.italic, size: 12, color: INK.muted });
  return centred(doc, 'OCOP product certificate – One Commune One Product programme', 40, y + 1, p.w - 80, { font: FONTS.regular, size: 8, color: INK.muted });
}

/** A long product name gets two lines, then three, before its type gets small. */
function nameStyle(doc: PDFKit.PDFDocument, name: string): TextStyle {
  const two = fitSize(doc, name, FONTS.bold, BODY_WIDTH, 2, 26, 14);
  const size = linesAt(doc, name, FONTS.bold, two, BODY_WIDTH) <= 2 ? two : fitSize(doc, name, FONTS.bold, BODY_WIDTH, 3, 14, 10);
  return { font: FONTS.bold, size };
}

function middleBlocks(doc: PDFKit.PDFDocument, data: CertificatePdfData): Block[] {
  const producer = `Chủ thể: ${data.producerName}`;
  const address = `Địa chỉ: ${data.producerAddress}`;
  const line = `${data.star} SAO  ·  Tổng điểm ${formatScoreVi(data.totalScore)}/100  ·  Bộ tiêu chí theo Quyết định ${data.legalVersion}`;
  return [
    { text: `Căn cứ Quyết định số ${data.decision.number} ngày ${formatDateVi(data.decision.date)} của ${data.decision.authority}`, style: { font: FONTS.italic, size: 10 }, gap: 0 },
    { text: 'CHỨNG NHẬN SẢN PHẨM', style: { font: FONTS.bold, size: 9.5, color: INK.muted, characterSpacing: 2 }, gap: 10 },
    { text: data.productName, style: nameStyle(doc, data.productName), gap: 6 },
    { text: producer, style: { font: FONTS.bold, size: fitSize(doc, producer, FONTS.bold, BODY_WIDTH, 2, 12.5, 9.5) }, gap: 8 },
    { text: address, style: { font: FONTS.regular, size: fitSize(doc, address, FONTS.regular, BODY_WIDTH, 2, 11, 8.5), color: INK.muted }, gap: 3 },
    { text: 'ĐẠT HẠNG', style: { font: FONTS.bold, size: 10, color: INK.red, characterSpacing: 2 }, gap: 12 },
    { stars: data.star, gap: 4 },
    { text: line, style: { font: FONTS.bold, size: fitSize(doc, line, FONTS.bold, BODY_WIDTH, 1, 10.5, 8.5) }, gap: 4 },
  ];
}

function blockHeight(doc: PDFKit.PDFDocument, b: Block): number {
  return b.gap + ('stars' in b ? STAR_ROW : measureCentred(doc, b.text, BODY_WIDTH, b.style));
}

/** Draws the middle blocks centred between the heading and the foot; returns their bottom. */
function middle(doc: PDFKit.PDFDocument, data: CertificatePdfData, p: Page, top: number): number {
  const blocks = middleBlocks(doc, data);
  const height = blocks.reduce((s, b) => s + blockHeight(doc, b), 0);
  let y = top + Math.max(8, (p.h - FOOT_HEIGHT - top - height) / 2);
  const x = (p.w - BODY_WIDTH) / 2;
  for (const b of blocks) {
    if ('stars' in b) {
      for (let i = 0; i < 5; i++) drawStar(doc, p.w / 2 + (i - 2) * 34, y + b.gap + 4 + STAR_RADIUS, STAR_RADIUS, i < b.stars);
      y += blockHeight(doc, b);
    } else {
      y = centred(doc, b.text, x, y + b.gap, BODY_WIDTH, b.style);
    }
  }
  return y;
}

function verification(doc: PDFKit.PDFDocument, data: CertificatePdfData, p: Page): void {
  const side = 84;
  const x = 56;
  const y = p.h - 50 - side - 34;
  const tx = x + side + 14;
  doc.rect(x - 5, y - 5, side + 10, side + 10).fill('#ffffff');
  drawQr(doc, qrMatrix(data.verifyUrl), x, y, side);
  doc.link(x, y, side, side, data.verifyUrl);
  doc.font(FONTS.bold).fontSize(9).fillColor(INK.text).text(`Số: ${data.certificateNumber}`, tx, y + 4, { width: 300 });
  doc.font(FONTS.regular).fontSize(8.5).fillColor(INK.text);
  doc.text(`Ngày cấp: ${formatDateVi(data.issuedOn)}`, tx, y + 22, { width: 300 });
  doc.text(`Có giá trị đến hết ngày: ${formatDateVi(data.expiresOn)}`, tx, y + 36, { width: 300 });
  doc.font(FONTS.italic).fontSize(7.5).fillColor(INK.muted).text('Quét mã QR để xác thực giấy chứng nhận:', tx, y + 54, { width: 300 });
  doc.font(FONTS.regular).fontSize(fitSize(doc, data.verifyUrl, FONTS.regular, 300, 1, 7, 5.5)).text(data.verifyUrl, tx, y + 65, { width: 300 });
}

function signature(doc: PDFKit.PDFDocument, data: CertificatePdfData, p: Page, middleBottom: number): void {
  const width = 300;
  const x = p.w - 48 - width;
  let y = Math.max(p.h - FOOT_HEIGHT + 4, middleBottom + 10);
  y = centred(doc, `${data.issuer.place}, ${longDateVi(data.issuedOn)}`, x, y, width, { font: FONTS.italic, size: 10.5 });
  for (const line of data.signer.title) y = centred(doc, line, x, y + 2, width, { font: FONTS.bold, size: 11 });
  centred(doc, data.signer.name, x, p.h - 72, width, { font: FONTS.bold, size: 12 });
}

/** Renders the certificate to `output`; resolves when the PDF is completely written. */
export function renderCertificatePdf(data: CertificatePdfData, output: Writable, options: PdfRenderOptions = {}): Promise<void> {
  const doc = createDocument('landscape', {
    title: `Giấy chứng nhận sản phẩm OCOP ${data.certificateNumber}`,
    subject: data.certificateNumber,
    keywords: `OCOP, ${data.certificateNumber}, ${data.star} sao`,
  }, options);
  const page = { w: doc.page.width, h: doc.page.height };
  frame(doc, page);
  const bottom = middle(doc, data, page, heading(doc, data, page));
  verification(doc, data, page);
  signature(doc, data, page, bottom);
  return finish(doc, output);
}
