import { describe, expect, it } from 'vitest';
import { validateEpcisDocument } from '../../services/epcis/validate-document.js';
import { readDemoJourney } from '../../services/setup/load-demo-journey.js';
import { JOURNEY_STEP_KEYS, parseStepCatalogue, stepCatalogue } from '../../services/epcis/journey-catalogue.js';
import { bizStepLabel, journeyEvents } from './journey.js';
import {
  EXT, MAX_LISTED_EPCS, bindingEvent, commissioningEvent, decommissioningEvent, lotClass, productClass, scanObserveEvent, stampEpc, voidDisposition,
} from './platform-events.js';

const BASE = 'https://tem.example.vn';
const AT = '2026-11-20T01:00:00.000Z';
const WITH_GTIN = { id: 7, gtin: '08939783400016' };
const NO_GTIN = { id: 9, gtin: null };
const SERIAL = '0123456789ABCDM';

const document = (events: readonly object[]) => ({
  '@context': ['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld'], type: 'EPCISDocument', schemaVersion: '2.0', creationDate: AT,
  epcisBody: { eventList: events },
});

describe('identifiers', () => {
  it('uses the Digital Link without the lot for a stamp, the short URL without a GTIN', () => {
    expect(stampEpc(BASE, WITH_GTIN.gtin, SERIAL)).toBe(`${BASE}/01/08939783400016/21/${SERIAL}`);
    expect(stampEpc(BASE, null, SERIAL)).toBe(`${BASE}/s/${SERIAL}`);
    expect(lotClass(BASE, WITH_GTIN, 'L/1')).toBe(`${BASE}/01/08939783400016/10/L%2F1`);
    expect(lotClass(BASE, NO_GTIN, 'L 1')).toBe(`${BASE}/p/9?lot=L%201`);
    expect(productClass(BASE, NO_GTIN)).toBe(`${BASE}/p/9`);
  });
});

describe('platform events', () => {
  const many = Array.from({ length: MAX_LISTED_EPCS + 1 }, (_, i) => `S${i}`);
  const events = [
    commissioningEvent(BASE, { id: 1, quantity: 1_000_000, type: 'qr_label', producerId: 3, product: WITH_GTIN, lot: null }, AT),
    commissioningEvent(BASE, { id: 2, quantity: 10, type: 'leg_ring', producerId: 3, product: NO_GTIN, lot: { id: 4, code: 'DAN-1' } }, AT),
    bindingEvent(BASE, { id: 4, code: 'L1' }, { product: WITH_GTIN, producerId: 3, batchId: 1, codes: { kind: 'serials', serials: [SERIAL] } }, AT),
    bindingEvent(BASE, { id: 4, code: 'L1' }, { product: WITH_GTIN, producerId: 3, batchId: 1, codes: { kind: 'range', count: 500, fromLabel: 1, toLabel: 500 } }, AT),
    decommissioningEvent(BASE, { product: WITH_GTIN, producerId: 3, batchId: null, codes: { kind: 'serials', serials: many } }, 'stolen', AT),
  ];

  it('counts a million codes by class, links the row to batch and lot, lists only small selections', () => {
    expect(events[0]!.event.quantityList).toEqual([{ epcClass: `${BASE}/01/08939783400016`, quantity: 1_000_000 }]);
    expect(events[0]!.links).toEqual({ stampBatchId: 1, lotId: null, producerId: 3 });
    expect(events[1]!.event.quantityList?.[0]?.epcClass).toBe(`${BASE}/p/9?lot=DAN-1`);
    expect(events[1]!.links.lotId).toBe(4);
    expect(events[2]!.event).toMatchObject({ type: 'AssociationEvent', parentID: `${BASE}/01/08939783400016/10/L1`, childEPCs: [`${BASE}/01/08939783400016/21/${SERIAL}`] });
    expect(events[3]!.event).toMatchObject({ childQuantityList: [{ quantity: 500 }], [EXT.labelRange]: '1-500' });
    expect(events[4]!.event).toMatchObject({ action: 'DELETE', bizStep: 'decommissioning', disposition: 'inactive', quantityList: [{ quantity: MAX_LISTED_EPCS + 1 }] });
  });

  it('maps void reasons to dispositions', () => {
    expect(['damaged', 'misprinted', 'lost', 'stolen', 'other'].map(voidDisposition)).toEqual(['destroyed', 'destroyed', 'inactive', 'inactive', 'inactive']);
  });

  it('writes events the EPCIS 2.0 JSON schema accepts (scan exports included)', () => {
    const scan = scanObserveEvent(BASE, { at: AT, serial: SERIAL, gtin: null, province: 'quang-ninh', outcome: 'viewed' });
    expect(validateEpcisDocument(document([...events.map((e) => e.event), scan]))).toEqual([]);
  });
});

describe('journey steps', () => {
  const catalogue = stepCatalogue();
  const target = { publicUrl: BASE, product: NO_GTIN, lot: { id: 5, code: 'GTY-1' }, producerId: 3 };

  it('keeps the catalogue and the API\'s step keys in step; custom bizSteps stay in the namespace', () => {
    expect(catalogue.steps.map((s) => s.key)).toEqual([...JOURNEY_STEP_KEYS]);
    expect(catalogue.steps.filter((s) => s.bizStep.startsWith('https://')).map((s) => s.key)).toEqual(['planting', 'raising', 'vaccinating', 'harvesting', 'processing']);
    expect(() => parseStepCatalogue({ ...catalogue, note: '', steps: [{ ...catalogue.steps[0], bizStep: 'https://example.com/x' }] })).toThrow(/outside the namespace/);
  });

  it('turns a packing step with ring links into an ObjectEvent and one AssociationEvent per package, all schema-valid', () => {
    const packing = catalogue.steps.find((s) => s.key === 'packing')!;
    const out = journeyEvents(target, {
      step: packing, at: AT, place: { kind: 'sales-point', id: 12, name: 'Cửa hàng' }, note: 'Hút chân không', quantity: { value: 15.6, unit: 'kg' },
      links: [{ packageSerial: SERIAL, packageGtin: null, rings: [{ serial: 'RING1', gtin: null }] }],
    });
    expect(out.map((e) => e.event.type)).toEqual(['ObjectEvent', 'AssociationEvent']);
    expect(out[0]!.event).toMatchObject({ bizStep: 'packing', quantityList: [{ epcClass: `${BASE}/p/9?lot=GTY-1`, quantity: 15.6, uom: 'KGM' }], bizLocation: { id: `${BASE}/sales-points/12` }, [EXT.note]: 'Hút chân không' });
    expect(out[1]!.event).toMatchObject({ parentID: `${BASE}/s/${SERIAL}`, childEPCs: [`${BASE}/s/RING1`] });
    expect(out.every((e) => e.links.lotId === 5)).toBe(true);
    expect(validateEpcisDocument(document(out.map((e) => e.event)))).toEqual([]);
  });

  it('names business steps for buyers, whichever spelling the bizStep has', () => {
    expect(bizStepLabel(catalogue, 'https://ocop.gov.vn/voc/bizstep/raising').vi).toBe('Nuôi tại trang trại');
    expect(bizStepLabel(catalogue, 'https://ref.gs1.org/cbv/BizStep-shipping').en).toBe('Shipped');
    expect(bizStepLabel(catalogue, 'killing').en).toBe('Slaughtered');
    expect(bizStepLabel(catalogue, 'urn:x:unknown')).toEqual(catalogue.fallback);
  });

  it('has demo steps that the catalogue knows', () => {
    expect(readDemoJourney().steps.every((s) => catalogue.steps.some((c) => c.key === s.step))).toBe(true);
  });
});
