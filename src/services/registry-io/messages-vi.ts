import type { Label } from '../../domain/registry-kinds.js';

// Vietnamese renderings of the registry's own validation messages (zod's built-in messages are
// translated by zod's "vi" locale). Import reports show both languages.

const VI: ReadonlyArray<readonly [RegExp, string]> = [
  [/^a tax code has 10 digits/, 'mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu "-" và 3 chữ số chi nhánh'],
  [/^the tax code check digit/, 'chữ số kiểm tra (chữ số thứ 10) của mã số thuế không đúng'],
  [/^6–20 letters/, 'số đăng ký gồm 6–20 chữ cái, chữ số, "/", "." hoặc "-"'],
  [/^a phone number$/, 'số điện thoại không hợp lệ'],
  [/^cannot exceed the total number of employees$/, 'không được lớn hơn tổng số lao động'],
  [/^a GTIN has/, 'mã GTIN gồm 8, 12, 13 hoặc 14 chữ số, chữ số cuối là chữ số kiểm tra GS1 hợp lệ'],
  [/^ends before it starts$/, 'ngày hết hạn trước ngày cấp'],
  [/^not a product set of the catalogue/, 'không phải số bộ sản phẩm trong danh mục (1–26, xem trang "Danh mục")'],
  [/needs its star rating/, 'sản phẩm đã được công nhận phải có hạng sao (3–5)'],
  [/no star rating until it is certified/, 'sản phẩm chưa được công nhận thì chưa có hạng sao'],
  [/has 3 to 5 stars$/, 'sản phẩm OCOP được công nhận có từ 3 đến 5 sao'],
  [/^only province staff or the OCOP cycle can set/, 'chỉ cán bộ tỉnh hoặc quy trình đánh giá OCOP mới đặt được trạng thái này'],
  [/^a product cannot move from/, 'không thể chuyển sản phẩm sang trạng thái này'],
  [/^enterprises and cooperatives must give their tax code$/, 'doanh nghiệp và hợp tác xã phải có mã số thuế'],
  [/^give a tax code or a registration number$/, 'cần có mã số thuế hoặc số đăng ký'],
  [/^no unit '/, 'không có đơn vị hành chính này (xem trang "Danh mục")'],
  [/^already registered to another producer$/, 'đã được đăng ký cho chủ thể khác'],
  [/^this GTIN belongs to another product$/, 'mã GTIN này thuộc sản phẩm khác'],
  [/^this producer already has a product with this name$/, 'chủ thể đã có sản phẩm cùng tên'],
];

export function withVietnamese(en: string, viFallback?: string): Label {
  const match = VI.find(([re]) => re.test(en));
  return { vi: match?.[1] ?? viFallback ?? en, en };
}
