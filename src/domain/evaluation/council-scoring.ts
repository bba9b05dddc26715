import type { CouncilRole, Text, Versioned } from './types.js';

// The provincial council's tally. Members score the sheet independently; the product's score
// is the arithmetic mean of the present members' totals ("tổng điểm trung bình", 26/2026
// Điều 3.3). The mean is kept exact for the star band (89.67 is a 4★ score, never rounded up
// into 5★) and shown truncated to `displayDecimals`, so a displayed score never claims a band
// the product did not reach. Spread, quorum and override come from council.json, because the
// national text leaves them to each province's Quy chế.

export type SpreadMeasure = 'range' | 'from_mean';

/** One version of src/rules/evaluation/council.json. */
export type CouncilRules = Versioned & {
  readonly source: string;
  readonly notes: readonly string[];
  readonly spread: { readonly points: number; readonly measure: SpreadMeasure };
  readonly quorum: { readonly minPresentShare: number; readonly chairRequired: boolean };
  readonly scoringRoles: readonly CouncilRole[];
  readonly override: { readonly allowed: boolean; readonly roles: readonly CouncilRole[]; readonly minReasonLength: number };
  readonly displayDecimals: number;
};

/** A seat on the council for this session; `present` as recorded in the minutes. */
export type CouncilSeat = { readonly memberId: string; readonly role: CouncilRole; readonly present: boolean };

/** A member's score sheet totals; a re-score is a new entry with a higher round. */
export type MemberScore = {
  readonly memberId: string;
  readonly round: number;
  readonly total: number;
  readonly parts: Readonly<Record<string, number>>;
};

export type PartLimit = { readonly code: string; readonly maxPoints: number };

/** Problems with one member's totals: integers, each part within its maximum, parts adding up. */
export function memberScoreProblems(score: MemberScore, parts: readonly PartLimit[]): string[] {
  const problems: string[] = [];
  const max = parts.reduce((s, p) => s + p.maxPoints, 0);
  if (!Number.isInteger(score.total) || score.total < 0 || score.total > max) problems.push(`total must be a whole number from 0 to ${max}`);
  for (const p of parts) {
    const v = score.parts[p.code];
    if (v === undefined || !Number.isInteger(v) || v < 0 || v > p.maxPoints) problems.push(`part ${p.code} must be a whole number from 0 to ${p.maxPoints}`);
  }
  for (const code of Object.keys(score.parts)) if (!parts.some((p) => p.code === code)) problems.push(`unknown part ${code}`);
  const sum = Object.values(score.parts).reduce((s, v) => s + v, 0);
  if (problems.length === 0 && sum !== score.total) problems.push(`parts add up to ${sum}, not ${score.total}`);
  return problems;
}

/** Each member's latest score (highest round). */
export function latestScores(scores: readonly MemberScore[]): MemberScore[] {
  const latest = new Map<string, MemberScore>();
  for (const s of scores) {
    const seen = latest.get(s.memberId);
    if (seen === undefined || s.round > seen.round) latest.set(s.memberId, s);
  }
  return [...latest.values()];
}

type Scored = { readonly memberId: string; readonly total: number };

/**
 * 'range' reads the Quy chế literally: no two members more than `points` apart. When they are,
 * the members kept are those inside every largest group that fits within `points`; the others
 * are flagged. So one outlier is flagged alone, and a council split into two equal camps is
 * flagged as a whole (no camp is "right" by numbers alone).
 */
function flagByRange(scored: readonly Scored[], points: number): string[] {
  const totals = scored.map((s) => s.total);
  if (Math.max(...totals) - Math.min(...totals) <= points) return [];
  const windows = totals.map((low) => scored.filter((s) => s.total >= low && s.total <= low + points));
  const largest = Math.max(...windows.map((w) => w.length));
  const best = windows.filter((w) => w.length === largest);
  return scored.filter((s) => !best.every((w) => w.includes(s))).map((s) => s.memberId);
}

/** 'from_mean': a member is flagged when more than `points` away from the mean. */
function flagFromMean(scored: readonly Scored[], points: number): string[] {
  const mean = scored.reduce((s, x) => s + x.total, 0) / scored.length;
  return scored.filter((s) => Math.abs(s.total - mean) > points).map((s) => s.memberId);
}

const SPREAD_MEASURES: Readonly<Record<SpreadMeasure, (scored: readonly Scored[], points: number) => string[]>> = {
  range: flagByRange,
  from_mean: flagFromMean,
};

export type Quorum = { readonly seats: number; readonly present: number; readonly required: number; readonly chairPresent: boolean; readonly met: boolean };

export type CouncilTally = {
  readonly quorum: Quorum;
  /** Present members expected to score. */
  readonly expected: readonly string[];
  /** Present scoring members without a score yet. */
  readonly missing: readonly string[];
  /** Scores not counted: from absent members, non-scoring roles or people without a seat. */
  readonly ignored: readonly string[];
  readonly count: number;
  readonly sum: number;
  /** Exact mean of the counted totals (for the star band), null before any score. */
  readonly mean: number | null;
  /** The mean truncated to displayDecimals. */
  readonly displayScore: number | null;
  readonly partMeans: Readonly<Record<string, number>>;
  readonly min: number | null;
  readonly max: number | null;
  /** Members whose totals must be discussed and re-scored. */
  readonly flagged: readonly string[];
};

function quorumOf(rules: CouncilRules, seats: readonly CouncilSeat[]): Quorum {
  const present = seats.filter((s) => s.present).length;
  // The epsilon keeps float error from adding a seat: 10 × 0.7 is 7.000000000000001.
  const required = Math.ceil(seats.length * rules.quorum.minPresentShare - 1e-9);
  const chairPresent = seats.some((s) => s.role === 'chair' && s.present);
  const met = seats.length > 0 && present >= required && (chairPresent || !rules.quorum.chairRequired);
  return { seats: seats.length, present, required, chairPresent, met };
}

function partMeans(scores: readonly MemberScore[]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const s of scores) for (const [code, v] of Object.entries(s.parts)) sums[code] = (sums[code] ?? 0) + v;
  return Object.fromEntries(Object.entries(sums).map(([code, v]) => [code, v / scores.length]));
}

/** Counts the latest score of every present scoring member. */
export function tallyCouncil(rules: CouncilRules, seats: readonly CouncilSeat[], scores: readonly MemberScore[]): CouncilTally {
  const expected = seats.filter((s) => s.present && rules.scoringRoles.includes(s.role)).map((s) => s.memberId);
  const latest = latestScores(scores);
  const counted = latest.filter((s) => expected.includes(s.memberId));
  const sum = counted.reduce((s, x) => s + x.total, 0);
  const scale = 10 ** rules.displayDecimals;
  const totals = counted.map((s) => s.total);
  return {
    quorum: quorumOf(rules, seats),
    expected,
    missing: expected.filter((id) => !counted.some((s) => s.memberId === id)),
    ignored: latest.filter((s) => !expected.includes(s.memberId)).map((s) => s.memberId),
    count: counted.length,
    sum,
    mean: counted.length === 0 ? null : sum / counted.length,
    displayScore: counted.length === 0 ? null : Math.floor((sum * scale) / counted.length) / scale,
    partMeans: counted.length === 0 ? {} : partMeans(counted),
    min: counted.length === 0 ? null : Math.min(...totals),
    max: counted.length === 0 ? null : Math.max(...totals),
    flagged: counted.length === 0 ? [] : SPREAD_MEASURES[rules.spread.measure](counted, rules.spread.points),
  };
}

export type CloseProblem = 'quorum_not_met' | 'scores_missing' | 'spread_unresolved' | 'override_not_allowed' | 'override_reason_too_short';

/** The chair's written decision to close despite an unresolved spread. */
export type SpreadOverride = { readonly byMemberId: string; readonly reason: string };

export type CloseCheck =
  | { readonly ok: true; readonly tally: CouncilTally; readonly overridden: SpreadOverride | null }
  | { readonly ok: false; readonly tally: CouncilTally; readonly problems: readonly CloseProblem[]; readonly messages: readonly Text[] };

export const CLOSE_PROBLEM_MESSAGES: Readonly<Record<CloseProblem, Text>> = {
  quorum_not_met: { vi: 'Phiên họp chưa đủ số thành viên theo quy chế (hoặc vắng Chủ tịch Hội đồng).', en: 'The session lacks the quorum (or the chair is absent).' },
  scores_missing: { vi: 'Còn thành viên có mặt chưa chấm điểm.', en: 'Some present members have not scored yet.' },
  spread_unresolved: { vi: 'Điểm của các thành viên chênh lệch quá mức cho phép: cần thảo luận và chấm lại.', en: "Members' totals differ by more than allowed: discuss and re-score." },
  override_not_allowed: { vi: 'Người này không được quyết định kết thúc khi còn chênh lệch điểm.', en: 'This person may not close over a score spread.' },
  override_reason_too_short: { vi: 'Cần ghi rõ lý do kết thúc khi còn chênh lệch điểm.', en: 'Closing over a score spread needs a written reason.' },
};

function overrideProblems(rules: CouncilRules, seats: readonly CouncilSeat[], o: SpreadOverride): CloseProblem[] {
  const seat = seats.find((s) => s.memberId === o.byMemberId && s.present);
  if (!rules.override.allowed || seat === undefined || !rules.override.roles.includes(seat.role)) return ['override_not_allowed'];
  return o.reason.trim().length < rules.override.minReasonLength ? ['override_reason_too_short'] : [];
}

/**
 * Scoring may close when the quorum is met, every present scoring member has scored and no
 * spread is left; a spread (only that) may be overridden by the chair with a written reason.
 */
export function checkClose(rules: CouncilRules, seats: readonly CouncilSeat[], scores: readonly MemberScore[], override?: SpreadOverride): CloseCheck {
  const tally = tallyCouncil(rules, seats, scores);
  const problems: CloseProblem[] = [];
  if (!tally.quorum.met) problems.push('quorum_not_met');
  if (tally.missing.length > 0 || tally.count === 0) problems.push('scores_missing');
  const spread = tally.flagged.length > 0;
  if (spread && override === undefined) problems.push('spread_unresolved');
  if (spread && override !== undefined) problems.push(...overrideProblems(rules, seats, override));
  if (problems.length > 0) return { ok: false, tally, problems, messages: problems.map((p) => CLOSE_PROBLEM_MESSAGES[p]) };
  return { ok: true, tally, overridden: spread && override !== undefined ? override : null };
}
