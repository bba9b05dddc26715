import { findBatch, moveBatch } from '../../db/repositories/stamp-batches.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict, forbidden } from '../errors.js';
import { loadVisibleBatch } from './batch-access.js';
import { type BatchView, presentBatch } from './batch-output.js';
import { certificateFacts, stampRefusal } from './certificate-facts.js';
import { newPinSeed, sealPinSeed } from './pin-keys.js';
import { notifyStampEvent } from './stamp-notices.js';

/**
 * Province staff approve a requested batch: it moves to 'issuing' and the in-process job writes
 * its codes (the caller wakes the job). The certificate is checked again: it may have expired or
 * been revoked since the request. A qr_pin batch gets its sealed PIN seed here.
 */
export async function approveStampBatch(ctx: ServiceContext, opts: { actor: Actor; batchId: number }): Promise<BatchView> {
  const { actor } = opts;
  if (!hasRole(actor, PROVINCE_STAFF)) throw forbidden('Only province staff approve stamp batches');
  const { batch, product } = await loadVisibleBatch(ctx.db, actor, opts.batchId);
  if (batch.status !== 'requested') throw conflict(`The batch is ${batch.status}, not awaiting approval`);
  const at = nowIso(ctx);
  const refusal = stampRefusal(await certificateFacts(ctx.db, product, at.slice(0, 10)), 'productId');
  if (refusal !== undefined) throw refusal;
  const pinSeed = batch.type === 'qr_pin' ? sealPinSeed(ctx.secret, newPinSeed(), batch.id) : null;
  return ctx.db.transaction().execute(async (trx) => {
    const moved = await moveBatch(trx, batch.id, 'requested', { status: 'issuing', pin_seed: pinSeed, decided_by: actor.userId === 0 ? null : actor.userId, decided_at: at, updated_at: at });
    if (!moved) throw conflict('The batch was decided by someone else meanwhile');
    const row = await findBatch(trx, batch.id);
    if (row === undefined) throw conflict('The batch disappeared');
    const view = presentBatch(row);
    await recordAudit(trx, { actor, action: 'stamp_batch.approve', entity: 'stamp_batch', entityId: batch.id, before: presentBatch(batch), after: view, at });
    await notifyStampEvent(trx, {
      kind: 'stamp_batch.approved', producerId: batch.producer_id, audiences: ['producer'], actorId: actor.userId, at, link: `/portal/stamps/batches/${batch.id}`,
      title: { vi: `Đã duyệt cấp ${batch.quantity} tem cho "${product.name}"`, en: `${batch.quantity} stamps approved for "${product.name}"` },
    });
    return view;
  });
}
