import { findLot } from '../../db/repositories/lots.js';
import { findProducer } from '../../db/repositories/producers.js';
import { findProduct } from '../../db/repositories/products.js';
import { insertBatch } from '../../db/repositories/stamp-batches.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { scopeAllows } from '../../domain/scope.js';
import { producerScope } from '../access.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { forbidden, invalid } from '../errors.js';
import type { RequestBatchInput } from './batch-input.js';
import { type BatchView, presentBatch } from './batch-output.js';
import { certificateFacts, stampRefusal } from './certificate-facts.js';
import { notifyStampEvent } from './stamp-notices.js';

/** A producer member (for its own certified product) or province staff asks for a batch of stamps. */
export async function requestStampBatch(ctx: ServiceContext, opts: { actor: Actor; input: RequestBatchInput }): Promise<BatchView> {
  const { actor, input } = opts;
  if (actor.role !== 'producer_member' && !hasRole(actor, PROVINCE_STAFF)) throw forbidden('Only a producer member or province staff can request stamps');
  const product = await findProduct(ctx.db, input.productId);
  const producer = product === undefined ? undefined : await findProducer(ctx.db, product.producer_id);
  if (product === undefined || producer === undefined || !scopeAllows(await producerScope(ctx.db, actor), producer)) {
    throw invalid('Unknown product', [{ path: 'body.productId', message: 'no such product' }]);
  }
  const at = nowIso(ctx);
  const refusal = stampRefusal(await certificateFacts(ctx.db, product, at.slice(0, 10)), 'body.productId');
  if (refusal !== undefined) throw refusal;
  const lotId = input.lotId ?? null;
  if (lotId !== null && (await findLot(ctx.db, lotId))?.product_id !== product.id) {
    throw invalid('The lot is not a lot of this product', [{ path: 'body.lotId', message: 'no such lot of the product' }]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertBatch(trx, {
      product_id: product.id, producer_id: producer.id, lot_id: lotId, type: input.type, quantity: input.quantity, status: 'requested', written: 0,
      reason: null, expected_provinces: JSON.stringify(input.expectedProvinces ?? []), pin_seed: null, pins_released_at: null,
      requested_by: actor.userId === 0 ? null : actor.userId, requested_at: at, decided_by: null, decided_at: null, issued_at: null, updated_at: at,
    });
    const view = presentBatch(row);
    await recordAudit(trx, { actor, action: 'stamp_batch.request', entity: 'stamp_batch', entityId: row.id, after: view, at });
    await notifyStampEvent(trx, {
      kind: 'stamp_batch.requested', producerId: producer.id, audiences: ['office'], actorId: actor.userId, at, link: `/portal/stamps/batches/${row.id}`,
      title: { vi: `Yêu cầu cấp ${input.quantity} tem cho "${product.name}"`, en: `Request for ${input.quantity} stamps for "${product.name}"` },
    });
    return view;
  });
}
