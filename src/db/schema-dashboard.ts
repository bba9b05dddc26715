// Rollups behind the programme dashboard (migration 0010-dashboard-rollups). Scans are never
// counted live: the scan-log flush adds each batch of scans to these counters in the same
// transaction that writes the scan rows, so the counters always equal the log.

/** Scans per Vietnamese calendar day, product and stamp batch (scans of known stamps only). */
export type ScanDailyTable = {
  /** 'YYYY-MM-DD', the day in Vietnam (UTC+7) of the scan. */
  day: string;
  product_id: number;
  batch_id: number;
  /** Every scan of a stamp of this batch (viewed, PIN correct, PIN wrong). */
  scans: number;
  /** Scans that checked a PIN (correct or wrong). */
  pin_checks: number;
  /** Scans whose PIN was wrong. */
  pin_failures: number;
};

/** The same counters per month and product: a year's chart reads at most 12 rows per product. */
export type ScanMonthlyTable = {
  /** 'YYYY-MM'. */
  month: string;
  product_id: number;
  scans: number;
  pin_checks: number;
  pin_failures: number;
};

export type DashboardTables = {
  scan_daily: ScanDailyTable;
  scan_monthly: ScanMonthlyTable;
};
