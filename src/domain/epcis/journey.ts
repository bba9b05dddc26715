import { EXT, type LinkedEvent, type PlatformEvent, type ProductRef, VIETNAM_OFFSET, lotClass, stampEpc } from './platform-events.js';

// A producer's journey step (a short portal form) turned into EPCIS events, without the producer
// knowing EPCIS: the step catalogue (src/rules/epcis/journey-steps.json) says which bizStep,
// event type, action and disposition a step is. The lot is counted by class (its LGTIN, or the
// product page for that lot); a slaughter or packing step may also record which leg rings went
// into which package stamp, each package one AssociationEvent (parent = the package's EPC,
// children = the rings' EPCs). Pure: the service checks the lot, places and serials first.

export type Text = { vi: string; en: string };

export type JourneyStep = {
  key: string;
  bizStep: string;
  eventType: 'ObjectEvent';
  action: 'OBSERVE' | 'ADD';
  disposition: string;
  /** Whether the form offers ring → package links. */
  links: boolean;
  label: Text;
  timeline: Text;
};

export type StepCatalogue = { namespace: string; steps: readonly JourneyStep[]; otherBizSteps: readonly { bizStep: string; timeline: Text }[]; fallback: Text };

export const QUANTITY_UNITS = ['count', 'kg', 'l'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];
/** UN/CEFACT Rec. 20 codes EPCIS uses for uom; a count has none. */
const UOM: Readonly<Record<QuantityUnit, string | undefined>> = { count: undefined, kg: 'KGM', l: 'LTR' };

export type JourneyPlace = { kind: 'sales-point'; id: number; name: string } | { kind: 'text'; name: string };

export type JourneyEntryInput = {
  step: JourneyStep;
  at: string;
  place: JourneyPlace | null;
  note: string | null;
  quantity: { value: number; unit: QuantityUnit } | null;
  /** Ring serials per package serial (already checked to be stamps of this producer). */
  links: readonly { packageSerial: string; packageGtin: string | null; rings: readonly { serial: string; gtin: string | null }[] }[];
};

export type JourneyTarget = { publicUrl: string; product: ProductRef; lot: { id: number; code: string }; producerId: number };

/** The URI of a producer's sales point (bizLocation / destination). */
export function salesPointUri(publicUrl: string, id: number): string {
  return `${publicUrl.replace(/\/+$/, '')}/sales-points/${id}`;
}

function placeFields(t: JourneyTarget, e: JourneyEntryInput): Partial<PlatformEvent> {
  if (e.place === null) return {};
  const fields: Partial<PlatformEvent> = { [EXT.placeName]: e.place.name };
  if (e.place.kind !== 'sales-point') return fields;
  const uri = salesPointUri(t.publicUrl, e.place.id);
  // Shipping names where the goods go; every other step happens at the place.
  return e.step.key === 'shipping' ? { ...fields, destinationList: [{ type: 'location', destination: uri }] } : { ...fields, bizLocation: { id: uri } };
}

function stepEvent(t: JourneyTarget, e: JourneyEntryInput): PlatformEvent {
  const uom = e.quantity === null ? undefined : UOM[e.quantity.unit];
  const quantity = e.quantity === null ? {} : { quantity: e.quantity.value, ...(uom === undefined ? {} : { uom }) };
  const event: PlatformEvent = {
    type: e.step.eventType, eventTime: e.at, eventTimeZoneOffset: VIETNAM_OFFSET, action: e.step.action, bizStep: e.step.bizStep, disposition: e.step.disposition,
    quantityList: [{ epcClass: lotClass(t.publicUrl, t.product, t.lot.code), ...quantity }], ...placeFields(t, e), [EXT.journeyStep]: e.step.key,
  };
  if (e.note !== null) event[EXT.note] = e.note;
  return event;
}

/** The events of one journey entry: the step itself, then one association per package. */
export function journeyEvents(t: JourneyTarget, e: JourneyEntryInput): LinkedEvent[] {
  const links = { stampBatchId: null, lotId: t.lot.id, producerId: t.producerId };
  const step: LinkedEvent = { event: stepEvent(t, e), links };
  const associations = e.links.map((l): LinkedEvent => ({
    event: {
      type: 'AssociationEvent', eventTime: e.at, eventTimeZoneOffset: VIETNAM_OFFSET, action: 'ADD', bizStep: e.step.bizStep, disposition: 'active',
      parentID: stampEpc(t.publicUrl, l.packageGtin, l.packageSerial), childEPCs: l.rings.map((r) => stampEpc(t.publicUrl, r.gtin, r.serial)),
      ...placeFields(t, e), [EXT.journeyStep]: e.step.key,
    },
    links,
  }));
  return [step, ...associations];
}

/** Words a buyer understands for a bizStep (either spelling: bare CBV word or full CBV URI). */
export function bizStepLabel(catalogue: StepCatalogue, bizStep: string | null): Text {
  if (bizStep === null) return catalogue.fallback;
  const short = bizStep.replace(/^https?:\/\/(ref\.)?gs1\.org\/(voc|cbv)\/(BizStep-)?/, '');
  const step = catalogue.steps.find((s) => s.bizStep === bizStep || s.bizStep === short);
  if (step !== undefined) return step.timeline;
  return catalogue.otherBizSteps.find((s) => s.bizStep === bizStep || s.bizStep === short)?.timeline ?? catalogue.fallback;
}

/** The journey step key a bizStep belongs to, if it is one of the catalogue's. */
export function stepKeyOf(catalogue: StepCatalogue, bizStep: string | null): string | null {
  if (bizStep === null) return null;
  return catalogue.steps.find((s) => s.bizStep === bizStep)?.key ?? null;
}
