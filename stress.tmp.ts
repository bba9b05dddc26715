import { createWriteStream } from 'node:fs';
import { renderCertificatePdf } from './src/documents/certificate-pdf.js';
const base = {
  certificateNumber: 'QN-2026-OCOP-000124', issuer: { heading: ['BỘ NÔNG NGHIỆP', 'VÀ MÔI TRƯỜNG'], place: 'Hà Nội' },
  productName: 'Rượu ba kích tím Ba Chẽ ngâm truyền thống theo bí quyết của người Dao Thanh Phán, chai thủy tinh thổi thủ công 750 ml kèm hộp gỗ quế chạm khắc hoa văn thổ cẩm, phiên bản quà tặng đặc biệt dịp Tết',
  producerName: 'Công ty Cổ phần Phát triển Nông lâm sản và Dược liệu Vùng cao Ba Chẽ – Chi nhánh Thanh Sơn (Hợp tác xã liên kết)',
  producerAddress: 'Số 18, đường Hùng Vương, khu phố Nam Sơn, thôn Khe Nháng, xã Ba Chẽ, tỉnh Quảng Ninh, Việt Nam – cơ sở sản xuất tại bản Làng Dài, xã Thanh Lâm',
  star: 5 as const, totalScore: 92.33, legalVersion: '26/2026/QĐ-TTg',
  decision: { number: '98/QĐ-BNNMT', date: '2026-10-02', authority: 'Bộ trưởng Bộ Nông nghiệp và Môi trường' },
  signer: { title: ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'], name: 'Nguyễn Hoàng Phương Thảo' },
  issuedOn: '2026-02-28', expiresOn: '2029-02-28',
  verifyUrl: 'https://ocop.quangninh.gov.vn/certificates/QN-2026-OCOP-000124',
};
await renderCertificatePdf(base, createWriteStream('test-results/stress-long.pdf'));
await renderCertificatePdf({ ...base, issuer: { heading: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NINH'], place: 'Quảng Ninh' }, star: 3, totalScore: 50, productName: 'Mật ong rừng', producerName: 'Hộ ông Lý A Sử', producerAddress: 'Xã Hoành Mô' }, createWriteStream('test-results/stress-short.pdf'));
