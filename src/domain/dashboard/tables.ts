import { ALERT_KIND_VI, PRODUCER_TYPE_VI, STAGE_VI, TARGET_METRIC_VI, labelOf } from './labels.js';
import type { DashboardSection, DashboardView, StarCounts } from './types.js';

// The table behind every chart: what the CSV/XLSX downloads, the report's tables and the portal's
// accessible table toggles show. Keys are the {section} of /api/v1/dashboard/{section}.csv.

export type Cell = string | number | null;
export type DashboardTable = { readonly key: TableKey; readonly title: string; readonly columns: readonly string[]; readonly rows: readonly (readonly Cell[])[] };

export const TABLE_KEYS = [
  'products-by-star', 'products-by-unit', 'products-by-group', 'products-by-type', 'products-trend', 'products-cube',
  'rounds', 'expiring', 'pipeline', 'stamp-coverage', 'scans', 'alerts', 'economy', 'funding', 'targets',
] as const;
export type TableKey = (typeof TABLE_KEYS)[number];

const STAR_COLUMNS = ['3 sao', '4 sao', '5 sao', 'Tổng'];
const stars = (c: StarCounts): Cell[] => [c.s3, c.s4, c.s5, c.total];
const pct = (x: number): number => Math.round(x * 1000) / 10;

/** A view holding `meta` and some of the sections: what a single table download computes. */
export type DashboardPart = Pick<DashboardView, 'meta'> & Partial<Omit<DashboardView, 'meta'>>;

type Built = { title: string; columns: string[]; rows: Cell[][] };
type Builder = { readonly sections: readonly DashboardSection[]; readonly build: (v: DashboardPart) => Built };

/**
 * A table built from the sections it names, so a single download computes only those. The types
 * let a builder read only what it names; the check makes a missing section loud, not an empty table.
 */
function from<K extends DashboardSection>(sections: readonly K[], build: (v: Pick<DashboardView, 'meta' | K>) => Built): Builder {
  return {
    sections,
    build: (v) => {
      const missing = sections.filter((k) => v[k] === undefined);
      if (missing.length > 0) throw new Error(`dashboard table needs the sections ${missing.join(', ')}`);
      return build(v as Pick<DashboardView, 'meta' | K>);
    },
  };
}

const BUILDERS: Readonly<Record<TableKey, Builder>> = {
  'products-by-star': from(['products'], (v) => ({
    title: 'Sản phẩm OCOP theo hạng sao', columns: ['Hạng', 'Số sản phẩm'],
    rows: [['3 sao', v.products.total.s3], ['4 sao', v.products.total.s4], ['5 sao', v.products.total.s5], ['Tổng', v.products.total.total]],
  })),
  'products-by-unit': from(['products'], (v) => ({
    title: v.meta.unitLevel === 'old' ? 'Sản phẩm OCOP theo huyện, thị xã, thành phố (trước 01/7/2025)' : 'Sản phẩm OCOP theo xã, phường, đặc khu (từ 01/7/2025)',
    columns: ['Đơn vị', ...STAR_COLUMNS, 'Chủ thể'], rows: [...v.products.byUnit.map((r) => [r.name, ...stars(r), r.producers]), ['Tổng', ...stars(v.products.total), v.products.producers]],
  })),
  'products-by-group': from(['products'], (v) => ({ title: 'Sản phẩm OCOP theo nhóm sản phẩm', columns: ['Nhóm sản phẩm', ...STAR_COLUMNS], rows: [...v.products.byGroup.map((r) => [r.name, ...stars(r)]), ['Tổng', ...stars(v.products.total)]] })),
  'products-by-type': from(['products'], (v) => ({
    title: 'Sản phẩm OCOP theo loại hình chủ thể', columns: ['Loại hình chủ thể', ...STAR_COLUMNS, 'Số chủ thể'],
    rows: [...v.products.byProducerType.map((r) => [labelOf(PRODUCER_TYPE_VI, r.producerType), ...stars(r), r.producers]), ['Tổng', ...stars(v.products.total), v.products.producers]],
  })),
  'products-trend': from(['products'], (v) => ({ title: 'Sản phẩm OCOP còn hiệu lực cuối mỗi năm', columns: ['Năm', ...STAR_COLUMNS], rows: v.products.trend.map((r) => [String(r.year), ...stars(r)]) })),
  'products-cube': from(['products'], (v) => ({
    title: 'Sản phẩm OCOP theo hạng × nhóm × đơn vị × loại hình chủ thể', columns: ['Hạng', 'Nhóm sản phẩm', 'Đơn vị', 'Loại hình chủ thể', 'Số sản phẩm'],
    rows: v.products.cube.map((r) => [r.star, r.groupCode, r.unitId, labelOf(PRODUCER_TYPE_VI, r.producerType), r.products]),
  })),
  rounds: from(['rounds'], (v) => ({
    title: 'Kết quả đánh giá, phân hạng theo năm', columns: ['Năm', 'Công nhận mới', 'Đánh giá lại', 'Nâng hạng', 'Hết hạn', 'Thu hồi'],
    rows: v.rounds.map((r) => [String(r.year), r.new, r.recertified, r.upgraded, r.expired, r.revoked]),
  })),
  expiring: from(['expiring'], (v) => ({
    title: `Giấy chứng nhận hết hạn trong ${v.expiring.days} ngày tới`, columns: ['Số GCN', 'Sản phẩm', 'Chủ thể', 'Đơn vị', 'Hạng', 'Ngày hết hạn', 'Còn (ngày)'],
    rows: v.expiring.items.map((r) => [r.number, r.productName, r.producerName, r.unitName, r.star, r.expiresOn, r.daysLeft]),
  })),
  pipeline: from(['pipeline'], (v) => ({
    title: 'Sản phẩm tiềm năng 5 sao', columns: ['Giai đoạn', 'Sản phẩm', 'Chủ thể', 'Đơn vị', 'Điểm', 'Ngày'],
    rows: v.pipeline.items.map((r) => [STAGE_VI[r.stage], r.productName, r.producerName, r.unitName, r.score === null ? null : Math.floor(r.score * 10) / 10, r.on]),
  })),
  'stamp-coverage': from(['stamps'], (v) => ({
    title: 'Sản phẩm OCOP có tem điện tử đang hoạt động', columns: ['Đơn vị', 'Sản phẩm OCOP', 'Có tem', 'Tỷ lệ (%)'],
    rows: [...v.stamps.byUnit.map((r) => [r.name, r.certified, r.stamped, pct(r.coverage)]), ['Tổng', v.stamps.certified, v.stamps.stamped, pct(v.stamps.coverage)]],
  })),
  scans: from(['stamps'], (v) => ({ title: `Lượt quét tem theo tháng năm ${v.meta.year}`, columns: ['Tháng', 'Lượt quét', 'Kiểm tra PIN', 'PIN sai'], rows: v.stamps.months.map((m) => [m.month, m.scans, m.pinChecks, m.pinFailures]) })),
  alerts: from(['alerts'], (v) => ({
    title: 'Cảnh báo tem chưa đóng', columns: ['Loại cảnh báo', 'Mức độ', 'Mới', 'Đã tiếp nhận'],
    rows: v.alerts.byKind.map((r) => [labelOf(ALERT_KIND_VI, r.kind), r.severity, r.open, r.acknowledged]),
  })),
  economy: from(['economy'], (v) => ({
    title: `Doanh thu, lao động, thu nhập năm ${v.meta.year} (báo cáo của chủ thể)`,
    columns: ['Đơn vị', 'Báo cáo', 'Doanh thu (đồng)', 'Lao động', 'Lao động nữ', 'Lao động DTTS', 'Việc làm mới', 'Thu nhập BQ (đồng/người/tháng)'],
    rows: [...v.economy.byUnit, { ...v.economy.totals, name: 'Tổng' }].map((r) => [r.name, r.reports, r.revenue, r.employees, r.employeesWomen, r.employeesEthnic, r.newJobs, r.averageIncome]),
  })),
  funding: from(['funding'], (v) => ({
    title: `Nguồn vốn huy động năm ${v.meta.year}`, columns: ['Nguồn vốn', 'Chương trình (đồng)', 'Hỗ trợ chủ thể (đồng)', 'Tổng (đồng)', 'Tỷ lệ (%)'],
    rows: [...v.funding.bySource.map((r) => [r.name, r.programme, r.support, r.amount, pct(r.share)]), ['Tổng', null, null, v.funding.total, v.funding.total === 0 ? 0 : 100]],
  })),
  targets: from(['targets'], (v) => ({
    title: 'Tiến độ thực hiện chỉ tiêu', columns: ['Năm', 'Chỉ tiêu', 'Đơn vị', 'Mục tiêu', 'Thực hiện', 'Tỷ lệ (%)'],
    rows: v.targets.map((t) => [String(t.year), labelOf(TARGET_METRIC_VI, t.metric), t.unitId ?? 'Toàn tỉnh', t.target, t.actual, pct(t.progress)]),
  })),
};

/** The sections of the view a table is built from. */
export function tableSections(key: TableKey): readonly DashboardSection[] {
  return BUILDERS[key].sections;
}

export function dashboardTable(view: DashboardPart, key: TableKey): DashboardTable {
  return { key, ...BUILDERS[key].build(view) };
}

export function dashboardTables(view: DashboardView, keys: readonly TableKey[] = TABLE_KEYS): DashboardTable[] {
  return keys.map((k) => dashboardTable(view, k));
}
