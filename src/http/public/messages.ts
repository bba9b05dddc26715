import { preferredLanguages } from '../../domain/stamps/resolver.js';

// Words of the public pages, Vietnamese first. The language is ?lang=vi|en, else the first of
// the browser's Accept-Language that is Vietnamese or English, else Vietnamese.

export type Lang = 'vi' | 'en';

export function chooseLang(query: string | undefined, acceptLanguage: string | undefined): Lang {
  if (query === 'vi' || query === 'en') return query;
  for (const tag of preferredLanguages(acceptLanguage)) {
    if (tag === 'vi' || tag.startsWith('vi-')) return 'vi';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'vi';
}

const vi = {
  site: 'Xác thực tem OCOP Quảng Ninh',
  code: 'Mã tem',
  producer: 'Chủ thể',
  commune: 'Địa phương',
  stars: 'Hạng sao OCOP',
  certificate: 'Giấy chứng nhận OCOP',
  certNumber: 'Số giấy chứng nhận',
  certValidTo: 'Hiệu lực đến',
  certState: 'Tình trạng',
  lot: 'Lô sản xuất',
  produced: 'Ngày sản xuất',
  expires: 'Hạn sử dụng',
  scans: (n: number) => `Mã này đã được quét ${n} lần`,
  firstScan: 'lần đầu',
  at: 'lúc',
  in: 'tại',
  shareTitle: 'Bạn đang ở tỉnh/thành nào? (không bắt buộc)',
  shareButton: 'Gửi vị trí',
  shareNote: 'Chỉ ghi nhận tỉnh/thành để phát hiện tem giả; không lưu vị trí chính xác.',
  pinTitle: 'Cào lớp phủ và nhập mã PIN',
  pinLabel: 'Mã PIN',
  pinButton: 'Xác thực',
  pinUsed: 'Mã PIN của tem này đã được xác thực lần đầu',
  pinLocked: 'Tem đã bị khóa do nhập sai mã PIN quá nhiều lần.',
  pinFirst: 'Xác thực thành công: đây là lần đầu tiên mã PIN này được sử dụng.',
  pinAgain: 'Mã PIN đúng nhưng đã được sử dụng trước đó',
  pinWrong: (left: number) => `Mã PIN không đúng. Còn ${left} lần thử.`,
  pinExpiredForm: 'Biểu mẫu đã hết hạn, vui lòng nhập lại mã PIN.',
  timeline: 'Hành trình của tem',
  issued: 'Phát hành mã tem',
  activated: 'Kích hoạt, gắn với lô sản xuất',
  'first-authentication': 'Xác thực PIN lần đầu',
  voided: 'Tem bị hủy',
  notActivated: 'Tem chưa được kích hoạt (chưa gắn với lô sản xuất).',
  typeCode: 'Nhập mã in dưới mã QR',
  check: 'Kiểm tra',
  malformed: 'Mã tem không hợp lệ',
  malformedHint: 'Mã gồm 15 ký tự in dưới mã QR. Vui lòng kiểm tra lại.',
  tooMany: 'Bạn đã tra quá nhiều mã không tồn tại. Vui lòng thử lại sau.',
  states: { valid: 'Còn hiệu lực', expired: 'Hết hiệu lực', revoked: 'Đã bị thu hồi', none: 'Không có' },
  voidReasons: { damaged: 'hư hỏng', lost: 'thất lạc', stolen: 'bị đánh cắp', misprinted: 'in lỗi', other: 'lý do khác' },
  other: 'English',
  productPage: 'Sản phẩm OCOP',
};

export type Messages = typeof vi;

const en: Messages = {
  site: 'Quang Ninh OCOP stamp verification',
  code: 'Stamp code',
  producer: 'Producer',
  commune: 'Locality',
  stars: 'OCOP stars',
  certificate: 'OCOP certificate',
  certNumber: 'Certificate number',
  certValidTo: 'Valid until',
  certState: 'Status',
  lot: 'Production lot',
  produced: 'Produced on',
  expires: 'Best before',
  scans: (n: number) => `This code has been scanned ${n} time${n === 1 ? '' : 's'}`,
  firstScan: 'first',
  at: 'at',
  in: 'in',
  shareTitle: 'Which province are you in? (optional)',
  shareButton: 'Send location',
  shareNote: 'Only the province is recorded, to detect fake stamps; no precise location is kept.',
  pinTitle: 'Scratch the coating and enter the PIN',
  pinLabel: 'PIN',
  pinButton: 'Verify',
  pinUsed: 'This stamp’s PIN was first verified',
  pinLocked: 'This stamp is locked after too many wrong PINs.',
  pinFirst: 'Verified: this is the first time this PIN has been used.',
  pinAgain: 'The PIN is right but it has been used before',
  pinWrong: (left: number) => `Wrong PIN. ${left} attempt${left === 1 ? '' : 's'} left.`,
  pinExpiredForm: 'The form has expired; please enter the PIN again.',
  timeline: 'The stamp’s journey',
  issued: 'Code issued',
  activated: 'Activated, bound to a production lot',
  'first-authentication': 'PIN first verified',
  voided: 'Stamp voided',
  notActivated: 'This stamp has not been activated yet (not bound to a production lot).',
  typeCode: 'Type the code printed under the QR code',
  check: 'Check',
  malformed: 'Not a valid stamp code',
  malformedHint: 'The code has 15 characters and is printed under the QR code. Please check it.',
  tooMany: 'Too many unknown codes were looked up from here. Please try again later.',
  states: { valid: 'Valid', expired: 'Expired', revoked: 'Revoked', none: 'None' },
  voidReasons: { damaged: 'damaged', lost: 'lost', stolen: 'stolen', misprinted: 'misprinted', other: 'other reason' },
  other: 'Tiếng Việt',
  productPage: 'OCOP product',
};

export const MESSAGES: Readonly<Record<Lang, Messages>> = { vi, en };

const DATE_TIME: Record<Lang, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: 'numeric', month: 'short', year: 'numeric' }),
};

/** An instant in Vietnam's time zone. */
export function formatInstant(iso: string, lang: Lang): string {
  return DATE_TIME[lang].format(new Date(iso));
}

/** A calendar date (YYYY-MM-DD) as dd/mm/yyyy. */
export function formatDay(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${d ?? ''}/${m ?? ''}/${y ?? ''}`;
}
