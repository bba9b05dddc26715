import { findIdea, insertIdea } from '../../db/repositories/ideas.js';
import { findProducer } from '../../db/repositories/producers.js';
import { findRound } from '../../db/repositories/rounds.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { assertProducerInScope, cycleScope, partiesOf } from './cycle-access.js';
import { assertProductOf } from './idea-checks.js';
import { type CreateIdeaInput, type IdeaDetailView, presentIdea, presentIdeaDetail } from './idea-input.js';

/** Producer members register for their own producer; commune officers must name the producer. */
function producerIdFor(actor: Actor, requested: number | undefined): number {
  if (actor.role === 'producer_member') return requested ?? actor.producerId ?? 0;
  if (requested === undefined) throw invalid('Name the producer the idea is registered for', [{ path: 'body.producerId', message: 'required' }]);
  return requested;
}

/**
 * Registers a product idea as a draft (phiếu đăng ký ý tưởng sản phẩm): by a producer member for
 * their producer, or by a commune officer on behalf of a producer in their commune.
 */
export async function createIdea(ctx: ServiceContext, opts: { actor: Actor; input: CreateIdeaInput }): Promise<IdeaDetailView> {
  const { actor, input } = opts;
  await cycleScope(ctx.db, actor);
  const parties = partiesOf(actor);
  if (!parties.includes('applicant')) throw forbidden('Only a producer, or its commune officer on its behalf, can register a product idea');
  const producerId = producerIdFor(actor, input.producerId);
  await assertProducerInScope(ctx.db, actor, await findProducer(ctx.db, producerId), 'body.producerId');
  if ((await findRound(ctx.db, input.roundId)) === undefined) throw invalid('Unknown round', [{ path: 'body.roundId', message: 'no such round' }]);
  await assertProductOf(ctx.db, input.productId, producerId, 'body.productId');
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertIdea(trx, {
      round_id: input.roundId, producer_id: producerId, product_id: input.productId ?? null, title: input.title,
      product_set: input.productSet, description: input.description, raw_materials: input.rawMaterials,
      expected_market: input.expectedMarket, status: 'draft', reason: null, created_by: actor.userId === 0 ? null : actor.userId,
      created_at: at, updated_at: at, submitted_at: null, decided_at: null,
    });
    const row = await findIdea(trx, id);
    if (row === undefined) throw notFound('Idea');
    const view = presentIdeaDetail(row, [], parties);
    await recordAudit(trx, { actor, action: 'idea.create', entity: 'idea', entityId: id, after: presentIdea(row), at });
    return view;
  });
}
