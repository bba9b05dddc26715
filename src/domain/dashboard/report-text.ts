import { PRODUCER_TYPE_VI } from './labels.js';
import type { DashboardView } from './types.js';

// The programme report's figures in words, the way an office writes them to the province
// leadership: "426 sản phẩm OCOP … (318/100/8)", money in tỷ đồng with a decimal comma.

/** 1234567 → "1.234.567" (Vietnamese thousands separator). */
export function numberVi(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 0.1583 → "15,8" with `digits` decimals (trailing zeros dropped). */
export function decimalVi(n: number, digits = 1): string {
  const f = 10 ** digits;
  const rounded = Math.round(n * f) / f;
  const [whole = '0', frac] = String(rounded).split('.');
  return frac === undefined ? numberVi(Number(whole)) : `${numberVi(Number(whole))},${frac}`;
}

/** Whole VND to "22,7 tỷ đồng" (or "850 triệu đồng" below one billion). */
export function moneyVi(vnd: number): string {
  if (Math.abs(vnd) >= 1e9) return `${decimalVi(vnd / 1e9, 1)} tỷ đồng`;
  if (Math.abs(vnd) >= 1e6) return `${decimalVi(vnd / 1e6, 1)} triệu đồng`;
  return `${numberVi(vnd)} đồng`;
}

export function dateVi(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

function producersInWords(v: DashboardView): string {
  const parts = ['enterprise', 'cooperative', 'cooperative_group', 'household'].flatMap((type) => {
    const n = v.products.producersByType.find((p) => p.producerType === type)?.producers ?? 0;
    return n === 0 ? [] : [`${numberVi(n)} ${(PRODUCER_TYPE_VI[type] ?? type).toLowerCase()}`];
  });
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

function roundSentence(v: DashboardView): string {
  const r = v.rounds.find((x) => x.year === v.meta.year);
  if (r === undefined) return '';
  return `Trong năm ${v.meta.year}, công nhận mới ${numberVi(r.new)} sản phẩm, đánh giá lại ${numberVi(r.recertified)} sản phẩm, nâng hạng ${numberVi(r.upgraded)} sản phẩm; ${numberVi(r.expired)} giấy chứng nhận hết hạn và ${numberVi(r.revoked)} giấy chứng nhận bị thu hồi. Có ${numberVi(v.expiring.total)} giấy chứng nhận sẽ hết hạn trong ${v.expiring.days} ngày tới, cần hướng dẫn chủ thể đánh giá lại.`;
}

/** The summary paragraphs of section I of the report. */
export function summaryParagraphs(v: DashboardView): string[] {
  const t = v.products.total;
  const where = v.meta.unitId === null ? 'toàn tỉnh' : v.meta.unitName;
  const out = [
    `Tính đến ngày ${dateVi(v.meta.asOf)}, ${where} có ${numberVi(t.total)} sản phẩm OCOP 3–5 sao còn hiệu lực (${numberVi(t.s3)}/${numberVi(t.s4)}/${numberVi(t.s5)}): ${numberVi(t.s3)} sản phẩm 3 sao, ${numberVi(t.s4)} sản phẩm 4 sao và ${numberVi(t.s5)} sản phẩm 5 sao, của ${numberVi(v.products.producers)} chủ thể${producersInWords(v)}.`,
    roundSentence(v),
    `${decimalVi(v.stamps.coverage * 100, 1)}% sản phẩm OCOP (${numberVi(v.stamps.stamped)}/${numberVi(v.stamps.certified)}) có tem điện tử truy xuất nguồn gốc đang hoạt động; người tiêu dùng đã quét tem ${numberVi(v.stamps.scansYear)} lượt trong năm; ${numberVi(v.alerts.open)} cảnh báo tem đang chờ xử lý.`,
    `Tổng nguồn vốn huy động thực hiện Chương trình năm ${v.meta.year} đạt ${moneyVi(v.funding.total)}, trong đó ngân sách nhà nước ${moneyVi(v.funding.budget)} (${decimalVi(v.funding.budgetSharePercent, 1)}%), riêng ngân sách tỉnh ${moneyVi(v.funding.provincialBudget)} (${decimalVi(v.funding.provincialSharePercent, 1)}%).`,
  ];
  const e = v.economy.totals;
  if (e.reports > 0) {
    out.push(`Theo báo cáo của ${numberVi(e.reports)} chủ thể, doanh thu từ sản phẩm OCOP đạt ${moneyVi(e.revenue)}; tạo việc làm cho ${numberVi(e.employees)} lao động (${numberVi(e.employeesWomen)} lao động nữ, ${numberVi(e.employeesEthnic)} lao động dân tộc thiểu số), trong đó ${numberVi(e.newJobs)} việc làm mới; thu nhập bình quân ${moneyVi(e.averageIncome)}/người/tháng.`);
  } else {
    out.push(`Chưa có chủ thể nộp báo cáo năm ${v.meta.year}: doanh thu, lao động và thu nhập sẽ được tổng hợp khi chủ thể nộp báo cáo.`);
  }
  const p = v.pipeline.counts;
  out.push(`Sản phẩm tiềm năng 5 sao: ${numberVi(p.forwarded)} sản phẩm đã trình Trung ương, ${numberVi(p.council_scored)} sản phẩm được Hội đồng chấm từ 90 điểm chờ quyết định, ${numberVi(p.self_assessed)} hồ sơ tự đánh giá từ 90 điểm; ${numberVi(p.recognised)} sản phẩm được công nhận 5 sao trong năm.`);
  return out.filter((s) => s !== '');
}
