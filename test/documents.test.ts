import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import * as QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { type CertificatePdfData, renderCertificatePdf } from '../src/documents/certificate-pdf.js';
import { qrMatrix } from '../src/documents/qr-vector.js';
import { type ResultLetterPdfData, renderResultLetterPdf } from '../src/documents/result-letter-pdf.js';
import type { PdfRenderOptions } from '../src/documents/pdf-layout.js';
import { testEngine } from './helpers/engine.js';

// Renders the certificate and the result letter and checks what a reader and a scanner rely
// on. The samples are also written to test-results/ (once, from the sqlite run) for a person
// to look at: `pdftoppm -png -r 60 test-results/certificate-sample.pdf test-results/certificate-sample`.

const VERIFY_URL = 'https://ocop.quangninh.gov.vn/certificates/QN-2026-OCOP-000123';

const SAMPLE_CERTIFICATE: CertificatePdfData = {
  certificateNumber: 'QN-2026-OCOP-000123',
  issuer: { heading: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NINH'], place: 'Quảng Ninh' },
  productName: 'Chả mực giã tay Hạ Long loại đặc biệt – hộp quà tặng cao cấp “Vịnh Di sản” 500 gam, đóng gói hút chân không',
  producerName: 'Hợp tác xã Dịch vụ Nông nghiệp và Thủy sản Tiên Yên',
  producerAddress: 'Thôn Đông Ngũ Hoa, xã Tiên Yên, tỉnh Quảng Ninh',
  star: 4,
  totalScore: 78.66,
  legalVersion: '26/2026/QĐ-TTg',
  decision: { number: '1234/QĐ-UBND', date: '2026-06-15', authority: 'Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh' },
  signer: { title: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], name: 'Trần Văn Đức' },
  issuedOn: '2026-06-15',
  expiresOn: '2029-06-15',
  verifyUrl: VERIFY_URL,
};

const SAMPLE_LETTER: ResultLetterPdfData = {
  letterNumber: '215/TB-SNNMT',
  provinceName: 'Quảng Ninh',
  parentBody: 'UBND TỈNH QUẢNG NINH',
  issuer: { heading: 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', inText: 'Sở Nông nghiệp và Môi trường' },
  producerName: 'Hộ kinh doanh Nguyễn Thị Hường',
  producerAddress: 'Thôn Bắc Lù, xã Đầm Hà, tỉnh Quảng Ninh',
  productName: 'Trà hoa vàng sấy lạnh Đầm Hà',
  productSetName: 'Sản phẩm trà/chè từ thực vật khác',
  star: 2,
  totalScore: 46.5,
  legalVersion: '26/2026/QĐ-TTg',
  councilDate: '2026-06-10',
  issuedOn: '2026-06-18',
  improvements: [
    'Nguồn nguyên liệu trong tỉnh dưới 50 % (tiêu chí 1.1, mức tối thiểu hạng 3 sao).',
    'Chưa có hồ sơ công bố chất lượng sản phẩm kèm phiếu kiểm nghiệm (tiêu chí 8).',
    'Nhãn sản phẩm chưa đủ nội dung bắt buộc theo quy định (tiêu chí 2.3).',
  ],
  signer: { title: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Lê Thị Mai' },
  recipients: ['Như trên', 'UBND xã Đầm Hà', 'Lưu: VT, OCOP'],
};

async function render<T>(fn: (data: T, out: PassThrough, o: PdfRenderOptions) => Promise<void>, data: T, options: PdfRenderOptions = {}): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await fn(data, out, options);
  return Buffer.concat(chunks);
}

const pages = (pdf: string): number => pdf.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('certificate PDF', () => {
  it('is one A4 landscape page with DejaVu Sans embedded and the certificate number in its metadata', async () => {
    const pdf = await render(renderCertificatePdf, SAMPLE_CERTIFICATE, { compress: false });
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(pages(text)).toBe(1);
    expect(text).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    expect(text).toContain('/FontFile2');
    expect(text).not.toContain('Helvetica');
    expect(text).toContain('(QN-2026-OCOP-000123)');
    expect(text).toContain(`/URI (${VERIFY_URL})`);
  });

  it('draws the QR code of the verification URL as vector squares, no image', async () => {
    const pdf = (await render(renderCertificatePdf, SAMPLE_CERTIFICATE, { compress: false })).toString('latin1');
    expect(pdf).not.toContain('/Subtype /Image');
    const m = qrMatrix(VERIFY_URL);
    const reference = QRCode.create(VERIFY_URL, { errorCorrectionLevel: 'M' });
    expect(m.size).toBe(reference.modules.size);
    expect(m.dark.filter(Boolean).length).toBe(Array.from(reference.modules.data).filter((b) => b === 1).length);
  });

  it.skipIf(!hasPoppler())('prints the Vietnamese text, the number and the dates (pdftotext)', async () => {
    const pdf = await render(renderCertificatePdf, SAMPLE_CERTIFICATE);
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
    for (const expected of [
      'GIẤY CHỨNG NHẬN SẢN PHẨM OCOP', 'Chương trình Mỗi xã một sản phẩm', 'ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NINH',
      'Chả mực giã tay Hạ Long', 'Hợp tác xã Dịch vụ Nông nghiệp và Thủy sản Tiên Yên', 'Số: QN-2026-OCOP-000123',
      '1234/QĐ-UBND ngày 15/06/2026', 'Tổng điểm 78,66/100', '26/2026/QĐ-TTg', '15/06/2029', 'Quảng Ninh, ngày 15 tháng 6 năm 2026', 'Trần Văn Đức',
    ]) expect(text).toContain(expected);
  });

  it('writes the samples for a person to look at', async () => {
    if (testEngine() !== 'sqlite') return;
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/certificate-sample.pdf', await render(renderCertificatePdf, SAMPLE_CERTIFICATE));
    writeFileSync('test-results/result-letter-sample.pdf', await render(renderResultLetterPdf, SAMPLE_LETTER));
  });
});

describe('result letter PDF', () => {
  it('is one A4 portrait page in DejaVu Sans with the letter number in its metadata', async () => {
    const text = (await render(renderResultLetterPdf, SAMPLE_LETTER, { compress: false })).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(pages(text)).toBe(1);
    expect(text).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(text).toContain('(215/TB-SNNMT)');
  });

  it.skipIf(!hasPoppler())('says 2★, no certificate, and why (pdftotext)', async () => {
    const text = execFileSync('pdftotext', ['-', '-'], { input: await render(renderResultLetterPdf, SAMPLE_LETTER) }).toString('utf8');
    for (const expected of ['THÔNG BÁO', 'Kính gửi: Hộ kinh doanh Nguyễn Thị Hường', '46,5/100', '2 sao', 'không được công nhận', 'Nguồn nguyên liệu trong tỉnh']) {
      expect(text).toContain(expected);
    }
  });
});
