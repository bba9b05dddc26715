import { describe, expect, it } from 'vitest';
import { identifierProblem } from './event-record.js';
import { canonicalIdentifier, digitalLinkFromUrn, formatIdentifier, urnFromDigitalLink } from './identifiers.js';

// EPC URN ⇄ GS1 Digital Link (GS1 Tag Data Standard mapping). Pairs from GS1's EPCIS 2.0 examples
// (WithDigitalLinkID vs Example_9.6.x) and the CBV 2.0 hash reference.

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['urn:epc:id:sgtin:0614141.107346.2017', 'https://id.gs1.org/01/10614141073464/21/2017'],
  ['urn:epc:id:sscc:0614141.1234567890', 'https://id.gs1.org/00/106141412345678908'],
  ['urn:epc:id:sgln:0614141.07346.1234', 'https://id.gs1.org/414/0614141073467/254/1234'],
  ['urn:epc:id:sgln:0614141.07346.0', 'https://id.gs1.org/414/0614141073467'],
  ['urn:epc:class:lgtin:4012345.012345.998877', 'https://id.gs1.org/01/04012345123456/10/998877'],
  ['urn:epc:idpat:sgtin:4012345.012345.*', 'https://id.gs1.org/01/04012345123456'],
  ['urn:epc:id:pgln:0614141.00001', 'https://id.gs1.org/417/0614141000012'],
  ['urn:epc:id:grai:4012345.55555.987', 'https://id.gs1.org/8003/04012345555554987'],
  ['urn:epc:id:giai:4000001.111', 'https://id.gs1.org/8004/4000001111'],
];

describe('EPC identifiers', () => {
  it.each(PAIRS)('maps %s to %s and back', (urn, dl) => {
    expect(digitalLinkFromUrn(urn)).toBe(dl);
    expect(urnFromDigitalLink(dl)).toBe(urn);
  });

  it('escapes serial characters both ways', () => {
    const dl = digitalLinkFromUrn('urn:epc:id:sgtin:0614141.107346.A%2FB');
    expect(dl).toBe('https://id.gs1.org/01/10614141073464/21/A%2FB');
    expect(urnFromDigitalLink(dl ?? '')).toBe('urn:epc:id:sgtin:0614141.107346.A%2FB');
  });

  it('canonicalises Digital Links: id.gs1.org, no query, finest qualifier only', () => {
    expect(canonicalIdentifier('https://brand.example/shop/01/10614141073464/22/V/10/L1/21/S9?17=261231')).toBe('https://id.gs1.org/01/10614141073464/21/S9');
    expect(canonicalIdentifier('https://brand.example/01/10614141073464/10/L1')).toBe('https://id.gs1.org/01/10614141073464/10/L1');
    expect(canonicalIdentifier('urn:uuid:6d5b1c3a-0000-4000-8000-000000000000')).toBe('urn:uuid:6d5b1c3a-0000-4000-8000-000000000000');
    expect(canonicalIdentifier('https://example.org/not/a/gs1/key')).toBe('https://example.org/not/a/gs1/key');
    expect(canonicalIdentifier('https://example.org/products/01/abc')).toBe('https://example.org/products/01/abc');
    expect(canonicalIdentifier('https://example.org/s/ABC123')).toBe('https://example.org/s/ABC123');
  });

  it('formats for GS1-EPC-Format and honours the company prefix length', () => {
    expect(formatIdentifier('urn:epc:id:sgtin:0614141.107346.2017', 'digital-link')).toBe('https://id.gs1.org/01/10614141073464/21/2017');
    expect(formatIdentifier('https://brand.example/01/10614141073464/21/2017', 'urn')).toBe('urn:epc:id:sgtin:0614141.107346.2017');
    expect(formatIdentifier('https://brand.example/01/10614141073464/21/2017', 'as-captured')).toBe('https://brand.example/01/10614141073464/21/2017');
    expect(urnFromDigitalLink('https://id.gs1.org/01/08931234500013/21/X', 9)).toBe('urn:epc:id:sgtin:893123450.0001.X');
    expect(formatIdentifier('https://example.org/thing/1', 'urn')).toBe('https://example.org/thing/1');
  });
});

describe('identifier checks at capture', () => {
  it('finds wrong check digits, lengths and serial characters', () => {
    expect(identifierProblem('urn:epc:id:sgtin:0614141.107346.2017')).toBeUndefined();
    expect(identifierProblem('https://id.gs1.org/01/10614141073465/21/2017')).toMatch(/check digit/);
    expect(identifierProblem('https://id.gs1.org/01/1061414107346/21/2017')).toMatch(/14 digits/);
    expect(identifierProblem('https://id.gs1.org/01/10614141073464/21/ABCDEFGHIJKLMNOPQRSTU')).toMatch(/20/);
    expect(identifierProblem('urn:uuid:anything')).toBeUndefined();
  });
});
