// Rules a producer's yearly report must satisfy before it is stored (draft or filed). Pure: the
// service passes the products the producer owns and today's year. Paths are relative to the
// report body ("lines.0.revenueVnd") so the HTTP edge can prefix them.

export type ReportLineDraft = {
  readonly productId: number;
  readonly revenueVnd: number;
  readonly outputQuantity: number;
  readonly outputUnit: string;
};

export type ReportFigures = {
  readonly year: number;
  readonly employeesTotal: number;
  readonly employeesWomen: number;
  readonly employeesEthnicMinority: number;
  readonly newJobs: number;
  readonly newJobsWomen: number;
  readonly newJobsEthnicMinority: number;
  readonly averageMonthlyIncomeVnd: number;
  readonly lines: readonly ReportLineDraft[];
};

export type ReportContext = {
  /** The calendar year today (Vietnam time). */
  readonly currentYear: number;
  /** Ids of the products that belong to the reporting producer. */
  readonly ownProductIds: ReadonlySet<number>;
};

export type RuleIssue = { readonly path: string; readonly message: string };

/** The OCOP programme started in 2018: no report can be older. */
export const FIRST_REPORT_YEAR = 2018;
/** An average monthly income per worker above this is a typing error (an extra zero or a yearly figure). */
export const MAX_MONTHLY_INCOME_VND = 200_000_000;
/** Below this a paid worker's monthly income is not plausible (a figure in thousands of VND). */
export const MIN_MONTHLY_INCOME_VND = 300_000;
/** Revenue of one product above this (100 000 billion VND) is a typing error. */
export const MAX_LINE_REVENUE_VND = 100_000_000_000_000;

function nonNegative(issues: RuleIssue[], path: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) issues.push({ path, message: 'must be zero or more' });
}

function notAbove(issues: RuleIssue[], path: string, value: number, limit: number, limitName: string): void {
  if (value > limit) issues.push({ path, message: `cannot exceed ${limitName} (${limit})` });
}

function checkYear(r: ReportFigures, c: ReportContext, issues: RuleIssue[]): void {
  if (r.year > c.currentYear) issues.push({ path: 'year', message: `cannot be after ${c.currentYear}` });
  if (r.year < FIRST_REPORT_YEAR) issues.push({ path: 'year', message: `cannot be before ${FIRST_REPORT_YEAR}` });
}

function checkJobs(r: ReportFigures, issues: RuleIssue[]): void {
  const counts = ['employeesTotal', 'employeesWomen', 'employeesEthnicMinority', 'newJobs', 'newJobsWomen', 'newJobsEthnicMinority'] as const;
  for (const key of counts) {
    if (!Number.isInteger(r[key]) || r[key] < 0) issues.push({ path: key, message: 'must be a whole number, zero or more' });
  }
  notAbove(issues, 'employeesWomen', r.employeesWomen, r.employeesTotal, 'employeesTotal');
  notAbove(issues, 'employeesEthnicMinority', r.employeesEthnicMinority, r.employeesTotal, 'employeesTotal');
  notAbove(issues, 'newJobs', r.newJobs, r.employeesTotal, 'employeesTotal');
  notAbove(issues, 'newJobsWomen', r.newJobsWomen, r.newJobs, 'newJobs');
  notAbove(issues, 'newJobsEthnicMinority', r.newJobsEthnicMinority, r.newJobs, 'newJobs');
}

function checkIncome(r: ReportFigures, issues: RuleIssue[]): void {
  const income = r.averageMonthlyIncomeVnd;
  const path = 'averageMonthlyIncomeVnd';
  if (!Number.isInteger(income) || income < 0) issues.push({ path, message: 'must be a whole number of VND, zero or more' });
  else if (income > MAX_MONTHLY_INCOME_VND) issues.push({ path, message: `at most ${MAX_MONTHLY_INCOME_VND} VND per worker per month` });
  else if (r.employeesTotal > 0 && income < MIN_MONTHLY_INCOME_VND) issues.push({ path, message: `at least ${MIN_MONTHLY_INCOME_VND} VND per worker per month (enter VND, not thousands)` });
}

function checkLines(r: ReportFigures, c: ReportContext, issues: RuleIssue[]): void {
  const seen = new Set<number>();
  r.lines.forEach((line, i) => {
    const at = `lines.${i}`;
    if (!c.ownProductIds.has(line.productId)) issues.push({ path: `${at}.productId`, message: 'not a product of this producer' });
    if (seen.has(line.productId)) issues.push({ path: `${at}.productId`, message: 'product listed twice' });
    seen.add(line.productId);
    nonNegative(issues, `${at}.revenueVnd`, line.revenueVnd);
    if (!Number.isInteger(line.revenueVnd)) issues.push({ path: `${at}.revenueVnd`, message: 'must be whole VND' });
    notAbove(issues, `${at}.revenueVnd`, line.revenueVnd, MAX_LINE_REVENUE_VND, 'the plausible maximum');
    nonNegative(issues, `${at}.outputQuantity`, line.outputQuantity);
    if (line.outputQuantity > 0 && line.outputUnit.trim() === '') issues.push({ path: `${at}.outputUnit`, message: 'give the unit of the output (kg, bottles, boxes…)' });
  });
}

/** Every rule the report breaks; empty when it may be stored. */
export function reportIssues(r: ReportFigures, c: ReportContext): RuleIssue[] {
  const issues: RuleIssue[] = [];
  checkYear(r, c, issues);
  checkJobs(r, issues);
  checkIncome(r, issues);
  checkLines(r, c, issues);
  return issues;
}

/** Total revenue of a report's lines, in VND. */
export function reportRevenue(lines: readonly Pick<ReportLineDraft, 'revenueVnd'>[]): number {
  return lines.reduce((sum, l) => sum + l.revenueVnd, 0);
}
