// The report form's state as typed text, and the request body built from it. Numbers stay text
// until sent (numberOrNull) so a half-typed value is never lost; lines are sent only for products
// with something entered, and `lineOf` maps a sent line's index back to the product for errors.
import { numberOrNull } from '../../format.js';
import type { Report, ReportForm } from '../../api-reports.js';

export type LineDraft = { revenueVnd: string; outputQuantity: string; outputUnit: string };
export type ChannelDraft = { kind: string; name: string; address: string };
export type ListingDraft = { platform: string; url: string };

export type ReportDraft = {
  employeesTotal: string;
  employeesWomen: string;
  employeesEthnicMinority: string;
  newJobs: string;
  newJobsWomen: string;
  newJobsEthnicMinority: string;
  averageMonthlyIncomeVnd: string;
  lines: Record<number, LineDraft>;
  salesChannels: ChannelDraft[];
  ecommerceListings: ListingDraft[];
};

export const COUNT_FIELDS = ['employeesTotal', 'employeesWomen', 'employeesEthnicMinority', 'newJobs', 'newJobsWomen', 'newJobsEthnicMinority'] as const;

const text = (n: number | undefined) => (n === undefined ? '' : String(n));

export function draftFrom(form: ReportForm): ReportDraft {
  const r: Report | null = form.report;
  const lines: Record<number, LineDraft> = {};
  for (const p of form.products) {
    const line = r?.lines.find((l) => l.productId === p.id);
    lines[p.id] = { revenueVnd: text(line?.revenueVnd), outputQuantity: text(line?.outputQuantity), outputUnit: line?.outputUnit ?? p.capacityUnit ?? '' };
  }
  return {
    employeesTotal: text(r?.employeesTotal), employeesWomen: text(r?.employeesWomen), employeesEthnicMinority: text(r?.employeesEthnicMinority),
    newJobs: text(r?.newJobs), newJobsWomen: text(r?.newJobsWomen), newJobsEthnicMinority: text(r?.newJobsEthnicMinority),
    averageMonthlyIncomeVnd: text(r?.averageMonthlyIncomeVnd), lines,
    salesChannels: (r?.salesChannels ?? []).map((c) => ({ kind: c.kind, name: c.name, address: c.address ?? '' })),
    ecommerceListings: (r?.ecommerceListings ?? []).map((l) => ({ ...l })),
  };
}

const whole = (value: string) => numberOrNull(value, true) ?? 0;

export function bodyFrom(form: ReportForm, draft: ReportDraft, status: 'draft' | 'filed'): { body: Record<string, unknown>; lineOf: number[] } {
  const lineOf: number[] = [];
  const lines = form.products.flatMap((p) => {
    const l = draft.lines[p.id];
    if (l === undefined || (l.revenueVnd.trim() === '' && l.outputQuantity.trim() === '')) return [];
    lineOf.push(p.id);
    return [{ productId: p.id, revenueVnd: whole(l.revenueVnd), outputQuantity: numberOrNull(l.outputQuantity) ?? 0, outputUnit: l.outputUnit.trim() }];
  });
  const counts = Object.fromEntries(COUNT_FIELDS.map((k) => [k, whole(draft[k])]));
  return {
    lineOf,
    body: {
      producerId: form.producer.id, year: form.year, status, ...counts, averageMonthlyIncomeVnd: whole(draft.averageMonthlyIncomeVnd), lines,
      salesChannels: draft.salesChannels.filter((c) => c.name.trim() !== '').map((c) => ({ kind: c.kind, name: c.name.trim(), ...(c.address.trim() === '' ? {} : { address: c.address.trim() }) })),
      ecommerceListings: draft.ecommerceListings.filter((l) => l.url.trim() !== '').map((l) => ({ platform: l.platform.trim(), url: l.url.trim() })),
    },
  };
}

/** Server errors keyed by sent line index ("lines.0.revenueVnd") re-keyed by product ("line.12.revenueVnd"). */
export function rekeyLineErrors(errors: Record<string, string>, lineOf: readonly number[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors)) {
    const m = /^lines\.(\d+)\.(\w+)$/.exec(key);
    const productId = m ? lineOf[Number(m[1])] : undefined;
    out[productId === undefined || m === null ? key : `line.${productId}.${m[2] ?? ''}`] = message;
  }
  return out;
}
