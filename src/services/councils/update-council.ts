import { replaceSeats, seatsOf, updateCouncilRow } from '../../db/repositories/councils.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { assertCanManageCouncils, checkSeats, loadCouncil, rulesForSession } from './council-access.js';
import type { UpdateCouncilInput } from './council-input.js';
import { type CouncilView, presentCouncil } from './council-output.js';

// Changes a council: its name, date, notes, or its seats (a replacement list, e.g. to record a
// member absent from the session). Scores already given stay; the tally counts the present seats.

export async function updateCouncil(ctx: ServiceContext, opts: { actor: Actor; councilId: number; input: UpdateCouncilInput }): Promise<CouncilView> {
  const { actor, input } = opts;
  assertCanManageCouncils(actor);
  const before = await loadCouncil(ctx.db, actor, opts.councilId);
  const rules = input.sessionDate === undefined ? undefined : rulesForSession(input.sessionDate);
  if (input.seats !== undefined) await checkSeats(ctx.db, input.seats);
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await updateCouncilRow(trx, before.id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.sessionDate !== undefined && rules !== undefined ? { session_date: input.sessionDate, rules_version: rules.id } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      ...(input.roundId !== undefined ? { round_id: input.roundId } : {}),
      updated_at: at,
    });
    const seatsBefore = await seatsOf(trx, [before.id]);
    if (input.seats !== undefined) await replaceSeats(trx, before.id, input.seats);
    await recordAudit(trx, { actor, action: 'council.update', entity: 'council', entityId: before.id, before: { ...before, seats: seatsBefore.map((s) => ({ userId: s.user_id, role: s.role, present: s.present === 1 })) }, after: input, at });
  });
  const after = await loadCouncil(ctx.db, actor, before.id);
  return presentCouncil(after, await seatsOf(ctx.db, [after.id]));
}
