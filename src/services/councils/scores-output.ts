import { z } from 'zod';
import type { SeatRow } from '../../db/repositories/councils.js';
import type { DossierRow } from '../../db/repositories/dossiers.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { answerSheets, sheetOf } from '../dossiers/dossier-sheet.js';
import { councilStar } from './council-star.js';
import { type CouncilState, latestRows, parseParts } from './council-tally.js';

// Who sees which scores. Members score independently: a seated member sees nothing of the others'
// sheets until they have submitted their own (the server enforces it, not the portal). Province
// staff without a seat follow the session; the producer and the commune see the council's
// result once scoring is closed, never the individual sheets.

const Visibility = z.enum(['full', 'own_only', 'summary', 'none']);
type Visibility = z.infer<typeof Visibility>;

const MemberScoreOutput = z.object({
  memberId: z.number().int(), username: z.string(), councilRole: z.string().nullable(), round: z.number().int(), total: z.number(),
  parts: z.record(z.string(), z.number()), star: z.number().int(), submittedAt: z.string(), latest: z.boolean(),
});

export const ScoresOutput = z.object({
  dossierId: z.number().int(),
  councilId: z.number().int(),
  visibility: Visibility.describe('full; own_only (score first to see the others); summary (result only); none (not closed yet)'),
  quorum: z.object({ seats: z.number().int(), present: z.number().int(), required: z.number().int(), chairPresent: z.boolean(), met: z.boolean() }),
  expected: z.number().int().describe('present scoring members'),
  scored: z.number().int(),
  missing: z.array(z.string()).describe('usernames of present members who have not scored'),
  mean: z.number().nullable().describe('exact mean of the latest totals (for the band)'),
  displayScore: z.number().nullable().describe('the mean truncated to 2 decimals'),
  partMeans: z.record(z.string(), z.number()),
  star: z.number().int().nullable().describe("the council's star: the band of the mean, capped by the star markers on the mean sheet"),
  flagged: z.array(z.string()).describe('usernames whose totals are outside the allowed spread: they re-score'),
  scores: z.array(MemberScoreOutput),
  own: MemberScoreOutput.extend({ flagged: z.boolean(), mayRescore: z.boolean() }).nullable(),
});
export type ScoresView = z.infer<typeof ScoresOutput>;

function visibilityFor(actor: Actor, seat: SeatRow | undefined, row: DossierRow, hasOwn: boolean): Visibility {
  const closed = row.state !== 'council_scoring';
  if (seat !== undefined) return closed || hasOwn ? 'full' : 'own_only';
  if (hasRole(actor, PROVINCE_STAFF)) return 'full';
  return closed && row.closed_at !== null ? 'summary' : 'none';
}

export function presentScores(state: CouncilState, row: DossierRow, actor: Actor, seat: SeatRow | undefined): ScoresView {
  const { tally } = state;
  const latest = latestRows(state);
  const name = (id: number) => state.seats.find((s) => s.user_id === id)?.username ?? String(id);
  const present = (s: CouncilState['scores'][number]) => ({
    memberId: s.member_id, username: s.username, councilRole: state.seats.find((x) => x.user_id === s.member_id)?.role ?? null, round: s.round,
    total: s.total, parts: parseParts(s.parts), star: s.star, submittedAt: s.submitted_at, latest: latest.includes(s),
  });
  const ownRow = latest.find((s) => s.member_id === actor.userId);
  const visibility = visibilityFor(actor, seat, row, ownRow !== undefined);
  const shows = visibility === 'full' || visibility === 'summary';
  const flaggedIds = tally.flagged.map(Number);
  const { version, sheet } = sheetOf(row);
  const sheets = answerSheets(latest.filter((s) => tally.expected.includes(String(s.member_id))));
  return {
    dossierId: row.id, councilId: state.council.id, visibility, quorum: tally.quorum, expected: tally.expected.length, scored: tally.count,
    missing: tally.missing.map((id) => name(Number(id))),
    mean: shows ? tally.mean : null, displayScore: shows ? tally.displayScore : null, partMeans: shows ? tally.partMeans : {},
    star: shows && tally.mean !== null ? councilStar(version, sheet, sheets, tally.mean).star : null,
    flagged: visibility === 'full' ? flaggedIds.map(name) : [],
    scores: visibility === 'full' ? state.scores.map(present) : [],
    own: ownRow === undefined ? null : { ...present(ownRow), flagged: flaggedIds.includes(actor.userId), mayRescore: row.state === 'council_scoring' && flaggedIds.includes(actor.userId) },
  };
}
