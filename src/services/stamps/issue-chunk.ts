import { randomBytes } from 'node:crypto';
import { type BatchRow, findBatch, moveBatch } from '../../db/repositories/stamp-batches.js';
import { type NewStamp, existingPositions, insertNewStamps } from '../../db/repositories/stamps.js';
import type { Engine } from '../../db/database.js';
import { SYSTEM_ACTOR } from '../../domain/roles.js';
import { hashPin } from '../../domain/stamps/pin.js';
import { type RandomBytes, generateSerial } from '../../domain/stamps/serial.js';
import { recordAudit } from '../audit.js';
import { recordBatchIssued } from '../epcis/platform-stamps.js';
import { type ServiceContext, type Tx, nowIso } from '../context.js';
import { presentBatch } from './batch-output.js';
import { openPinSeed, pinFromSeed, pinKeyring } from './pin-keys.js';
import { notifyStampEvent } from './stamp-notices.js';
import { stampPolicy } from './stamp-policy.js';

// One step of issuing a batch: the next chunk of codes in one transaction together with the
// batch's progress counter, so after a crash the rows and the counter agree and the job resumes
// at `written`. Codes are written while the batch is 'issuing', which verification never reads;
// the last step flips the batch to 'issued' in one statement and every code becomes visible at
// once. A serial that collides with an existing one (unique index, ~2^-70 per pair) is drawn again.

export type ChunkHooks = {
  /** Test seam: runs inside the chunk's transaction before it commits; throwing rolls the chunk back, as a crash would. */
  readonly beforeCommit?: (info: { batchId: number; from: number; to: number }) => void | Promise<void>;
};

export type ChunkResult = 'progress' | 'issued' | 'idle';

const MAX_REDRAWS = 5;

/** Serves `generateSerial`'s small reads from one large random buffer per chunk. */
function pooledRandom(bytesNeeded: number): RandomBytes {
  let pool = randomBytes(bytesNeeded);
  let offset = 0;
  return (size) => {
    if (offset + size > pool.length) {
      pool = randomBytes(Math.max(size, 4096));
      offset = 0;
    }
    const out = pool.subarray(offset, offset + size);
    offset += size;
    return out;
  };
}

type RowMaker = (position: number, serial: string) => NewStamp;

function rowMaker(ctx: ServiceContext, batch: BatchRow, at: string): RowMaker {
  const seed = batch.type === 'qr_pin' && batch.pin_seed !== null ? openPinSeed(ctx.secret, batch.pin_seed, batch.id) : undefined;
  const keyring = pinKeyring(ctx.secret);
  const digits = stampPolicy().pinDigits;
  const bound = batch.lot_id !== null;
  return (position, serial) => {
    const pin = seed === undefined ? undefined : hashPin(keyring, serial, pinFromSeed(seed, serial, digits));
    return {
      serial, batch_id: batch.id, position, status: bound ? 'active' : 'issued', lot_id: batch.lot_id, activated_at: bound ? at : null,
      pin_key_id: pin?.keyId ?? null, pin_hash: pin?.hash ?? null,
    };
  };
}

async function writeChunk(trx: Tx, engine: Engine, batch: BatchRow, from: number, to: number, make: RowMaker): Promise<void> {
  const random = pooledRandom((to - from) * 9);
  let missing = Array.from({ length: to - from }, (_, i) => from + i);
  for (let attempt = 0; attempt <= MAX_REDRAWS && missing.length > 0; attempt += 1) {
    const inserted = await insertNewStamps(trx, engine, missing.map((p) => make(p, generateSerial(random))));
    if (inserted === missing.length) return;
    const present = await existingPositions(trx, batch.id, from, to);
    missing = missing.filter((p) => !present.has(p));
  }
  if (missing.length > 0) throw new Error(`batch ${batch.id}: could not draw unique serials for ${missing.length} positions`);
}

async function finish(ctx: ServiceContext, trx: Tx, batch: BatchRow, at: string): Promise<void> {
  if (!(await moveBatch(trx, batch.id, 'issuing', { status: 'issued', issued_at: at, updated_at: at }))) return;
  const after = await findBatch(trx, batch.id);
  await recordBatchIssued(trx, ctx.publicUrl, batch, at);
  await recordAudit(trx, { actor: SYSTEM_ACTOR, action: 'stamp_batch.issued', entity: 'stamp_batch', entityId: batch.id, after: after === undefined ? null : presentBatch(after), at });
  await notifyStampEvent(trx, {
    kind: 'stamp_batch.issued', producerId: batch.producer_id, audiences: ['producer'], actorId: null, at, link: `/portal/stamps/batches/${batch.id}`,
    title: { vi: `Đã phát hành ${batch.quantity} mã tem (lô yêu cầu #${batch.id})`, en: `${batch.quantity} stamp codes issued (batch #${batch.id})` },
  });
}

/** Writes the next chunk of an issuing batch, or flips it to issued when every code is written. */
export async function issueNextChunk(ctx: ServiceContext, opts: { batchId: number; chunkSize: number; hooks?: ChunkHooks }): Promise<ChunkResult> {
  const batch = await findBatch(ctx.db, opts.batchId);
  if (batch === undefined || batch.status !== 'issuing') return 'idle';
  const at = nowIso(ctx);
  if (batch.written >= batch.quantity) {
    await ctx.db.transaction().execute((trx) => finish(ctx, trx, batch, at));
    return 'issued';
  }
  const make = rowMaker(ctx, batch, at);
  const from = batch.written;
  const to = Math.min(from + opts.chunkSize, batch.quantity);
  await ctx.db.transaction().execute(async (trx) => {
    await writeChunk(trx, ctx.engine, batch, from, to, make);
    await opts.hooks?.beforeCommit?.({ batchId: batch.id, from, to });
    if (!(await moveBatch(trx, batch.id, 'issuing', { written: to, updated_at: at }))) throw new Error(`batch ${batch.id} stopped issuing meanwhile`);
  });
  return 'progress';
}
