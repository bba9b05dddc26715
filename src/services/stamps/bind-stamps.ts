import { findProducer } from '../../db/repositories/producers.js';
import { bindStamps } from '../../db/repositories/stamps.js';
import type { Actor } from '../../domain/roles.js';
import { assertCanEditProducer } from '../access.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { recordBinding } from '../epcis/platform-stamps.js';
import { invalid, notFound } from '../errors.js';
import { loadVisibleLot } from './get-lot.js';
import type { StampSelectionInput } from './lot-input.js';
import { resolveSelection } from './stamp-selection.js';

/**
 * Binds issued codes of the lot's product to the lot, which activates them. Codes already bound
 * (to this or another lot) or voided are left alone and counted as skipped.
 */
export async function bindStampsToLot(ctx: ServiceContext, opts: { actor: Actor; lotId: number; selection: StampSelectionInput }) {
  const { actor } = opts;
  const lot = await loadVisibleLot(ctx.db, actor, opts.lotId);
  const producer = await findProducer(ctx.db, lot.producer_id);
  if (producer === undefined) throw notFound('Lot');
  await assertCanEditProducer(ctx.db, actor, producer);
  const resolved = await resolveSelection(ctx.db, opts.selection, 'body');
  if (resolved.productIds.some((id) => id !== lot.product_id)) throw invalid('The codes are not stamps of this lot\'s product', [{ path: 'body', message: 'codes of another product' }]);
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const bound = await bindStamps(trx, resolved.selection, lot.id, at);
    const result = { lotId: lot.id, selected: resolved.size, bound, skipped: resolved.size - bound };
    await recordBinding(trx, ctx.publicUrl, lot, { input: opts.selection, resolved, changed: bound }, at);
    await recordAudit(trx, { actor, action: 'lot.bind', entity: 'lot', entityId: lot.id, after: { ...result, selection: opts.selection }, at });
    return result;
  });
}
