import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalValue, contextPrefixes, eventHashId, preHashString } from './event-hash.js';

// The CBV 2.0 EPCIS Event Hash ID. The vector is from the reference implementation
// (github.com/RalphTro/epcis-event-hash-generator, tests/examples/epcisDocWithSingleEvent.*):
// its published pre-hash string and hash; sha256(pre-hash) = hash was checked independently.

const REFERENCE_EVENT = {
  type: 'ObjectEvent', action: 'OBSERVE', bizStep: 'shipping', disposition: 'in_transit',
  epcList: ['urn:epc:id:sgtin:0614141.107346.2017', 'urn:epc:id:sgtin:0614141.107346.2018'],
  eventTime: '2022-02-16T20:33:31.116000-06:00', eventTimeZoneOffset: '-06:00',
  readPoint: { id: 'urn:epc:id:sgln:0614141.07346.1234' },
  bizTransactionList: [{ type: 'po', bizTransaction: 'http://transaction.acme.com/po/12345678' }],
};
const REFERENCE_PRE_HASH = 'eventType=ObjectEventeventTime=2022-02-17T02:33:31.116ZeventTimeZoneOffset=-06:00'
  + 'epcListepc=https://id.gs1.org/01/10614141073464/21/2017epc=https://id.gs1.org/01/10614141073464/21/2018'
  + 'action=OBSERVEbizStep=https://ref.gs1.org/cbv/BizStep-shippingdisposition=https://ref.gs1.org/cbv/Disp-in_transit'
  + 'readPointid=https://id.gs1.org/414/0614141073467/254/1234'
  + 'bizTransactionListbizTransaction=http://transaction.acme.com/po/12345678type=https://ref.gs1.org/cbv/BTT-po';
const REFERENCE_HASH = 'ni:///sha-256;3e0f2437f4cb5e8a1b832b769c0eed1bf3e1421f14061132e9800ded03f10182?ver=CBV2.0';

describe('CBV 2.0 event hash', () => {
  it('reproduces the reference implementation\'s published pre-hash and hash', () => {
    expect(preHashString(REFERENCE_EVENT)).toBe(REFERENCE_PRE_HASH);
    expect(eventHashId(REFERENCE_EVENT)).toBe(REFERENCE_HASH);
  });

  it('gives the same hash for other spellings of the same event', () => {
    const same = {
      ...REFERENCE_EVENT,
      eventTime: '2022-02-17T02:33:31.116Z',
      bizStep: 'https://ref.gs1.org/cbv/BizStep-shipping',
      disposition: 'urn:epcglobal:cbv:disp:in_transit',
      epcList: ['https://id.gs1.org/01/10614141073464/21/2018', 'https://brand.example/01/10614141073464/21/2017?17=261231'],
      readPoint: { id: 'https://id.gs1.org/414/0614141073467/254/1234' },
      eventID: 'urn:uuid:ignored', recordTime: '2030-01-01T00:00:00Z',
    };
    expect(eventHashId(same)).toBe(REFERENCE_HASH);
  });

  it('does not depend on the order of fields or of list elements', () => {
    fc.assert(fc.property(fc.shuffledSubarray(Object.keys(REFERENCE_EVENT), { minLength: Object.keys(REFERENCE_EVENT).length }), fc.boolean(), (keys, flip) => {
      const reordered: Record<string, unknown> = {};
      for (const k of keys) reordered[k] = REFERENCE_EVENT[k as keyof typeof REFERENCE_EVENT];
      if (flip) reordered.epcList = [...REFERENCE_EVENT.epcList].reverse();
      expect(eventHashId(reordered)).toBe(REFERENCE_HASH);
    }));
  });

  it('changes when any value changes or a field is added', () => {
    const variants = [
      { ...REFERENCE_EVENT, action: 'ADD' },
      { ...REFERENCE_EVENT, eventTime: '2022-02-16T20:33:31.117-06:00' },
      { ...REFERENCE_EVENT, epcList: ['urn:epc:id:sgtin:0614141.107346.2017'] },
      { ...REFERENCE_EVENT, bizLocation: { id: 'urn:epc:id:sgln:0614141.07346.0' } },
      { ...REFERENCE_EVENT, readPoint: { id: 'urn:epc:id:sgln:0614141.07346.1235' } },
      { ...REFERENCE_EVENT, quantityList: [{ epcClass: 'urn:epc:class:lgtin:0614141.107346.L1', quantity: 2 }] },
      { ...REFERENCE_EVENT, 'ex:note': 'x' },
    ];
    const hashes = new Set([REFERENCE_HASH, ...variants.map((v) => eventHashId(v))]);
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('gives distinct hashes to distinct serials', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9]{1,20}$/), { minLength: 2, maxLength: 20 }), (serials) => {
      const ids = serials.map((s) => eventHashId({ ...REFERENCE_EVENT, epcList: [`https://id.gs1.org/01/10614141073464/21/${s}`] }));
      expect(new Set(ids).size).toBe(serials.length);
    }));
  });

  it('writes numbers without trailing zeros and expands extension namespaces', () => {
    expect(canonicalValue('1.50')).toBe('1.5');
    expect(canonicalValue('3.0')).toBe('3');
    const prefixes = contextPrefixes(['https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld', { ex: 'https://ns.example.com/epcis/' }]);
    const pre = preHashString({ ...REFERENCE_EVENT, 'ex:b': '2', 'ex:a': { 'ex:c': ['3', '1'] } }, prefixes);
    expect(pre.endsWith('{https://ns.example.com/epcis/}a{https://ns.example.com/epcis/}c=1{https://ns.example.com/epcis/}c=3{https://ns.example.com/epcis/}b=2')).toBe(true);
  });

  it('ignores an error declaration, so a corrected event keeps its id', () => {
    const declared = { ...REFERENCE_EVENT, errorDeclaration: { declarationTime: '2022-03-01T00:00:00Z', reason: 'incorrect_data' } };
    expect(eventHashId(declared)).toBe(REFERENCE_HASH);
  });
});
