// The report rules' field messages (src/domain/reports/report-rules.ts, English) in the
// reader's language; other messages go through the portal's shared translations.
import type { TFunction } from 'i18next';
import { localFieldErrors } from '../../components/field-messages.js';

type Rule = { pattern: RegExp; message: (t: TFunction, match: RegExpExecArray) => string };

const WHAT: Record<string, 'reports.employeesTotal' | 'reports.newJobsTotal'> = { employeesTotal: 'reports.employeesTotal', newJobs: 'reports.newJobsTotal' };

const RULES: readonly Rule[] = [
  { pattern: /^cannot exceed (\w+) \((\d+)\)$/, message: (t, m) => t('reports.messages.exceeds', { what: `${t(WHAT[m[1] ?? ''] ?? 'reports.employeesTotal')} (${m[2] ?? ''})` }) },
  { pattern: /^must be zero or more$/, message: (t) => t('reports.messages.nonNegative') },
  { pattern: /^must be a whole number/, message: (t) => t('reports.messages.whole') },
  { pattern: /^must be whole VND$/, message: (t) => t('reports.messages.whole') },
  { pattern: /^not a product of this producer$/, message: (t) => t('reports.messages.notOwn') },
  { pattern: /^product listed twice$/, message: (t) => t('reports.messages.twice') },
  { pattern: /^cannot be after \d+$/, message: (t) => t('reports.messages.future') },
  { pattern: /^at most \d+ VND per worker/, message: (t) => t('reports.messages.incomeHigh') },
  { pattern: /^at least \d+ VND per worker/, message: (t) => t('reports.messages.incomeLow') },
  { pattern: /^give the unit of the output/, message: (t) => t('reports.messages.unitNeeded') },
];

export function reportFieldErrors(t: TFunction, error: unknown): Record<string, string> {
  const shared = localFieldErrors(t, error);
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(shared)) {
    let text = message;
    for (const rule of RULES) {
      const match = rule.pattern.exec(message);
      if (match) {
        text = rule.message(t, match);
        break;
      }
    }
    out[path] = text;
  }
  return out;
}
