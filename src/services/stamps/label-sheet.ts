import { findLotByCode } from '../../db/repositories/lots.js';
import { stampsPage } from '../../db/repositories/stamps.js';
import type { LabelData } from '../../documents/label-sheet-pdf.js';
import type { Actor } from '../../domain/roles.js';
import { stampUri } from '../../domain/stamps/digital-link.js';
import type { LabelLayout } from '../../domain/stamps/label-layout.js';
import { labelLayouts } from '../../rules/stamps/index.js';
import { assertCanEditProducer } from '../access.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { ServiceError, conflict, invalid } from '../errors.js';
import { loadVisibleBatch } from './batch-access.js';

// The labels of an issued batch as a stream of LabelData read from the database a page at a
// time (keyset paging on position), so a sheet of a million labels needs constant memory. Each
// label carries the contract URL (design §4) built from the stamp's own lot. Voided codes are
// not printed. Who printed what is audited.

const PAGE = 1000;

export type StampCodes = { labels: AsyncIterable<LabelData>; batchId: number; productName: string };
export type LabelJob = { layout: LabelLayout; labels: AsyncIterable<LabelData>; filename: string; title: string };
export type CodeSelection = {
  actor: Actor; batchId: number; lot?: string | undefined; from?: number | undefined; to?: number | undefined;
  /** Aborted when the client goes away: the code source then ends and rendering stops. */
  signal?: AbortSignal | undefined;
};
export type LabelJobOptions = CodeSelection & { layout: string };

/**
 * The printable codes of an issued batch (voided ones left out), each with its contract URL,
 * for label sheets and for producers who print their own. `purpose` names the audit entry.
 */
export async function prepareStampCodes(ctx: ServiceContext, opts: CodeSelection, purpose: 'labels' | 'codes', detail: object = {}): Promise<StampCodes> {
  const { batch, product, producer } = await loadVisibleBatch(ctx.db, opts.actor, opts.batchId);
  await assertCanEditProducer(ctx.db, opts.actor, producer);
  if (batch.status !== 'issued') throw conflict(`The batch is ${batch.status}: its codes are available once it is issued`);
  const lot = opts.lot === undefined ? undefined : await findLotByCode(ctx.db, product.id, opts.lot);
  if (opts.lot !== undefined && lot === undefined) throw invalid('Unknown lot', [{ path: 'querystring.lot', message: 'no lot of this product has this code' }]);
  if (lot !== undefined && (await stampsPage(ctx.db, { batchId: batch.id, afterPosition: -1, limit: 1, lotId: lot.id })).length === 0) {
    throw new ServiceError(422, 'no-codes', 'No code of this batch is bound to that lot', [{ path: 'querystring.lot', message: 'bind codes to the lot first' }]);
  }
  const at = nowIso(ctx);
  await ctx.db.transaction().execute((trx) => recordAudit(trx, {
    actor: opts.actor, action: `stamp_batch.${purpose}`, entity: 'stamp_batch', entityId: batch.id, after: { ...detail, lot: opts.lot ?? null, from: opts.from ?? null, to: opts.to ?? null }, at,
  }));
  const stars = product.star === 4 || product.star === 5 ? product.star : 3;
  async function* labels(): AsyncGenerator<LabelData> {
    let after = (opts.from ?? 1) - 2;
    while (opts.signal?.aborted !== true) {
      const rows = await stampsPage(ctx.db, { batchId: batch.id, afterPosition: after, limit: PAGE, lotId: lot?.id, toPosition: opts.to === undefined ? undefined : opts.to - 1 });
      for (const r of rows) {
        if (r.status !== 'voided') yield { url: stampUri(ctx.publicUrl, { serial: r.serial, gtin: product.gtin, lot: r.lot_code }), serial: r.serial, productName: product.name, stars };
      }
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < PAGE) return;
      after = last.position;
    }
  }
  return { labels: labels(), batchId: batch.id, productName: product.name };
}

export async function prepareLabelSheet(ctx: ServiceContext, opts: LabelJobOptions): Promise<LabelJob> {
  const layout = labelLayouts().find((l) => l.id === opts.layout);
  if (layout === undefined) throw invalid('Unknown label layout', [{ path: 'querystring.layout', message: `one of ${labelLayouts().map((l) => l.id).join(', ')}` }]);
  const codes = await prepareStampCodes(ctx, opts, 'labels', { layout: layout.id });
  return {
    layout, labels: codes.labels,
    filename: `tem-ocop-${codes.batchId}-${layout.id}${opts.lot === undefined ? '' : `-${opts.lot}`}.pdf`,
    title: `Tem OCOP – ${codes.productName} – #${codes.batchId}`,
  };
}
