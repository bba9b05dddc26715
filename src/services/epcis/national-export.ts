import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { codesOfLot, eventsOfLot, identifiersOf, lotsOfStampSerials } from '../../db/repositories/epcis-journey.js';
import { findLot, type LotRow } from '../../db/repositories/lots.js';
import { findProducer } from '../../db/repositories/producers.js';
import { findProduct } from '../../db/repositories/products.js';
import type { DB } from '../../db/schema.js';
import { lotClass, stampEpc } from '../../domain/epcis/platform-events.js';
import type { Actor } from '../../domain/roles.js';
import { csvLine } from '../registry-io/csv.js';
import type { ServiceContext } from '../context.js';
import { notFound } from '../errors.js';
import { loadVisibleLot } from '../stamps/get-lot.js';
import { presentJourneyEvent } from './journey-read.js';
import { serialOfEpc } from './timeline-stamp.js';

// The data set Circular 02/2024/TT-BKHCN asks a traceability system to share with the national
// portal, per lot: product, producer (name, address), production time, trace code and serials,
// expiry, and the one-step-back / one-step-forward links (Art. 6). The portal publishes no API
// (docs/epcis.md), so the data set goes through an adapter: today a file/JSON adapter that
// renders JSON or CSV (and writes it to a folder when given one); a portal client can implement
// the same type later without touching the data set.

export const EXPORT_FORMATS = ['json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Codes listed one by one; a bigger lot gives the count and the first ones. */
const MAX_LISTED_CODES = 10_000;

export type TraceLink = { kind: 'raw-material-area' | 'origin' | 'source-lot' | 'destination'; name: string; at: string | null; ref: string | null };

export type NationalDataset = {
  standard: 'Circular 02/2024/TT-BKHCN';
  generatedAt: string;
  product: { id: number; name: string; nameEn: string | null; gtin: string | null; star: number | null; url: string };
  producer: { id: number; name: string; address: string | null; taxCode: string | null };
  lot: { id: number; code: string; traceCode: string; productionDate: string; expiryDate: string | null; quantity: number | null };
  productionTime: string;
  codes: { total: number; listed: { serial: string; uri: string; status: string }[] };
  oneStepBack: TraceLink[];
  oneStepForward: TraceLink[];
};

export type AdapterResult = { contentType: string; filename: string; body: string; location: string | null };

/** Where a data set goes: a file today, the national portal once it publishes an interface. */
export type NationalPortalAdapter = {
  readonly name: string;
  submit(dataset: NationalDataset, format: ExportFormat): Promise<AdapterResult>;
};

const CSV_HEADER = ['product', 'gtin', 'producer', 'producer_address', 'lot', 'trace_code', 'production_date', 'production_time', 'expiry_date', 'serial', 'code_uri', 'code_status', 'one_step_back', 'one_step_forward'];

/** The calendar day in Vietnam (UTC+7) of an instant, or the date itself. */
const vietnamDay = (at: string): string => (at.length <= 10 ? at : new Date(Date.parse(at) + 7 * 3_600_000).toISOString().slice(0, 10));
const links = (l: readonly TraceLink[]): string => l.map((x) => (x.at === null ? x.name : `${x.name} (${vietnamDay(x.at)})`)).join('; ');

export function datasetCsv(d: NationalDataset): string {
  const fixed = [d.product.name, d.product.gtin, d.producer.name, d.producer.address, d.lot.code, d.lot.traceCode, d.lot.productionDate, d.productionTime, d.lot.expiryDate];
  const tail = [links(d.oneStepBack), links(d.oneStepForward)];
  const rows = d.codes.listed.length === 0 ? [[...fixed, null, null, null, ...tail]] : d.codes.listed.map((c) => [...fixed, c.serial, c.uri, c.status, ...tail]);
  return `\uFEFF${csvLine(CSV_HEADER)}${rows.map(csvLine).join('')}`;
}

/** Renders JSON or CSV; with a folder, also writes `{lot code}.{format}` there. */
export function fileAdapter(folder?: string): NationalPortalAdapter {
  return {
    name: 'file',
    async submit(dataset, format) {
      const body = format === 'csv' ? datasetCsv(dataset) : `${JSON.stringify(dataset, null, 2)}\n`;
      const filename = `ocop-trace-lot-${dataset.lot.id}-${dataset.lot.code.replace(/[^A-Za-z0-9._-]/g, '_')}.${format}`;
      let location: string | null = null;
      if (folder !== undefined) {
        await mkdir(folder, { recursive: true });
        location = join(folder, filename);
        await writeFile(location, body, 'utf8');
      }
      return { contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8', filename, body, location };
    },
  };
}

const BACK_STEPS = new Set(['planting', 'raising', 'vaccinating', 'harvesting', 'slaughtering', 'processing']);
const FORWARD_STEPS = new Set(['shipping', 'receiving']);
const PRODUCTION_STEPS = new Set(['harvesting', 'slaughtering', 'processing', 'packing']);

/** Lots of the leg rings linked to this lot's packages (the flock a chicken came from). */
async function sourceLots(db: Kysely<DB>, publicUrl: string, lotId: number, rows: Awaited<ReturnType<typeof eventsOfLot>>): Promise<TraceLink[]> {
  const children = await identifiersOf(db, rows.filter((r) => r.event_type === 'AssociationEvent').map((r) => r.id), 'child');
  const serials = children.flatMap((c) => serialOfEpc(publicUrl, c.epc) ?? []);
  const lotIds = [...new Set((await lotsOfStampSerials(db, serials)).flatMap((r) => (r.lot_id === null || r.lot_id === lotId ? [] : [r.lot_id])))];
  const out: TraceLink[] = [];
  for (const id of lotIds) {
    const lot = await findLot(db, id);
    const product = lot === undefined ? undefined : await findProduct(db, lot.product_id);
    if (lot !== undefined && product !== undefined) out.push({ kind: 'source-lot', name: `${product.name} – ${lot.code}`, at: lot.production_date, ref: lotClass(publicUrl, product, lot.code) });
  }
  return out;
}

export async function buildNationalDataset(ctx: ServiceContext, lot: LotRow): Promise<NationalDataset> {
  const [product, producer] = await Promise.all([findProduct(ctx.db, lot.product_id), findProducer(ctx.db, lot.producer_id)]);
  if (product === undefined || producer === undefined) throw notFound('Lot');
  const rows = await eventsOfLot(ctx.db, lot.id, 500);
  const events = rows.filter((r) => r.event_type === 'ObjectEvent').map((r) => presentJourneyEvent(ctx.publicUrl, r));
  const step = (keys: Set<string>, kind: TraceLink['kind']) => events.filter((e) => e.step !== null && keys.has(e.step) && e.place !== null).map((e) => ({ kind, name: `${e.label.vi}: ${e.place ?? ''}`, at: e.at, ref: null }));
  const area: TraceLink[] = lot.raw_material_area === null ? [] : [{ kind: 'raw-material-area', name: lot.raw_material_area, at: null, ref: null }];
  const codes = await codesOfLot(ctx.db, lot.id, MAX_LISTED_CODES);
  // Production time: when the lot was made (harvest, slaughter, processing, packing), else its production date.
  const made = events.find((e) => e.step !== null && PRODUCTION_STEPS.has(e.step))?.at;
  return {
    standard: 'Circular 02/2024/TT-BKHCN', generatedAt: ctx.now().toISOString(),
    product: { id: product.id, name: product.name, nameEn: product.name_en, gtin: product.gtin, star: product.star, url: `${ctx.publicUrl}/p/${product.id}` },
    producer: { id: producer.id, name: producer.name, address: producer.address, taxCode: producer.tax_code },
    lot: { id: lot.id, code: lot.code, traceCode: lotClass(ctx.publicUrl, product, lot.code), productionDate: lot.production_date, expiryDate: lot.expiry_date, quantity: lot.quantity },
    productionTime: made ?? lot.production_date,
    codes: { total: codes.total, listed: codes.codes.map((c) => ({ serial: c.serial, uri: stampEpc(ctx.publicUrl, product.gtin, c.serial), status: c.status })) },
    oneStepBack: [...area, ...(await sourceLots(ctx.db, ctx.publicUrl, lot.id, rows)), ...step(BACK_STEPS, 'origin')],
    oneStepForward: step(FORWARD_STEPS, 'destination'),
  };
}

/** GET /lots/{id}/national-export and `ocop trace export`: anyone who may see the lot. */
export async function exportLotForNationalPortal(ctx: ServiceContext, opts: { actor: Actor; lotId: number; format: ExportFormat; adapter?: NationalPortalAdapter }): Promise<AdapterResult> {
  const lot = await loadVisibleLot(ctx.db, opts.actor, opts.lotId);
  const dataset = await buildNationalDataset(ctx, lot);
  return (opts.adapter ?? fileAdapter()).submit(dataset, opts.format);
}
