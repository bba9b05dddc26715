import type { Updateable } from 'kysely';
import { findIdea, listIdeaTransitions, updateIdeaInState } from '../../db/repositories/ideas.js';
import type { ProductIdeaTable } from '../../db/schema-cycle.js';
import { IDEA_MACHINE } from '../../domain/cycle/idea-machine.js';
import { canEdit } from '../../domain/cycle/machine.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { ServiceError, forbidden, notFound } from '../errors.js';
import { concurrentChange } from './cycle-access.js';
import { assertProductOf, loadIdea } from './idea-checks.js';
import { type IdeaDetailView, type UpdateIdeaInput, presentIdea, presentIdeaDetail } from './idea-input.js';

function toPatch(i: UpdateIdeaInput, at: string): Updateable<ProductIdeaTable> {
  const p: Updateable<ProductIdeaTable> = { updated_at: at };
  if (i.productId !== undefined) p.product_id = i.productId;
  if (i.title !== undefined) p.title = i.title;
  if (i.productSet !== undefined) p.product_set = i.productSet;
  if (i.description !== undefined) p.description = i.description;
  if (i.rawMaterials !== undefined) p.raw_materials = i.rawMaterials;
  if (i.expectedMarket !== undefined) p.expected_market = i.expectedMarket;
  return p;
}

/** The applicant edits a draft, or a returned idea before resubmitting it. */
export async function updateIdea(ctx: ServiceContext, opts: { actor: Actor; ideaId: number; input: UpdateIdeaInput }): Promise<IdeaDetailView> {
  const { row: before, parties } = await loadIdea(ctx.db, opts.actor, opts.ideaId);
  if (!parties.includes('applicant')) throw forbidden('Only the producer, or its commune officer on its behalf, can edit an idea');
  if (!canEdit(IDEA_MACHINE, before.status, parties)) {
    const state = IDEA_MACHINE.stateNames[before.status];
    throw new ServiceError(409, 'illegal-transition', `Không thể sửa ý tưởng sản phẩm ở trạng thái «${state.vi}» — Cannot edit an idea in state ${before.status}`);
  }
  await assertProductOf(ctx.db, opts.input.productId, before.producer_id, 'body.productId');
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await updateIdeaInState(trx, before.id, before.status, toPatch(opts.input, at)))) throw concurrentChange('idea');
    const row = await findIdea(trx, before.id);
    if (row === undefined) throw notFound('Idea');
    await recordAudit(trx, { actor: opts.actor, action: 'idea.update', entity: 'idea', entityId: row.id, before: presentIdea(before), after: presentIdea(row), at });
    return presentIdeaDetail(row, await listIdeaTransitions(trx, row.id), parties);
  });
}
