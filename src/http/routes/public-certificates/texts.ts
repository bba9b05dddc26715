import type { StatusCode } from '../../../services/certificates/certificate-status.js';

// The public page's words in Vietnamese (first) and English. {x} placeholders are filled with
// values that are escaped before they reach the page.

export type Lang = 'vi' | 'en';

export const LABELS = {
  vi: {
    title: 'Giấy chứng nhận sản phẩm OCOP', brand: 'Chương trình OCOP tỉnh Quảng Ninh', number: 'Số giấy chứng nhận', producer: 'Chủ thể',
    commune: 'Địa bàn', nowPartOf: 'nay thuộc', star: 'Hạng', stars: '{n} sao', legalVersion: 'Bộ tiêu chí', issuedOn: 'Ngày cấp', expiresOn: 'Có giá trị đến hết ngày',
    decision: 'Quyết định công nhận', decisionLine: 'Số {number} ngày {date} của {authority}', checked: 'Trạng thái tính theo ngày {date}.',
    notFound: 'Không tìm thấy giấy chứng nhận', notFoundText: 'Không có giấy chứng nhận OCOP nào mang số «{number}». Hãy kiểm tra lại số in trên giấy chứng nhận.',
    other: 'English',
  },
  en: {
    title: 'OCOP product certificate', brand: 'OCOP programme of Quảng Ninh province', number: 'Certificate number', producer: 'Producer',
    commune: 'Commune', nowPartOf: 'now part of', star: 'Rating', stars: '{n} stars', legalVersion: 'Criteria', issuedOn: 'Issued on', expiresOn: 'Valid through',
    decision: 'Recognition decision', decisionLine: 'No. {number} of {date} by the {authority}', checked: 'Status as of {date}.',
    notFound: 'Certificate not found', notFoundText: 'No OCOP certificate has the number "{number}". Please check the number printed on the certificate.',
    other: 'Tiếng Việt',
  },
} as const;

export const STATUS_TEXT: Readonly<Record<Lang, Readonly<Record<StatusCode, string>>>> = {
  vi: {
    valid: 'Giấy chứng nhận còn hiệu lực đến hết ngày {until}.',
    expiring: 'Giấy chứng nhận còn hiệu lực đến hết ngày {until} (còn {days} ngày).',
    extended: 'Giấy chứng nhận đã hết hạn ngày {expires} nhưng còn hiệu lực trong khi chờ kết quả đánh giá lại, chậm nhất đến ngày {until}.',
    expired: 'Giấy chứng nhận đã hết hiệu lực (có giá trị đến hết ngày {expires}).',
    revoked: 'Giấy chứng nhận đã bị thu hồi từ ngày {revoked}. Lý do: {reason}.',
    superseded: 'Giấy chứng nhận này đã được thay thế bằng giấy chứng nhận mới của cùng sản phẩm.',
    not_yet_valid: 'Giấy chứng nhận có hiệu lực từ ngày {issued}.',
  },
  en: {
    valid: 'This certificate is valid through {until}.',
    expiring: 'This certificate is valid through {until} ({days} days left).',
    extended: 'This certificate expired on {expires} but stays valid while its re-evaluation is decided, at the latest until {until}.',
    expired: 'This certificate has expired (it was valid through {expires}).',
    revoked: 'This certificate was revoked on {revoked}. Ground: {reason}.',
    superseded: 'This certificate has been replaced by a newer certificate for the same product.',
    not_yet_valid: 'This certificate is valid from {issued}.',
  },
};
