import { findById } from '../../domain/evaluation/types.js';
import { checkClose, CLOSE_PROBLEM_MESSAGES } from '../../domain/evaluation/council-scoring.js';
import { decideOutcome } from '../../domain/evaluation/decisions.js';
import type { Actor } from '../../domain/roles.js';
import { certificationRules } from '../../rules/evaluation/index.js';
import type { ServiceContext } from '../context.js';
import { ServiceError } from '../errors.js';
import type { Mailer } from '../notifications/mailer.js';
import { loadDossier } from '../dossiers/dossier-access.js';
import type { DossierDetailView } from '../dossiers/dossier-output.js';
import { answerSheets, sheetOf } from '../dossiers/dossier-sheet.js';
import { checkStep, takeStep } from '../dossiers/dossier-step.js';
import { councilStar } from './council-star.js';
import { latestRows, loadCouncilState } from './council-tally.js';

// The chair (or the secretary) closes scoring once the council may close (checkClose: quorum,
// every present member scored, no spread left, or the chair's written override of the spread).
// The result is fixed here: the exact mean for the band, the council's star, and what follows
// under the certification rules of the filing date (decideOutcome).

export async function closeScoring(ctx: ServiceContext, opts: { actor: Actor; dossierId: number; override?: { reason: string } | undefined; reason?: string | undefined; mailer: Mailer }): Promise<DossierDetailView> {
  const { actor } = opts;
  const loaded = await loadDossier(ctx.db, actor, opts.dossierId);
  checkStep({ actor, loaded, action: 'close_scoring', facts: ['council_closable'] });
  const { row } = loaded;
  const state = await loadCouncilState(ctx.db, row);
  const override = opts.override === undefined ? undefined : { byMemberId: String(actor.userId), reason: opts.override.reason };
  const check = checkClose(state.rules, state.domainSeats, state.domainScores, override);
  if (!check.ok) {
    const detail = check.messages.map((m) => `${m.vi} — ${m.en}`).join(' ');
    throw new ServiceError(409, 'precondition-failed', detail, check.problems.map((p) => ({ path: p.startsWith('override') ? 'body.override.reason' : 'council', message: CLOSE_PROBLEM_MESSAGES[p].en })));
  }
  const { tally } = check;
  const mean = tally.mean ?? 0;
  const { version, sheet } = sheetOf(row);
  const sheets = answerSheets(latestRows(state).filter((s) => tally.expected.includes(String(s.member_id))));
  const star = councilStar(version, sheet, sheets, mean).star;
  const rules = findById(certificationRules().versions, row.rules_version ?? '');
  if (rules === undefined) throw new Error(`dossier ${row.id} has no certification rules version`);
  const outcome = decideOutcome(rules, { star, total: mean });
  const patch = {
    result_kind: outcome.kind, result_star: outcome.star, result_total: mean, result_display: tally.displayScore, result_part_means: JSON.stringify(tally.partMeans),
    close_override: check.overridden?.reason ?? null, closed_at: ctx.now().toISOString(),
  };
  return takeStep(ctx, { actor, loaded, action: 'close_scoring', reason: opts.reason, facts: ['council_closable'], mailer: opts.mailer, effects: { patch } });
}
