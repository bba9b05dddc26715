import { z } from 'zod';
import type { ReportLineRow, ReportListRow, ReportRow } from '../../db/repositories/producer-reports.js';
import { EcommerceListing, type ReportSummaryView, type ReportView, SalesChannel } from './report-input.js';

// Stored rows → API views. JSON columns are parsed leniently: a malformed value (hand-edited
// database) shows as an empty list rather than failing the whole report.

function parseList<T extends z.ZodType>(schema: T, text: string): z.infer<T>[] {
  try {
    const parsed = z.array(schema).safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function presentReport(r: ReportRow, lines: readonly ReportLineRow[]): ReportView {
  const views = lines.map((l) => ({ productId: l.product_id, productName: l.product_name, revenueVnd: l.revenue_vnd, outputQuantity: l.output_quantity, outputUnit: l.output_unit }));
  return {
    id: r.id, producerId: r.producer_id, year: r.year, status: r.status,
    employeesTotal: r.employees_total, employeesWomen: r.employees_women, employeesEthnicMinority: r.employees_ethnic_minority,
    newJobs: r.new_jobs, newJobsWomen: r.new_jobs_women, newJobsEthnicMinority: r.new_jobs_ethnic_minority,
    averageMonthlyIncomeVnd: Number(r.average_monthly_income_vnd),
    salesChannels: parseList(SalesChannel, r.sales_channels), ecommerceListings: parseList(EcommerceListing, r.ecommerce_listings),
    lines: views, revenueVnd: views.reduce((s, l) => s + l.revenueVnd, 0),
    filedAt: r.filed_at, filedBy: r.filed_by, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

export function presentReportSummary(r: ReportListRow): ReportSummaryView {
  return {
    id: r.id, producerId: r.producer_id, producerName: r.producer_name, unit: { id: r.producer_unit_id, name: r.unit_name }, year: r.year, status: r.status,
    revenueVnd: r.revenue_vnd, employeesTotal: r.employees_total, newJobs: r.new_jobs, averageMonthlyIncomeVnd: Number(r.average_monthly_income_vnd),
    filedAt: r.filed_at, updatedAt: r.updated_at,
  };
}
