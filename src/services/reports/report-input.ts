import { z } from 'zod';
import { REPORT_STATUSES } from '../../db/schema-reports.js';

// Request and response shapes of producers' yearly reports. Types and sizes are checked here;
// the business rules (totals, own products, sane income, year) in domain/reports/report-rules.ts.

const Id = z.number().int().positive().max(2_147_483_647);
const Count = z.number().int().max(1_000_000);
const Vnd = z.number().int().max(Number.MAX_SAFE_INTEGER).describe('whole VND');

export const SalesChannel = z.object({
  kind: z.enum(['shop', 'supermarket', 'market', 'agent', 'fair', 'tourism', 'export', 'other']).describe('kind of sales channel or point of sale'),
  name: z.string().trim().min(1).max(200),
  address: z.string().trim().max(300).optional(),
}).strict();

export const EcommerceListing = z.object({
  platform: z.string().trim().min(1).max(80).describe('e.g. Shopee, Lazada, Tiki, TikTok Shop, Postmart, own website'),
  url: z.url({ protocol: /^https?$/ }).max(500),
}).strict();

export const ReportLineInput = z.object({
  productId: Id,
  revenueVnd: Vnd.describe('revenue of this product in the year, whole VND (zero or more)'),
  outputQuantity: z.number().max(1e12).describe('output in the year (zero or more)'),
  outputUnit: z.string().trim().max(40).default(''),
}).strict();

export const SaveReportInput = z.object({
  producerId: Id.optional().describe('defaults to the caller\'s own producer'),
  year: z.number().int().min(2000).max(2100),
  status: z.enum(REPORT_STATUSES).default('draft').describe('"filed" submits the report; a filed report stays filed (later saves are audited corrections)'),
  employeesTotal: Count,
  employeesWomen: Count,
  employeesEthnicMinority: Count,
  newJobs: Count,
  newJobsWomen: Count,
  newJobsEthnicMinority: Count,
  averageMonthlyIncomeVnd: Vnd.describe('average income per worker per month, whole VND'),
  salesChannels: z.array(SalesChannel).max(50).default([]),
  ecommerceListings: z.array(EcommerceListing).max(50).default([]),
  lines: z.array(ReportLineInput).max(500).default([]),
}).strict();
export type SaveReportInput = z.infer<typeof SaveReportInput>;

export const ReportLineOutput = z.object({
  productId: z.number().int(), productName: z.string(), revenueVnd: z.number().int(), outputQuantity: z.number(), outputUnit: z.string(),
});

export const ReportOutput = z.object({
  id: z.number().int(),
  producerId: z.number().int(),
  year: z.number().int(),
  status: z.enum(REPORT_STATUSES),
  employeesTotal: z.number().int(),
  employeesWomen: z.number().int(),
  employeesEthnicMinority: z.number().int(),
  newJobs: z.number().int(),
  newJobsWomen: z.number().int(),
  newJobsEthnicMinority: z.number().int(),
  averageMonthlyIncomeVnd: z.number().int(),
  salesChannels: z.array(SalesChannel),
  ecommerceListings: z.array(EcommerceListing),
  lines: z.array(ReportLineOutput),
  revenueVnd: z.number().int().describe('sum of the lines'),
  filedAt: z.string().nullable(),
  filedBy: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReportView = z.infer<typeof ReportOutput>;

export const ReportSummaryOutput = z.object({
  id: z.number().int(),
  producerId: z.number().int(),
  producerName: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  year: z.number().int(),
  status: z.enum(REPORT_STATUSES),
  revenueVnd: z.number().int(),
  employeesTotal: z.number().int(),
  newJobs: z.number().int(),
  averageMonthlyIncomeVnd: z.number().int(),
  filedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ReportSummaryView = z.infer<typeof ReportSummaryOutput>;

export const ReportFormOutput = z.object({
  producer: z.object({ id: z.number().int(), name: z.string() }),
  year: z.number().int(),
  currentYear: z.number().int(),
  report: ReportOutput.nullable(),
  products: z.array(z.object({ id: z.number().int(), name: z.string(), status: z.string(), star: z.number().int().nullable(), capacityUnit: z.string().nullable() })),
});
export type ReportFormView = z.infer<typeof ReportFormOutput>;

export const MissingReportsOutput = z.object({
  year: z.number().int(),
  expected: z.number().int().describe('producers holding a certificate in force during the year'),
  filed: z.number().int(),
  missing: z.array(z.object({
    producerId: z.number().int(), producerName: z.string(), producerType: z.string(),
    unit: z.object({ id: z.string(), name: z.string() }), reportStatus: z.enum(REPORT_STATUSES).nullable().describe('"draft" when started but not filed'),
  })),
});
export type MissingReportsView = z.infer<typeof MissingReportsOutput>;

export const RemindInput = z.object({
  year: z.number().int().min(2000).max(2100),
  producerIds: z.array(Id).max(10_000).optional().describe('only these producers (default: every producer missing a report in the caller\'s scope)'),
}).strict();
export type RemindInput = z.infer<typeof RemindInput>;

export const RemindOutput = z.object({ year: z.number().int(), producers: z.number().int(), notifications: z.number().int() });
