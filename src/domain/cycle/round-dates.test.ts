import { describe, expect, it } from 'vitest';
import { type RoundDates, checkRoundDates, ideaIntakeOpen, planIntakeOpen, roundStep, vietnamDate } from './round-dates.js';

const round: RoundDates = {
  promotionFrom: '2026-02-01', ideaFrom: '2026-03-01', ideaTo: '2026-04-30', planDeadline: '2026-06-30',
  evaluationFrom: '2026-09-01', evaluationTo: '2026-10-15', councilDate: '2026-10-30', tradePromotionFrom: '2026-11-15',
};

describe('round dates', () => {
  it('accepts ordered dates, with optional steps absent', () => {
    expect(checkRoundDates(round)).toEqual([]);
    expect(checkRoundDates({ ...round, promotionFrom: null, evaluationFrom: null, councilDate: null })).toEqual([]);
    expect(checkRoundDates({ ...round, ideaTo: round.ideaFrom })).toEqual([]);
  });

  it('names each date that goes backwards and what it must follow', () => {
    expect(checkRoundDates({ ...round, ideaTo: '2026-02-28' })).toEqual([{ field: 'ideaTo', message: 'must be on or after ideaFrom (2026-03-01)' }]);
    // With the evaluation window absent, the council date is still checked against the plan deadline.
    expect(checkRoundDates({ ...round, evaluationFrom: null, evaluationTo: null, councilDate: '2026-06-01' })).toEqual([
      { field: 'councilDate', message: 'must be on or after planDeadline (2026-06-30)' },
    ]);
    expect(checkRoundDates({ ...round, planDeadline: '2026-01-01' }).map((i) => i.field)).toEqual(['planDeadline']);
  });

  it('computes the Vietnamese calendar date (UTC+7)', () => {
    expect(vietnamDate(new Date('2026-03-31T16:59:59Z'))).toBe('2026-03-31');
    expect(vietnamDate(new Date('2026-03-31T17:00:00Z'))).toBe('2026-04-01');
  });

  it('tells which step a round is in', () => {
    const steps = ['2026-01-15', '2026-02-10', '2026-03-01', '2026-04-30', '2026-05-01', '2026-07-01', '2026-09-01', '2026-10-30', '2026-10-31'].map((d) => roundStep(round, d));
    expect(steps).toEqual(['upcoming', 'promotion', 'idea_intake', 'idea_intake', 'business_plans', 'implementation_support', 'evaluation', 'evaluation', 'trade_promotion']);
    const bare = { ...round, promotionFrom: null, evaluationFrom: null, evaluationTo: null, councilDate: null, tradePromotionFrom: null };
    expect(roundStep(bare, '2026-02-10')).toBe('upcoming');
    expect(roundStep(bare, '2027-01-01')).toBe('implementation_support');
  });

  it('opens intake windows inclusively', () => {
    expect(ideaIntakeOpen(round, '2026-03-01')).toBe(true);
    expect(ideaIntakeOpen(round, '2026-04-30')).toBe(true);
    expect(ideaIntakeOpen(round, '2026-05-01')).toBe(false);
    expect(ideaIntakeOpen(round, '2026-02-28')).toBe(false);
    expect(planIntakeOpen(round, '2026-06-30')).toBe(true);
    expect(planIntakeOpen(round, '2026-07-01')).toBe(false);
  });
});
