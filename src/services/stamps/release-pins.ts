import { takePinSeed } from '../../db/repositories/stamp-batches.js';
import { stampsPage } from '../../db/repositories/stamps.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { ServiceError, conflict, forbidden } from '../errors.js';
import { loadVisibleBatch } from './batch-access.js';
import { openPinSeed, pinFromSeed } from './pin-keys.js';
import { stampPolicy } from './stamp-policy.js';

// The one-time PIN file of a qr_pin batch (CSV: serial,pin) for the printer who applies the
// scratch-off coating. Only the person who requested the batch gets it, only once: the sealed
// seed is taken and erased in one conditional UPDATE inside the audited transaction, and the
// PINs are regenerated from it while streaming. Afterwards nothing, the platform included, can
// produce the PINs again; the database keeps only their keyed hashes.

const PAGE = 2000;

export type PinFile = { filename: string; lines: AsyncIterable<string> };

export async function releasePins(ctx: ServiceContext, opts: { actor: Actor; batchId: number }): Promise<PinFile> {
  const { actor } = opts;
  const { batch } = await loadVisibleBatch(ctx.db, actor, opts.batchId);
  if (batch.type !== 'qr_pin') throw conflict('Only qr_pin batches have PINs');
  if (batch.status !== 'issued') throw conflict(`The batch is ${batch.status}: PINs are released once it is issued`);
  if (batch.requested_by !== actor.userId) throw forbidden('Only the person who requested the batch can download its PINs');
  const at = nowIso(ctx);
  const sealed = await ctx.db.transaction().execute(async (trx) => {
    const taken = await takePinSeed(trx, batch.id, at);
    if (taken !== undefined) await recordAudit(trx, { actor, action: 'stamp_batch.pins.release', entity: 'stamp_batch', entityId: batch.id, after: { pinsReleasedAt: at }, at });
    return taken;
  });
  if (sealed === undefined) throw new ServiceError(410, 'pins-released', 'The PINs of this batch were already downloaded; they cannot be shown again');
  const seed = openPinSeed(ctx.secret, sealed, batch.id);
  const digits = stampPolicy().pinDigits;
  async function* lines(): AsyncGenerator<string> {
    yield 'serial,pin\r\n';
    let after = -1;
    for (;;) {
      const rows = await stampsPage(ctx.db, { batchId: batch.id, afterPosition: after, limit: PAGE });
      if (rows.length > 0) yield rows.map((r) => `${r.serial},${pinFromSeed(seed, r.serial, digits)}\r\n`).join('');
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < PAGE) return;
      after = last.position;
    }
  }
  return { filename: `pin-ocop-${batch.id}.csv`, lines: lines() };
}
