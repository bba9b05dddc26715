import type { Kysely } from 'kysely';
import { type CouncilRow, type ScoreRow, type SeatRow, findCouncil, scoresOf, seatsOf } from '../../db/repositories/councils.js';
import type { DossierRow } from '../../db/repositories/dossiers.js';
import type { DB } from '../../db/schema.js';
import { type CouncilRules, type CouncilSeat, type CouncilTally, type MemberScore, latestScores, tallyCouncil } from '../../domain/evaluation/council-scoring.js';
import { ServiceError, notFound } from '../errors.js';
import { rulesOfCouncil } from './council-access.js';

// The council's scores for one dossier, in the shapes the domain tally takes: seats with their
// presence, and every member's sheets (a re-score is a higher round; the latest counts).

export type CouncilState = {
  council: CouncilRow;
  rules: CouncilRules;
  seats: SeatRow[];
  scores: ScoreRow[];
  domainSeats: CouncilSeat[];
  domainScores: MemberScore[];
  tally: CouncilTally;
};

export function parseParts(json: string): Record<string, number> {
  const v: unknown = JSON.parse(json);
  if (typeof v !== 'object' || v === null) return {};
  return Object.fromEntries(Object.entries(v).flatMap(([k, x]) => (typeof x === 'number' ? [[k, x]] : [])));
}

export async function loadCouncilState(db: Kysely<DB>, row: Pick<DossierRow, 'id' | 'council_id'>): Promise<CouncilState> {
  if (row.council_id === null) throw new ServiceError(409, 'no-council', 'The dossier has not been sent to a council — Hồ sơ chưa được chuyển ra Hội đồng');
  const council = await findCouncil(db, row.council_id);
  if (council === undefined) throw notFound('Council');
  const rules = rulesOfCouncil(council);
  const [seats, scores] = await Promise.all([seatsOf(db, [council.id]), scoresOf(db, row.id, council.id)]);
  const domainSeats = seats.map((s) => ({ memberId: String(s.user_id), role: s.role, present: s.present === 1 }));
  const domainScores = scores.map((s) => ({ memberId: String(s.member_id), round: s.round, total: s.total, parts: parseParts(s.parts) }));
  return { council, rules, seats, scores, domainSeats, domainScores, tally: tallyCouncil(rules, domainSeats, domainScores) };
}

/** Each member's latest score rows (the rows behind the domain's latestScores). */
export function latestRows(state: CouncilState): ScoreRow[] {
  const latest = latestScores(state.domainScores);
  return state.scores.filter((s) => latest.some((l) => l.memberId === String(s.member_id) && l.round === s.round));
}
