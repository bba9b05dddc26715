// The dates of a round's steps, in the order the OCOP cycle runs them: promotion → idea intake →
// business plans (deadline) → implementation support → evaluation window and council → trade
// promotion. Optional steps may be absent; the ones present must not go backwards.

export type RoundDates = {
  readonly promotionFrom: string | null;
  readonly ideaFrom: string;
  readonly ideaTo: string;
  readonly planDeadline: string;
  readonly evaluationFrom: string | null;
  readonly evaluationTo: string | null;
  readonly councilDate: string | null;
  readonly tradePromotionFrom: string | null;
};

export type DateIssue = { readonly field: keyof RoundDates; readonly message: string };

export const ROUND_DATE_ORDER: readonly (keyof RoundDates)[] = [
  'promotionFrom', 'ideaFrom', 'ideaTo', 'planDeadline', 'evaluationFrom', 'evaluationTo', 'councilDate', 'tradePromotionFrom',
];

/** Each present date must be on or after every present date before it in ROUND_DATE_ORDER. */
export function checkRoundDates(d: RoundDates): DateIssue[] {
  const issues: DateIssue[] = [];
  let latest: { field: keyof RoundDates; value: string } | undefined;
  for (const field of ROUND_DATE_ORDER) {
    const value = d[field];
    if (value === null) continue;
    if (latest !== undefined && value < latest.value) {
      issues.push({ field, message: `must be on or after ${latest.field} (${latest.value})` });
    }
    if (latest === undefined || value > latest.value) latest = { field, value };
  }
  return issues;
}

/** Today's calendar date in Vietnam (UTC+7, no daylight saving), as 'YYYY-MM-DD'. */
export function vietnamDate(now: Date): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

export type RoundStep = 'upcoming' | 'promotion' | 'idea_intake' | 'business_plans' | 'implementation_support' | 'evaluation' | 'trade_promotion';

/** Which step of the cycle a round is in on `today` ('YYYY-MM-DD'). */
export function roundStep(d: RoundDates, today: string): RoundStep {
  if (today < (d.promotionFrom ?? d.ideaFrom)) return 'upcoming';
  if (today < d.ideaFrom) return 'promotion';
  if (today <= d.ideaTo) return 'idea_intake';
  if (today <= d.planDeadline) return 'business_plans';
  const evaluationStart = d.evaluationFrom ?? d.evaluationTo ?? d.councilDate;
  const evaluationEnd = d.councilDate ?? d.evaluationTo ?? d.evaluationFrom;
  if (evaluationStart === null || today < evaluationStart) return 'implementation_support';
  if (evaluationEnd === null || today <= evaluationEnd) return 'evaluation';
  return 'trade_promotion';
}

/** Ideas are first submitted inside the intake window; resubmissions after a return are not bound by it. */
export function ideaIntakeOpen(d: Pick<RoundDates, 'ideaFrom' | 'ideaTo'>, today: string): boolean {
  return today >= d.ideaFrom && today <= d.ideaTo;
}

/** Plans are first submitted by the deadline; resubmissions after a return are not bound by it. */
export function planIntakeOpen(d: Pick<RoundDates, 'planDeadline'>, today: string): boolean {
  return today <= d.planDeadline;
}
