import { findBatch, moveBatch } from '../../db/repositories/stamp-batches.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict, forbidden } from '../errors.js';
import { loadVisibleBatch } from './batch-access.js';
import { type BatchView, presentBatch } from './batch-output.js';
import { notifyStampEvent } from './stamp-notices.js';

/** Province staff turn down a requested batch, saying why. */
export async function rejectStampBatch(ctx: ServiceContext, opts: { actor: Actor; batchId: number; reason: string }): Promise<BatchView> {
  const { actor } = opts;
  if (!hasRole(actor, PROVINCE_STAFF)) throw forbidden('Only province staff decide on stamp batches');
  const { batch, product } = await loadVisibleBatch(ctx.db, actor, opts.batchId);
  if (batch.status !== 'requested') throw conflict(`The batch is ${batch.status}, not awaiting approval`);
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const moved = await moveBatch(trx, batch.id, 'requested', { status: 'rejected', reason: opts.reason, decided_by: actor.userId === 0 ? null : actor.userId, decided_at: at, updated_at: at });
    if (!moved) throw conflict('The batch was decided by someone else meanwhile');
    const row = await findBatch(trx, batch.id);
    if (row === undefined) throw conflict('The batch disappeared');
    const view = presentBatch(row);
    await recordAudit(trx, { actor, action: 'stamp_batch.reject', entity: 'stamp_batch', entityId: batch.id, before: presentBatch(batch), after: view, at });
    await notifyStampEvent(trx, {
      kind: 'stamp_batch.rejected', producerId: batch.producer_id, audiences: ['producer'], actorId: actor.userId, at, link: `/portal/stamps/batches/${batch.id}`,
      title: { vi: `Yêu cầu tem cho "${product.name}" bị từ chối: ${opts.reason}`, en: `Stamp request for "${product.name}" rejected: ${opts.reason}` },
    });
    return view;
  });
}
