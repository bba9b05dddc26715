import { scansOfLot } from '../../db/repositories/epcis-journey.js';
import { findProduct } from '../../db/repositories/products.js';
import { scanObserveEvent, type PlatformEvent } from '../../domain/epcis/platform-events.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { notFound } from '../errors.js';
import { loadVisibleLot } from '../stamps/get-lot.js';

// Buyers' scans of a lot's codes exported as EPCIS OBSERVE events, on request. They are not
// stored as events: a popular product is scanned far more often than anything else happens to
// it, the scan log already holds them (without addresses), and they would drown the journey in
// GET /epcis/events. The export is an EPCIS 2.0 document a partner system can capture as is.

export const EPCIS_CONTEXT = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';

export type ScanExport = {
  '@context': string[];
  type: 'EPCISDocument';
  schemaVersion: '2.0';
  creationDate: string;
  epcisBody: { eventList: PlatformEvent[] };
};

export async function exportLotScans(ctx: ServiceContext, opts: { actor: Actor; lotId: number; limit: number }): Promise<ScanExport> {
  const lot = await loadVisibleLot(ctx.db, opts.actor, opts.lotId);
  const product = await findProduct(ctx.db, lot.product_id);
  if (product === undefined) throw notFound('Lot');
  const scans = await scansOfLot(ctx.db, lot.id, opts.limit);
  const eventList = scans.reverse().map((s) => scanObserveEvent(ctx.publicUrl, { at: s.at, serial: s.serial, gtin: product.gtin, province: s.province, outcome: s.outcome }));
  return { '@context': [EPCIS_CONTEXT], type: 'EPCISDocument', schemaVersion: '2.0', creationDate: ctx.now().toISOString(), epcisBody: { eventList } };
}
