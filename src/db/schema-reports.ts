import type { Generated } from 'kysely';
import type { FundingSource } from '../domain/cycle/support.js';

// Tables of producers' yearly reports and of the programme's own figures (migration
// 0007-producer-reports). Money is whole VND (bigint), JSON is stored as text.

export const REPORT_STATUSES = ['draft', 'filed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** What the province sets targets for (counted by the dashboard against the records). */
export const TARGET_METRICS = ['products_certified', 'products_3_star', 'products_4_star', 'products_5_star', 'producers', 'revenue_vnd', 'jobs'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

/** One producer's report for one calendar year; unique per (producer_id, year). */
export type ProducerReportTable = {
  id: Generated<number>;
  producer_id: number;
  year: number;
  status: ReportStatus;
  employees_total: number;
  employees_women: number;
  employees_ethnic_minority: number;
  new_jobs: number;
  new_jobs_women: number;
  new_jobs_ethnic_minority: number;
  /** Whole VND per worker per month. */
  average_monthly_income_vnd: number;
  /** JSON array of { kind, name, address? } (shops, markets, fairs, agents…). */
  sales_channels: string;
  /** JSON array of { platform, url }. */
  ecommerce_listings: string;
  filed_at: string | null;
  filed_by: number | null;
  created_at: string;
  updated_at: string;
};

/** Revenue and output of one of the producer's products in the report's year. */
export type ProducerReportLineTable = {
  report_id: number;
  product_id: number;
  revenue_vnd: number;
  output_quantity: number;
  output_unit: string;
};

/** Money mobilised for the programme in a year by source (optionally per unit). */
export type ProgrammeFundingTable = {
  id: Generated<number>;
  year: number;
  unit_id: string | null;
  source: FundingSource;
  amount_vnd: number;
  note: string | null;
};

/** A figure the province aims for by a year (unit_id null: the whole province). */
export type ProgrammeTargetTable = {
  id: Generated<number>;
  year: number;
  metric: TargetMetric;
  unit_id: string | null;
  value: number;
};

export type ReportTables = {
  producer_report: ProducerReportTable;
  producer_report_line: ProducerReportLineTable;
  programme_funding: ProgrammeFundingTable;
  programme_target: ProgrammeTargetTable;
};
