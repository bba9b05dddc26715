import { insertScore } from '../../db/repositories/councils.js';
import { isUniqueViolation } from '../../db/repositories/db-errors.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { ServiceError, conflict, forbidden } from '../errors.js';
import { type Mailer, deliverMail } from '../notifications/mailer.js';
import { type LoadedDossier, loadDossier } from '../dossiers/dossier-access.js';
import { dossierLink, notifyEvaluation } from '../dossiers/dossier-notices.js';
import { asCase, asProducerType, classifyOnSheet } from '../dossiers/dossier-sheet.js';
import type { ScoreInput } from './council-input.js';
import { type CouncilState, loadCouncilState } from './council-tally.js';
import { type ScoresView, presentScores } from './scores-output.js';

// A council member's score sheet for a dossier in council scoring. Each present member scores
// once; a second sheet is a re-score, allowed only to a member whose total the spread rule flags
// (a new round; the latest counts). When every present member has scored and the spread flags
// someone, the flagged members are told to discuss and re-score.

function nextRound(state: CouncilState, actor: Actor): number {
  const mine = state.scores.filter((s) => s.member_id === actor.userId);
  if (mine.length === 0) return 1;
  if (!state.tally.flagged.includes(String(actor.userId))) {
    throw conflict('Bạn đã chấm điểm hồ sơ này; chỉ chấm lại khi điểm bị đánh dấu chênh lệch — You have scored this dossier; re-scoring is for flagged members only');
  }
  return Math.max(...mine.map((s) => s.round)) + 1;
}

function assertMaySubmit(loaded: LoadedDossier, state: CouncilState): void {
  const { row, seat } = loaded;
  if (row.state !== 'council_scoring') throw new ServiceError(409, 'illegal-transition', `Hồ sơ không ở bước Hội đồng chấm điểm — The dossier is not in council scoring (state ${row.state})`);
  if (seat === undefined || !state.rules.scoringRoles.includes(seat.role)) throw forbidden('Only members seated on this dossier\'s council score it — Chỉ thành viên Hội đồng được chấm điểm');
  if (seat.present !== 1) throw conflict('Biên bản ghi nhận bạn vắng mặt — You are recorded absent from this session');
}

export async function submitScore(ctx: ServiceContext, opts: { actor: Actor; dossierId: number; input: ScoreInput; mailer: Mailer }): Promise<ScoresView> {
  const { actor, input } = opts;
  const loaded = await loadDossier(ctx.db, actor, opts.dossierId);
  const { row } = loaded;
  const state = await loadCouncilState(ctx.db, row);
  assertMaySubmit(loaded, state);
  const round = nextRound(state, actor);
  const set = { answers: input.answers, producerType: input.producerType ?? asProducerType(row.producer_type), case: input.case ?? asCase(row.provider_case) };
  const result = classifyOnSheet(row, set);
  const parts = Object.fromEntries(result.parts.map((p) => [p.code, p.points]));
  const at = nowIso(ctx);
  const mails = await ctx.db.transaction().execute(async (trx) => {
    await insertScore(trx, {
      dossier_id: row.id, council_id: state.council.id, member_id: actor.userId, round, answers: JSON.stringify(input.answers), producer_type: set.producerType,
      provider_case: set.case, total: result.total, parts: JSON.stringify(parts), star: result.star, submitted_at: at,
    }).catch((err: unknown) => { throw isUniqueViolation(err) ? conflict('This score was already submitted') : err; });
    await recordAudit(trx, { actor, action: 'council.score', entity: 'dossier', entityId: row.id, after: { councilId: state.council.id, round, total: result.total, star: result.star }, at });
    const after = await loadCouncilState(trx, row);
    if (after.tally.missing.length > 0 || after.tally.flagged.length === 0) return [];
    const userIds = after.tally.flagged.map(Number);
    return notifyEvaluation(trx, { kind: 'dossier.rescore', audiences: [], userIds, producer: { id: row.producer_id, unit_id: row.producer_unit_id }, subject: row.product_name, link: dossierLink(row.id), actor, at });
  });
  await deliverMail(opts.mailer, mails);
  return presentScores(await loadCouncilState(ctx.db, row), row, actor, loaded.seat);
}
