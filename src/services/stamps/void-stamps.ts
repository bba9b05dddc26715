import { findProducer } from '../../db/repositories/producers.js';
import { findProduct } from '../../db/repositories/products.js';
import { voidStamps } from '../../db/repositories/stamps.js';
import type { Actor } from '../../domain/roles.js';
import { assertCanEditProducer } from '../access.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { recordVoiding } from '../epcis/platform-stamps.js';
import { notFound } from '../errors.js';
import type { VoidStampsInput } from './lot-input.js';
import { resolveSelection } from './stamp-selection.js';

/** Voids damaged, lost or stolen codes: verification then says "voided" for them. */
export async function voidStampCodes(ctx: ServiceContext, opts: { actor: Actor; input: VoidStampsInput }) {
  const { actor, input } = opts;
  const resolved = await resolveSelection(ctx.db, input.selection, 'body.selection');
  for (const productId of resolved.productIds) {
    const product = await findProduct(ctx.db, productId);
    const producer = product === undefined ? undefined : await findProducer(ctx.db, product.producer_id);
    if (producer === undefined) throw notFound('Stamp');
    await assertCanEditProducer(ctx.db, actor, producer);
  }
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const voided = await voidStamps(trx, resolved.selection, input.reason, input.note ?? null, at);
    const result = { selected: resolved.size, voided, skipped: resolved.size - voided };
    await recordVoiding(trx, ctx.publicUrl, { input: input.selection, resolved, changed: voided }, input.reason, at);
    const entityId = 'batchId' in resolved.selection ? `batch:${resolved.selection.batchId}` : `batches:${resolved.producerBatchIds.join(',')}`;
    await recordAudit(trx, { actor, action: 'stamp.void', entity: 'stamp', entityId, after: { ...result, reason: input.reason, note: input.note ?? null, selection: input.selection }, at });
    return result;
  });
}
