import { insertCouncil, replaceSeats, findCouncil, seatsOf } from '../../db/repositories/councils.js';
import { isForeignKeyViolation } from '../../db/repositories/db-errors.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { invalid, notFound } from '../errors.js';
import { assertCanManageCouncils, checkSeats, rulesForSession } from './council-access.js';
import type { CreateCouncilInput } from './council-input.js';
import { type CouncilView, presentCouncil } from './council-output.js';

export async function createCouncil(ctx: ServiceContext, opts: { actor: Actor; input: CreateCouncilInput }): Promise<CouncilView> {
  const { actor, input } = opts;
  assertCanManageCouncils(actor);
  const rules = rulesForSession(input.sessionDate);
  await checkSeats(ctx.db, input.seats);
  const at = nowIso(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const id = await insertCouncil(trx, {
      name: input.name, round_id: input.roundId ?? null, session_date: input.sessionDate, rules_version: rules.id, notes: input.notes ?? null,
      created_by: actor.userId === 0 ? null : actor.userId, created_at: at, updated_at: at,
    }).catch((err: unknown) => {
      throw isForeignKeyViolation(err) ? invalid('Unknown round', [{ path: 'body.roundId', message: 'no such round' }]) : err;
    });
    await replaceSeats(trx, id, input.seats);
    await recordAudit(trx, { actor, action: 'council.create', entity: 'council', entityId: id, after: { ...input, rulesVersion: rules.id }, at });
    return id;
  });
  const council = await findCouncil(ctx.db, id);
  if (council === undefined) throw notFound('Council');
  return presentCouncil(council, await seatsOf(ctx.db, [id]));
}
