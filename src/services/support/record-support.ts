import { findProducer } from '../../db/repositories/producers.js';
import { findSupport, insertSupport } from '../../db/repositories/support.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { notFound } from '../errors.js';
import { assertProducerInScope } from '../ideas/cycle-access.js';
import { assertRoundExists, assertSupportRecorder } from './support-checks.js';
import { type RecordSupportInput, type SupportView, presentSupport } from './support-input.js';

/** Records a support activity (training, consulting, credit, …) given to a producer, with its cost and funding source. */
export async function recordSupport(ctx: ServiceContext, opts: { actor: Actor; input: RecordSupportInput }): Promise<SupportView> {
  const { actor, input } = opts;
  assertSupportRecorder(actor);
  await assertProducerInScope(ctx.db, actor, await findProducer(ctx.db, input.producerId), 'body.producerId');
  await assertRoundExists(ctx.db, input.roundId);
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertSupport(trx, {
      producer_id: input.producerId, round_id: input.roundId ?? null, kind: input.kind, activity_date: input.date,
      description: input.description, cost_vnd: input.costVnd, funding_source: input.fundingSource,
      created_by: actor.userId === 0 ? null : actor.userId, created_at: at, updated_at: at,
    });
    const row = await findSupport(trx, id);
    if (row === undefined) throw notFound('Support activity');
    const view = presentSupport(row);
    await recordAudit(trx, { actor, action: 'support.create', entity: 'support_activity', entityId: id, after: view, at });
    return view;
  });
}
