import type { PipelineStage } from './types.js';

// Vietnamese names the dashboard tables, the CSV/XLSX headers and the programme report print.

export const PRODUCER_TYPE_VI: Readonly<Record<string, string>> = {
  enterprise: 'Doanh nghiệp',
  cooperative: 'Hợp tác xã',
  cooperative_group: 'Tổ hợp tác',
  household: 'Hộ sản xuất',
};

export const STAGE_VI: Readonly<Record<PipelineStage, string>> = {
  self_assessed: 'Tự đánh giá ≥ 90 điểm',
  council_scored: 'Hội đồng chấm ≥ 90 điểm, chờ quyết định',
  forwarded: 'Đã trình Trung ương',
  recognised: 'Được công nhận 5 sao trong năm',
  four_star_90: 'Đạt 4 sao, điểm ≥ 90 (thiếu tiêu chí 5 sao)',
};

export const ALERT_KIND_VI: Readonly<Record<string, string>> = {
  'repeated-scans': 'Quét lặp bất thường',
  'impossible-travel': 'Quét ở hai nơi quá xa',
  'outside-market': 'Quét ngoài thị trường dự kiến',
  'pin-reuse': 'Mã PIN dùng lại',
  'serial-probing': 'Dò mã tem',
};

export const TARGET_METRIC_VI: Readonly<Record<string, string>> = {
  products_certified: 'Sản phẩm OCOP còn hiệu lực',
  products_3_star: 'Sản phẩm 3 sao',
  products_4_star: 'Sản phẩm 4 sao',
  products_5_star: 'Sản phẩm 5 sao',
  producers: 'Chủ thể có sản phẩm OCOP',
  revenue_vnd: 'Doanh thu (đồng)',
  jobs: 'Lao động',
};

export function labelOf(map: Readonly<Record<string, string>>, key: string): string {
  return map[key] ?? key;
}
