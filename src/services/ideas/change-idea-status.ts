import { findIdea, insertIdeaTransition, listIdeaTransitions, updateIdeaInState } from '../../db/repositories/ideas.js';
import { findRound } from '../../db/repositories/rounds.js';
import { IDEA_MACHINE, type IdeaAction } from '../../domain/cycle/idea-machine.js';
import { checkTransition } from '../../domain/cycle/machine.js';
import { ideaIntakeOpen, vietnamDate } from '../../domain/cycle/round-dates.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { invalid, notFound } from '../errors.js';
import { type Mailer, deliverMail } from '../notifications/mailer.js';
import { notifyAudiences } from '../notifications/notify.js';
import { concurrentChange, transitionRefused } from './cycle-access.js';
import { loadIdea } from './idea-checks.js';
import { type IdeaDetailView, presentIdea, presentIdeaDetail } from './idea-input.js';

export type ChangeIdeaStatusOptions = { actor: Actor; ideaId: number; action: IdeaAction; reason?: string | undefined; mailer: Mailer };

/** A first submission must fall inside the round's idea intake window. */
async function assertIntakeOpen(ctx: ServiceContext, roundId: number): Promise<void> {
  const round = await findRound(ctx.db, roundId);
  if (round === undefined) throw notFound('Round');
  if (!ideaIntakeOpen({ ideaFrom: round.idea_from, ideaTo: round.idea_to }, vietnamDate(ctx.now()))) {
    throw invalid(`Idea intake for "${round.name}" is open from ${round.idea_from} to ${round.idea_to}`);
  }
}

/**
 * Submits, accepts, returns or rejects an idea. The transition table decides what is legal; the
 * change, its history row, the audit entry and the notifications commit together, and emails go
 * out after the commit.
 */
export async function changeIdeaStatus(ctx: ServiceContext, opts: ChangeIdeaStatusOptions): Promise<IdeaDetailView> {
  const { actor, action } = opts;
  const { row: before, parties } = await loadIdea(ctx.db, actor, opts.ideaId);
  const check = checkTransition(IDEA_MACHINE, before.status, action, parties, opts.reason);
  if (!check.ok) throw transitionRefused(check);
  const t = check.transition;
  if (t.from === 'draft' && t.action === 'submit') await assertIntakeOpen(ctx, before.round_id);
  const at = nowIso(ctx);
  const reason = opts.reason ?? null;
  const { view, mails } = await ctx.db.transaction().execute(async (trx) => {
    const patch = { status: t.to, reason, updated_at: at, ...(action === 'submit' ? { submitted_at: at, decided_at: null } : { decided_at: at }) };
    if (!(await updateIdeaInState(trx, before.id, before.status, patch))) throw concurrentChange('idea');
    await insertIdeaTransition(trx, { idea_id: before.id, at, action, from_status: t.from, to_status: t.to, reason, actor_id: actor.userId === 0 ? null : actor.userId, actor_username: actor.username });
    const row = await findIdea(trx, before.id);
    if (row === undefined) throw notFound('Idea');
    await recordAudit(trx, { actor, action: `idea.${action}`, entity: 'idea', entityId: row.id, before: presentIdea(before), after: presentIdea(row), at });
    const producer = { id: row.producer_id, unit_id: row.producer_unit_id };
    const mails = await notifyAudiences(trx, { notice: t.notice, producer, subject: row.title, link: `/portal/ideas/${row.id}`, actor, at });
    return { view: presentIdeaDetail(row, await listIdeaTransitions(trx, row.id), parties), mails };
  });
  await deliverMail(opts.mailer, mails);
  return view;
}
