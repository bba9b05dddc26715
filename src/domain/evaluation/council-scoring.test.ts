import { describe, expect, it } from 'vitest';
import { councilRulesOn } from '../../rules/evaluation/index.js';
import { type CouncilRules, type CouncilSeat, type MemberScore, checkClose, memberScoreProblems, tallyCouncil } from './council-scoring.js';

// From the provincial Quy chế (reference §5, "Council scoring rules"): members score
// independently, the product score is the arithmetic mean, members' totals may not differ by
// more than 10 points (then the council discusses and members re-score), and a session needs
// at least 75 % of the members including the chair. Numbers below are worked by hand.

const rules = councilRulesOn('2026-06-15');
const PARTS = [{ code: 'A', maxPoints: 40 }, { code: 'B', maxPoints: 25 }, { code: 'C', maxPoints: 35 }];

const seat = (memberId: string, role: CouncilSeat['role'] = 'member', present = true): CouncilSeat => ({ memberId, role, present });
const FIVE = [seat('chair', 'chair'), seat('secretary', 'secretary'), seat('m1'), seat('m2'), seat('m3')];

/** A score whose parts add up: C takes what A and B leave. */
function score(memberId: string, total: number, round = 1): MemberScore {
  const a = Math.min(40, Math.round(total * 0.4));
  const b = Math.min(25, Math.round(total * 0.25));
  return { memberId, round, total, parts: { A: a, B: b, C: total - a - b } };
}

describe('council tally', () => {
  it('defaults: a 10-point spread measured between members, 75 % quorum with the chair', () => {
    expect([rules.spread, rules.quorum]).toEqual([{ points: 10, measure: 'range' }, { minPresentShare: 0.75, chairRequired: true }]);
  });

  it('flags the member who is more than 10 points from the rest, and a re-score clears it', () => {
    const first = [score('chair', 78), score('secretary', 80), score('m1', 75), score('m2', 82), score('m3', 92)];
    const t1 = tallyCouncil(rules, FIVE, first);
    expect([t1.mean, t1.min, t1.max, t1.flagged]).toEqual([81.4, 75, 92, ['m3']]);
    const refused = checkClose(rules, FIVE, first);
    expect(refused.ok ? [] : refused.problems).toEqual(['spread_unresolved']);

    const rescored = [...first, score('m3', 84, 2)];
    const t2 = tallyCouncil(rules, FIVE, rescored);
    expect([t2.mean, t2.displayScore, t2.flagged, t2.count]).toEqual([79.8, 79.8, [], 5]);
    expect(checkClose(rules, FIVE, rescored).ok).toBe(true);
  });

  it('a spread of exactly 10 points is allowed ("không quá 10 điểm")', () => {
    expect(tallyCouncil(rules, FIVE, [score('chair', 70), score('secretary', 80), score('m1', 75), score('m2', 72), score('m3', 80)]).flagged).toEqual([]);
  });

  it('a council split into two camps is flagged as a whole', () => {
    const four = [seat('chair', 'chair'), seat('m1'), seat('m2'), seat('m3')];
    const t = tallyCouncil(rules, four, [score('chair', 60), score('m1', 60), score('m2', 80), score('m3', 80)]);
    expect(t.flagged).toEqual(['chair', 'm1', 'm2', 'm3']);
  });

  it('keeps the mean exact and shows it truncated, never rounded up into a higher band', () => {
    const three = [seat('chair', 'chair'), seat('m1'), seat('m2')];
    const t = tallyCouncil(rules, three, [score('chair', 90), score('m1', 90), score('m2', 89)]);
    expect(t.mean).toBeCloseTo(89.6667, 4);
    expect(t.mean! < 90).toBe(true);
    expect(t.displayScore).toBe(89.66);
    expect(t.partMeans).toEqual({ A: 36, B: 22.666666666666668, C: 31 });
  });

  it('counts only present members; the absent member\'s score is ignored', () => {
    const seats = [...FIVE.slice(0, 4), seat('m3', 'member', false)];
    const t = tallyCouncil(rules, seats, [score('chair', 70), score('secretary', 72), score('m1', 74), score('m2', 76), score('m3', 95)]);
    expect([t.count, t.mean, t.ignored, t.flagged, t.quorum]).toEqual([4, 73, ['m3'], [], { seats: 5, present: 4, required: 4, chairPresent: true, met: true }]);
  });

  it('quorum: 7 seats need 6 present (5.25 rounded up), and the chair', () => {
    const seven = [seat('chair', 'chair'), seat('secretary', 'secretary'), ...['m1', 'm2', 'm3', 'm4', 'm5'].map((m) => seat(m))];
    const absent = (ids: string[]) => seven.map((s) => (ids.includes(s.memberId) ? { ...s, present: false } : s));
    expect(tallyCouncil(rules, absent(['m4', 'm5']), []).quorum).toEqual({ seats: 7, present: 5, required: 6, chairPresent: true, met: false });
    expect(tallyCouncil(rules, absent(['m5']), []).quorum.met).toBe(true);
    expect(tallyCouncil(rules, absent(['chair']), []).quorum.met).toBe(false);
  });
});

describe('closing the scoring', () => {
  const spread = [score('chair', 78), score('secretary', 80), score('m1', 75), score('m2', 82), score('m3', 92)];

  it('needs every present member\'s score and the quorum', () => {
    const partial = checkClose(rules, FIVE, spread.slice(0, 4));
    expect(partial.ok ? [] : [partial.problems, partial.tally.missing]).toEqual([['scores_missing'], ['m3']]);
    const noChair = FIVE.map((s) => (s.role === 'chair' ? { ...s, present: false } : s));
    const r = checkClose(rules, noChair, [...spread.slice(1, 4), score('m3', 84)]);
    expect(r.ok ? [] : r.problems).toEqual(['quorum_not_met']);
    expect(r.ok ? null : r.messages[0]?.vi).toContain('vắng Chủ tịch');
  });

  it('the chair may close over a spread with a written reason; nobody else, and not without one', () => {
    const reason = 'Thành viên giữ nguyên điểm sau thảo luận, ghi vào biên bản.';
    const ok = checkClose(rules, FIVE, spread, { byMemberId: 'chair', reason });
    expect(ok.ok && ok.overridden).toEqual({ byMemberId: 'chair', reason });
    const secretary = checkClose(rules, FIVE, spread, { byMemberId: 'secretary', reason });
    expect(secretary.ok ? [] : secretary.problems).toEqual(['override_not_allowed']);
    const short = checkClose(rules, FIVE, spread, { byMemberId: 'chair', reason: 'ok' });
    expect(short.ok ? [] : short.problems).toEqual(['override_reason_too_short']);
    const missing = checkClose(rules, FIVE, spread.slice(0, 4), { byMemberId: 'chair', reason });
    expect(missing.ok ? [] : missing.problems).toEqual(['scores_missing']);
  });

  it('an override given when there is no spread is not recorded', () => {
    const calm = [score('chair', 78), score('secretary', 80), score('m1', 75), score('m2', 82), score('m3', 84)];
    const r = checkClose(rules, FIVE, calm, { byMemberId: 'chair', reason: 'Không cần thiết nhưng vẫn ghi lại.' });
    expect(r.ok && r.overridden).toBeNull();
  });

  it('with the measure set to from_mean, only members more than 10 points from the mean are flagged', () => {
    const fromMean: CouncilRules = { ...rules, spread: { points: 10, measure: 'from_mean' } };
    const three = [seat('chair', 'chair'), seat('m1'), seat('m2')];
    // mean 80: 70 is exactly 10 away (kept), 95 is 15 away (flagged)
    expect(tallyCouncil(fromMean, three, [score('chair', 70), score('m1', 75), score('m2', 95)]).flagged).toEqual(['m2']);
  });
});

describe('a member\'s totals', () => {
  it('are whole numbers, each part within its maximum, adding up to the total', () => {
    expect(memberScoreProblems({ memberId: 'x', round: 1, total: 78, parts: { A: 30, B: 20, C: 28 } }, PARTS)).toEqual([]);
    expect(memberScoreProblems({ memberId: 'x', round: 1, total: 79, parts: { A: 30, B: 20, C: 28 } }, PARTS)).toEqual(['parts add up to 78, not 79']);
    expect(memberScoreProblems({ memberId: 'x', round: 1, total: 78, parts: { A: 41, B: 20, C: 17 } }, PARTS)).toEqual(['part A must be a whole number from 0 to 40']);
    expect(memberScoreProblems({ memberId: 'x', round: 1, total: 78.5, parts: { A: 30, B: 20, C: 28 } }, PARTS)).toEqual(['total must be a whole number from 0 to 100']);
    expect(memberScoreProblems({ memberId: 'x', round: 1, total: 50, parts: { A: 30, B: 20, D: 0 } }, PARTS)).toEqual(['part C must be a whole number from 0 to 35', 'unknown part D']);
  });
});
