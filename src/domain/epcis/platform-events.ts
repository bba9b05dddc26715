import { buildDigitalLink, stampUri } from '../stamps/digital-link.js';

// EPCIS 2.0 events the platform writes about its own stamps (pure builders; the services store
// them in the same transaction as the change they describe):
// - issuing a batch: ObjectEvent ADD, bizStep commissioning, disposition active;
// - binding codes to a lot: AssociationEvent ADD, parentID = the lot's class, children = the codes;
// - voiding codes: ObjectEvent DELETE, bizStep decommissioning, disposition destroyed or inactive.
// A batch can hold a million codes, so batch-level events count codes by class (quantityList with
// the lot's class, else the product's) and the stored row is linked to its batch and lot by
// columns; only small explicit selections list each code's EPC.

/** The project's vocabulary namespace for what the CBV lacks (docs/epcis.md). */
export const OCOP_VOC = 'https://ocop.gov.vn/voc/';
export const OCOP_BIZSTEP = `${OCOP_VOC}bizstep/`;
/** Custom bizStep of binding codes to a production lot (activation). */
export const BINDING_BIZSTEP = `${OCOP_BIZSTEP}binding`;
/** Custom bizStep of a buyer's scan (exported as OBSERVE events). */
export const CONSUMER_SCAN_BIZSTEP = `${OCOP_BIZSTEP}consumer_verifying`;
/** Extension fields (full URIs, which the EPCIS JSON schema accepts as event properties). */
export const EXT = {
  placeName: `${OCOP_VOC}placeName`,
  note: `${OCOP_VOC}note`,
  stampType: `${OCOP_VOC}stampType`,
  labelRange: `${OCOP_VOC}labelRange`,
  voidReason: `${OCOP_VOC}voidReason`,
  journeyStep: `${OCOP_VOC}journeyStep`,
  province: `${OCOP_VOC}province`,
  scanOutcome: `${OCOP_VOC}scanOutcome`,
} as const;
/** Vietnam keeps one offset all year. */
export const VIETNAM_OFFSET = '+07:00';
/** Explicit code lists longer than this are counted by class instead. */
export const MAX_LISTED_EPCS = 1000;

export type QuantityElement = { epcClass: string; quantity?: number; uom?: string };
export type Destination = { type: 'location' | 'owning_party' | 'possessing_party'; destination: string };

/** The subset of an EPCIS 2.0 event the platform writes (JSON-LD field names). */
export type PlatformEvent = {
  type: 'ObjectEvent' | 'AssociationEvent' | 'AggregationEvent';
  eventTime: string;
  eventTimeZoneOffset: string;
  action: 'ADD' | 'OBSERVE' | 'DELETE';
  bizStep?: string;
  disposition?: string;
  epcList?: string[];
  quantityList?: QuantityElement[];
  parentID?: string;
  childEPCs?: string[];
  childQuantityList?: QuantityElement[];
  readPoint?: { id: string };
  bizLocation?: { id: string };
  destinationList?: Destination[];
} & { [EXT.placeName]?: string; [EXT.note]?: string; [EXT.stampType]?: string; [EXT.labelRange]?: string; [EXT.voidReason]?: string; [EXT.journeyStep]?: string; [EXT.province]?: string; [EXT.scanOutcome]?: string };

/** Which platform records a stored event concerns (columns beside the event, for fast lookups). */
export type EventLinks = { stampBatchId: number | null; lotId: number | null; producerId: number };
export type LinkedEvent = { event: PlatformEvent; links: EventLinks };

export type ProductRef = { id: number; gtin: string | null };
export type LotRef = { id: number; code: string };

const base = (publicUrl: string): string => publicUrl.replace(/\/+$/, '');

/** A stamp's EPC: its Digital Link without the lot (AI 21 identifies the item), or the short URL. */
export function stampEpc(publicUrl: string, gtin: string | null, serial: string): string {
  return stampUri(publicUrl, { serial, gtin });
}

/** The product's class: /01/{GTIN} under the platform's base, else its public product page. */
export function productClass(publicUrl: string, product: ProductRef): string {
  return product.gtin === null ? `${base(publicUrl)}/p/${product.id}` : buildDigitalLink(publicUrl, { gtin: product.gtin });
}

/** A lot's class: the LGTIN Digital Link /01/{GTIN}/10/{lot}, else the product page for that lot. */
export function lotClass(publicUrl: string, product: ProductRef, lotCode: string): string {
  if (product.gtin !== null) return buildDigitalLink(publicUrl, { gtin: product.gtin, lot: lotCode });
  return `${base(publicUrl)}/p/${product.id}?lot=${encodeURIComponent(lotCode)}`;
}

export type Codes = { kind: 'serials'; serials: readonly string[] } | { kind: 'range'; count: number; fromLabel: number; toLabel: number } | { kind: 'batch'; count: number };

function count(codes: Codes): number {
  return codes.kind === 'serials' ? codes.serials.length : codes.count;
}

/** Lists the codes when few, else counts them by class (with the label range when there is one). */
function codeFields(publicUrl: string, product: ProductRef, cls: string, codes: Codes): { epcs?: string[]; quantity?: QuantityElement[]; range?: string } {
  if (codes.kind === 'serials' && codes.serials.length <= MAX_LISTED_EPCS) return { epcs: codes.serials.map((s) => stampEpc(publicUrl, product.gtin, s)) };
  const range = codes.kind === 'range' ? `${codes.fromLabel}-${codes.toLabel}` : undefined;
  return { quantity: [{ epcClass: cls, quantity: count(codes) }], ...(range === undefined ? {} : { range }) };
}

const when = (at: string) => ({ eventTime: at, eventTimeZoneOffset: VIETNAM_OFFSET });

export type BatchFacts = { id: number; quantity: number; type: string; producerId: number; product: ProductRef; lot: LotRef | null };

/** Issuing a batch: one commissioning event counting the batch's codes by class. */
export function commissioningEvent(publicUrl: string, batch: BatchFacts, at: string): LinkedEvent {
  const cls = batch.lot === null ? productClass(publicUrl, batch.product) : lotClass(publicUrl, batch.product, batch.lot.code);
  return {
    event: { type: 'ObjectEvent', ...when(at), action: 'ADD', bizStep: 'commissioning', disposition: 'active', quantityList: [{ epcClass: cls, quantity: batch.quantity }], [EXT.stampType]: batch.type },
    links: { stampBatchId: batch.id, lotId: batch.lot?.id ?? null, producerId: batch.producerId },
  };
}

export type SelectionFacts = { product: ProductRef; producerId: number; batchId: number | null; codes: Codes };

/**
 * Binding codes to a lot: an AssociationEvent. The lot is a logical grouping, not a container
 * that holds the labels and travels with them (what an AggregationEvent's parent is), and
 * EPCIS 2.0 made AssociationEvent for exactly such links; its parentID is required, which the
 * lot's class supplies.
 */
export function bindingEvent(publicUrl: string, lot: LotRef, sel: SelectionFacts, at: string): LinkedEvent {
  const f = codeFields(publicUrl, sel.product, productClass(publicUrl, sel.product), sel.codes);
  const event: PlatformEvent = { type: 'AssociationEvent', ...when(at), action: 'ADD', bizStep: BINDING_BIZSTEP, disposition: 'active', parentID: lotClass(publicUrl, sel.product, lot.code) };
  if (f.epcs !== undefined) event.childEPCs = f.epcs;
  if (f.quantity !== undefined) event.childQuantityList = f.quantity;
  if (f.range !== undefined) event[EXT.labelRange] = f.range;
  return { event, links: { stampBatchId: sel.batchId, lotId: lot.id, producerId: sel.producerId } };
}

/** Labels physically spoilt are destroyed; lost, stolen or otherwise withdrawn ones are inactive. */
export function voidDisposition(reason: string): 'destroyed' | 'inactive' {
  return reason === 'damaged' || reason === 'misprinted' ? 'destroyed' : 'inactive';
}

/** Voiding codes: a decommissioning event. */
export function decommissioningEvent(publicUrl: string, sel: SelectionFacts, reason: string, at: string): LinkedEvent {
  const f = codeFields(publicUrl, sel.product, productClass(publicUrl, sel.product), sel.codes);
  const event: PlatformEvent = { type: 'ObjectEvent', ...when(at), action: 'DELETE', bizStep: 'decommissioning', disposition: voidDisposition(reason), [EXT.voidReason]: reason };
  if (f.epcs !== undefined) event.epcList = f.epcs;
  if (f.quantity !== undefined) event.quantityList = f.quantity;
  if (f.range !== undefined) event[EXT.labelRange] = f.range;
  return { event, links: { stampBatchId: sel.batchId, lotId: null, producerId: sel.producerId } };
}

export type ScanFacts = { at: string; serial: string; gtin: string | null; province: string | null; outcome: string };

/** A buyer's scan as an OBSERVE event (exported on request, not stored: see docs/epcis.md). */
export function scanObserveEvent(publicUrl: string, scan: ScanFacts): PlatformEvent {
  const event: PlatformEvent = {
    type: 'ObjectEvent', ...when(scan.at), action: 'OBSERVE', bizStep: CONSUMER_SCAN_BIZSTEP, epcList: [stampEpc(publicUrl, scan.gtin, scan.serial)], [EXT.scanOutcome]: scan.outcome,
  };
  if (scan.province !== null) event[EXT.province] = scan.province;
  return event;
}
