// Response shapes of producers' yearly reports and the programme's funding and targets.
// Mirrors src/services/reports/report-input.ts and src/services/programme/programme-input.ts.
import * as z from 'zod/mini';

export const REPORT_STATUSES = ['draft', 'filed'] as const;
export const SALES_CHANNEL_KINDS = ['shop', 'supermarket', 'market', 'agent', 'fair', 'tourism', 'export', 'other'] as const;
export const TARGET_METRICS = ['products_certified', 'products_3_star', 'products_4_star', 'products_5_star', 'producers', 'revenue_vnd', 'jobs'] as const;
export const FUNDING_SOURCES = ['provincial_budget', 'district_commune_budget', 'central_budget', 'credit', 'social_private'] as const;

const Named = z.object({ id: z.string(), name: z.string() });
const SalesChannel = z.object({ kind: z.enum(SALES_CHANNEL_KINDS), name: z.string(), address: z.optional(z.string()) });
const Listing = z.object({ platform: z.string(), url: z.string() });

export const Report = z.object({
  id: z.number(),
  producerId: z.number(),
  year: z.number(),
  status: z.enum(REPORT_STATUSES),
  employeesTotal: z.number(),
  employeesWomen: z.number(),
  employeesEthnicMinority: z.number(),
  newJobs: z.number(),
  newJobsWomen: z.number(),
  newJobsEthnicMinority: z.number(),
  averageMonthlyIncomeVnd: z.number(),
  salesChannels: z.array(SalesChannel),
  ecommerceListings: z.array(Listing),
  lines: z.array(z.object({ productId: z.number(), productName: z.string(), revenueVnd: z.number(), outputQuantity: z.number(), outputUnit: z.string() })),
  revenueVnd: z.number(),
  filedAt: z.nullable(z.string()),
  updatedAt: z.string(),
});
export type Report = z.infer<typeof Report>;

export const ReportForm = z.object({
  producer: z.object({ id: z.number(), name: z.string() }),
  year: z.number(),
  currentYear: z.number(),
  report: z.nullable(Report),
  products: z.array(z.object({ id: z.number(), name: z.string(), status: z.string(), star: z.nullable(z.number()), capacityUnit: z.nullable(z.string()) })),
});
export type ReportForm = z.infer<typeof ReportForm>;

export const ReportSummary = z.object({
  id: z.number(),
  producerId: z.number(),
  producerName: z.string(),
  unit: Named,
  year: z.number(),
  status: z.enum(REPORT_STATUSES),
  revenueVnd: z.number(),
  employeesTotal: z.number(),
  newJobs: z.number(),
  averageMonthlyIncomeVnd: z.number(),
  filedAt: z.nullable(z.string()),
});
export type ReportSummary = z.infer<typeof ReportSummary>;
export const ReportPage = z.object({ items: z.array(ReportSummary), total: z.number(), page: z.number(), pageSize: z.number() });

export const MissingReports = z.object({
  year: z.number(),
  expected: z.number(),
  filed: z.number(),
  missing: z.array(z.object({ producerId: z.number(), producerName: z.string(), producerType: z.string(), unit: Named, reportStatus: z.nullable(z.enum(REPORT_STATUSES)) })),
});
export type MissingReports = z.infer<typeof MissingReports>;

export const RemindResult = z.object({ year: z.number(), producers: z.number(), notifications: z.number() });

export const Funding = z.object({
  id: z.number(), year: z.number(), unit: z.nullable(Named), source: z.enum(FUNDING_SOURCES), amountVnd: z.number(), note: z.nullable(z.string()),
});
export type Funding = z.infer<typeof Funding>;
export const FundingList = z.object({
  items: z.array(Funding),
  years: z.array(z.object({ year: z.number(), totalVnd: z.number(), provincialBudgetVnd: z.number(), provincialBudgetShare: z.number() })),
});
export type FundingList = z.infer<typeof FundingList>;

export const Target = z.object({ id: z.number(), year: z.number(), metric: z.enum(TARGET_METRICS), unit: z.nullable(Named), value: z.number() });
export type Target = z.infer<typeof Target>;
export const TargetList = z.object({ items: z.array(Target) });
