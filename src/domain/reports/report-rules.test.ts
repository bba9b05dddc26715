import { describe, expect, it } from 'vitest';
import { type ReportFigures, reportIssues, reportRevenue } from './report-rules.js';

const ctx = { currentYear: 2026, ownProductIds: new Set([1, 2]) };

function report(over: Partial<ReportFigures> = {}): ReportFigures {
  return {
    year: 2025, employeesTotal: 20, employeesWomen: 12, employeesEthnicMinority: 5, newJobs: 4, newJobsWomen: 2, newJobsEthnicMinority: 1,
    averageMonthlyIncomeVnd: 6_500_000, lines: [{ productId: 1, revenueVnd: 1_200_000_000, outputQuantity: 3000, outputUnit: 'kg' }], ...over,
  };
}

const paths = (r: ReportFigures) => reportIssues(r, ctx).map((i) => i.path);

describe('producer report rules', () => {
  it('accepts a plausible report', () => {
    expect(reportIssues(report(), ctx)).toEqual([]);
  });

  it('refuses negative revenue and output', () => {
    expect(paths(report({ lines: [{ productId: 1, revenueVnd: -5, outputQuantity: -1, outputUnit: 'kg' }] }))).toEqual(['lines.0.revenueVnd', 'lines.0.outputQuantity']);
  });

  it('keeps women, ethnic minority and new jobs within the totals', () => {
    expect(paths(report({ employeesWomen: 21, employeesEthnicMinority: 25, newJobs: 30 }))).toEqual(['employeesWomen', 'employeesEthnicMinority', 'newJobs']);
    expect(paths(report({ newJobsWomen: 5, newJobsEthnicMinority: 6 }))).toEqual(['newJobsWomen', 'newJobsEthnicMinority']);
  });

  it('refuses fractional or negative head counts', () => {
    expect(paths(report({ employeesTotal: 2.5, employeesWomen: 0, employeesEthnicMinority: 0, newJobs: 0, newJobsWomen: 0, newJobsEthnicMinority: 0 }))).toEqual(['employeesTotal']);
    expect(paths(report({ newJobsEthnicMinority: -1 }))).toEqual(['newJobsEthnicMinority']);
  });

  it('checks the income is sane', () => {
    expect(paths(report({ averageMonthlyIncomeVnd: 6500 }))).toEqual(['averageMonthlyIncomeVnd']);
    expect(paths(report({ averageMonthlyIncomeVnd: 78_000_000_000 }))).toEqual(['averageMonthlyIncomeVnd']);
    expect(paths(report({ averageMonthlyIncomeVnd: -1 }))).toEqual(['averageMonthlyIncomeVnd']);
    const nobody = { employeesTotal: 0, employeesWomen: 0, employeesEthnicMinority: 0, newJobs: 0, newJobsWomen: 0, newJobsEthnicMinority: 0, averageMonthlyIncomeVnd: 0 };
    expect(paths(report(nobody))).toEqual([]);
  });

  it('only accepts the producer\'s own products, once each', () => {
    const line = { revenueVnd: 1, outputQuantity: 1, outputUnit: 'kg' };
    expect(paths(report({ lines: [{ productId: 9, ...line }] }))).toEqual(['lines.0.productId']);
    expect(paths(report({ lines: [{ productId: 2, ...line }, { productId: 2, ...line }] }))).toEqual(['lines.1.productId']);
  });

  it('needs a unit when output is given', () => {
    expect(paths(report({ lines: [{ productId: 1, revenueVnd: 1, outputQuantity: 4, outputUnit: ' ' }] }))).toEqual(['lines.0.outputUnit']);
  });

  it('refuses a year in the future or before the programme', () => {
    expect(paths(report({ year: 2027 }))).toEqual(['year']);
    expect(paths(report({ year: 2017 }))).toEqual(['year']);
    expect(paths(report({ year: 2026 }))).toEqual([]);
  });

  it('sums revenue', () => {
    expect(reportRevenue([{ revenueVnd: 5 }, { revenueVnd: 7 }])).toBe(12);
  });
});
