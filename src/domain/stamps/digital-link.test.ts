import { describe, expect, it } from 'vitest';
import {
  DigitalLinkError, buildDigitalLink, canonicalDigitalLink, compressDigitalLink, parseDigitalLink, parseStampUri, stampUri,
} from './digital-link.js';
import { compressElements } from './dl-compression.js';
import type { DigitalLinkErrorCode } from './dl-types.js';
import { walkUpKeys } from './walk-up.js';

// Cases come from the GS1 Digital Link URI syntax and its reference implementations: the
// examples of the DL standard as the GS1 syntax engine tests them (gs1-syntax-engine dl.c,
// test_dl_parseDLuri), the GS1 check-digit vectors (lint_csum.c), and the compression vectors
// of GS1 Resolver CE (tests/setup_test.py) and evrythng digital-link.js (tests/index.js).

const ok = (uri: string, options = {}) => {
  const r = parseDigitalLink(uri, options);
  if (!r.ok) throw new Error(`${uri}: ${r.problem.code} ${r.problem.message}`);
  return r.value;
};
const problem = (uri: string): DigitalLinkErrorCode | undefined => {
  const r = parseDigitalLink(uri);
  return r.ok ? undefined : r.problem.code;
};

describe('parsing: examples of the GS1 Digital Link standard', () => {
  it('reads a GTIN and its key qualifiers', () => {
    expect(ok('https://id.gs1.org/01/09520123456788')).toMatchObject({ gtin: '09520123456788', stem: 'https://id.gs1.org', form: 'uncompressed' });
    expect(ok('https://id.gs1.org/01/09520123456788/22/2A')).toMatchObject({ cpv: '2A' });
    expect(ok('https://id.gs1.org/01/09520123456788/10/ABC123')).toMatchObject({ lot: 'ABC123' });
    expect(ok('https://id.gs1.org/01/09520123456788/21/12345')).toMatchObject({ serial: '12345' });
    expect(ok('https://a/01/12312312312333/22/TEST/10/ABC/21/XYZ')).toEqual({
      gtin: '12312312312333', cpv: 'TEST', lot: 'ABC', serial: 'XYZ', form: 'uncompressed', stem: 'https://a', attributes: {}, otherParams: [],
    });
  });

  it('reads data attributes from the query string', () => {
    expect(ok('https://id.gs1.org/01/09520123456788/10/ABC1/21/12345?17=180426')).toMatchObject({ lot: 'ABC1', serial: '12345', attributes: { 17: '180426' } });
    expect(ok('https://id.gs1.org/01/09520123456788?3103=000195&17=201225').attributes).toEqual({ 3103: '000195', 17: '201225' });
  });

  it('keeps whatever stem precedes the rightmost primary key', () => {
    expect(ok('https://a/stem/01/09520123456788').stem).toBe('https://a/stem');
    expect(ok('https://a/more/stem/01/09520123456788/21/X').stem).toBe('https://a/more/stem');
    expect(ok('https://a/01/faux/01/09520123456788').stem).toBe('https://a/01/faux');
    expect(ok('https://a:65535/01/12312312312333').stem).toBe('https://a:65535');
    expect(ok('https://[2001:db8::1]/01/12312312312333').gtin).toBe('12312312312333');
  });

  it('accepts lower or upper case scheme, but not mixed', () => {
    expect(ok('HTTPS://a/01/12312312312333').gtin).toBe('12312312312333');
    expect(ok('http://a/01/12312312312333').gtin).toBe('12312312312333');
    expect(problem('HtTp://a/01/12312312312333')).toBe('bad-scheme');
    expect(problem('ftp://a/01/12312312312333')).toBe('bad-scheme');
  });

  it('ignores fragments and stray separators; keeps non-AI parameters for pass-through', () => {
    expect(ok('https://a/01/12312312312333/22/test/10/abc/21/xyz#fragment')).toMatchObject({ cpv: 'test', lot: 'abc', serial: 'xyz' });
    expect(ok('https://a/01/12312312312333?').attributes).toEqual({});
    expect(ok('https://a/01/12312312312333?&&&17=201225&&&').attributes).toEqual({ 17: '201225' });
    const link = ok('https://a/01/12312312312333?unknown=666&17=201225&singleton&linkType=gs1%3Apip');
    expect(link.otherParams).toEqual([['unknown', '666'], ['singleton', ''], ['linkType', 'gs1:pip']]);
  });
});

describe('parsing: GTIN rules', () => {
  it('pads GTIN-8, -12 and -13 to GTIN-14 (zero suppression allowed by earlier DL versions)', () => {
    expect(ok('https://a/01/2112345678900').gtin).toBe('02112345678900');
    expect(ok('https://a/01/416000336108').gtin).toBe('00416000336108');
    expect(ok('https://a/01/02345673').gtin).toBe('00000002345673');
    expect(ok('https://brand.example.com/01/9520123456788').gtin).toBe('09520123456788');
  });

  it('checks the mod-10 check digit (GS1 lint_csum vectors)', () => {
    for (const good of ['02345673', '416000336108', '1234567890128', '12345678901231']) expect(problem(`https://a/01/${good}`), good).toBeUndefined();
    for (const bad of ['12345673', '416000336109', '1234567890129', '12345678901232']) expect(problem(`https://a/01/${bad}`), bad).toBe('check-digit');
  });

  it('refuses other lengths and non-digits', () => {
    expect(problem('https://a/01/123456789')).toBe('bad-length');
    expect(problem('https://a/01/095201234567881')).toBe('bad-length');
    expect(problem('https://a/01/0952012345678A')).toBe('bad-characters');
  });
});

describe('parsing: key qualifiers and attributes', () => {
  it('requires the order 22, 10, 21', () => {
    expect(problem('https://a/01/09520123456788/21/XYZ/10/ABC')).toBe('qualifier-order');
    expect(problem('https://a/01/09520123456788/10/ABC/22/X')).toBe('qualifier-order');
    expect(problem('https://a/01/09520123456788/10/A/10/B')).toBe('duplicate-ai');
  });

  it('keeps data attributes out of the path and key qualifiers out of the query', () => {
    expect(problem('https://a/01/09520123456788/17/201225')).toBe('not-a-qualifier');
    expect(problem('https://example.com/01/09520123456788?10=ABC123')).toBe('ai-belongs-in-path');
    expect(problem('https://a/01/09520123456788/10/ABC?21=X')).toBe('ai-belongs-in-path');
  });

  it('forbids duplicate AIs', () => {
    expect(problem('https://id.gs1.org/01/09520123456788/10/ABC123?17=201225&01=09520123456788')).toBe('duplicate-ai');
    expect(problem('https://id.gs1.org/01/09520123456788/10/ABC123?10=ABC123')).toBe('duplicate-ai');
    expect(problem('https://id.gs1.org/01/09520123456788/10/ABC123?17=201225&17=201225')).toBe('duplicate-ai');
  });

  it('answers unknown AIs, empty values and numeric non-AIs with a typed error', () => {
    expect(problem('https://example.com/01/09520123456788/89/ABC123')).toBe('unknown-ai');
    expect(problem('https://a/01/12312312312333?999=faux')).toBe('unknown-ai');
    expect(problem('https://a/01/12312312312333?17=')).toBe('empty-value');
    expect(parseDigitalLink('https://a/01/12312312312333?999=faux')).toMatchObject({ ok: false, problem: { ai: '999' } });
  });

  it('checks lengths of X..20 values and N6 dates', () => {
    expect(problem(`https://a/01/09520123456788/10/${'A'.repeat(20)}`)).toBeUndefined();
    expect(problem(`https://a/01/09520123456788/10/${'A'.repeat(21)}`)).toBe('bad-length');
    expect(problem('https://a/01/09520123456788?17=2012251')).toBe('bad-length');
    expect(problem('https://a/01/09520123456788?17=20122A')).toBe('bad-characters');
  });

  it('checks YYMMDD dates: months, days, leap years, day 00', () => {
    expect(problem('https://a/01/09520123456788?17=201332')).toBe('bad-date');
    expect(problem('https://a/01/09520123456788?17=210229')).toBe('bad-date');
    expect(problem('https://a/01/09520123456788?17=240229')).toBeUndefined();
    expect(problem('https://a/01/09520123456788?17=250431')).toBe('bad-date');
    expect(problem('https://a/01/09520123456788?15=251200')).toBeUndefined();
    expect(problem('https://a/01/09520123456788?7003=2512312359')).toBeUndefined();
    expect(problem('https://a/01/09520123456788?7003=2512312460')).toBe('bad-date');
  });

  it('names the primary keys it does not serve and the convenience alphas it no longer reads', () => {
    expect(problem('https://id.gs1.org/414/9520123456788')).toBe('unsupported-primary-key');
    expect(problem('https://id.gs1.org/00/952012345678912345')).toBe('unsupported-primary-key');
    expect(problem('https://a/gtin/09520123456788')).toBe('unknown-ai');
  });

  it('refuses URIs that are not Digital Links at all', () => {
    expect(problem('')).toBe('bad-scheme');
    expect(problem('http://')).toBe('bad-domain');
    expect(problem('http:///01/12312312312333')).toBe('bad-domain');
    expect(problem('https://a$/01/12312312312333')).toBe('bad-domain');
    expect(problem('http://a')).toBe('no-primary-key');
    expect(problem('http://a/b')).toBe('no-primary-key');
    // The resolver test suite's reportWith400 check appends /foo to a valid link.
    expect(problem('https://a/01/09506000134376/foo')).toBe('malformed-path');
  });
});

describe('parsing: percent-encoding', () => {
  it('decodes %XX in values: an encoded "/" stays inside the lot', () => {
    expect(ok('https://a/01/09520123456788/10/AB%2F12/21/X')).toMatchObject({ lot: 'AB/12', serial: 'X' });
    expect(ok('https://a/01/12312312312333/22/ABC%2d123').cpv).toBe('ABC-123');
    expect(ok('https://id.gs1.org/01/09520123456788/10/32a%2Fb').lot).toBe('32a/b');
  });

  it('reads "+" as a plus in the path', () => {
    expect(ok('https://a/01/12312312312333/22/ABC+123').cpv).toBe('ABC+123');
  });

  it('refuses a raw "/" in a value, characters outside CSET 82, and broken escapes', () => {
    expect(problem('https://a/01/09520123456788/10/AB/12/21/X')).toBe('malformed-path');
    expect(problem('https://a/01/09520123456788/10/AB%2012')).toBe('bad-characters'); // space
    expect(problem('https://a/01/09520123456788/10/L%C3%B41')).toBe('bad-characters'); // "ô"
    expect(problem('https://a/01/09520123456788/10/AB 12')).toBe('illegal-characters');
    expect(problem('https://a/01/09520123456788/10/Lô1')).toBe('illegal-characters');
    expect(problem('https://a/01/09520123456788/10/AB%2')).toBe('bad-percent-encoding');
    expect(problem('https://a/01/09520123456788/10/AB%00')).toBe('bad-percent-encoding');
  });

  it('refuses a trailing slash unless the caller tolerates it (resolvers SHOULD)', () => {
    expect(problem('https://a/01/09520123456788/')).toBe('trailing-slash');
    expect(ok('https://a/01/09520123456788/21/X/', { tolerateTrailingSlash: true }).serial).toBe('X');
  });
});

describe('compressed Digital Links', () => {
  it('decompresses the GS1 Resolver CE vector /ARFKk4XB0CDKWcnpq', () => {
    expect(ok('https://id.example.org/ARFKk4XB0CDKWcnpq')).toMatchObject({ gtin: '09506000134376', lot: 'LOT01', form: 'compressed', stem: 'https://id.example.org' });
  });

  it('decompresses the digital-link.js vector, which uses the optimisation code for 01+10+15', () => {
    const link = ok('https://dlnkd.tn.gg/HxHKVAdpQgZzjr-hCDKigI');
    expect(link).toMatchObject({ gtin: '09780345418913', lot: '231', serial: '345345', attributes: { 15: '120820' } });
    expect(canonicalDigitalLink(link)).toBe('https://dlnkd.tn.gg/01/09780345418913/10/231/21/345345?15=120820');
  });

  it('compresses to the same bits as the reference encoder', () => {
    expect(compressDigitalLink('https://id.example.org', { gtin: '09506000134376', lot: 'LOT01' })).toBe('https://id.example.org/ARFKk4XB0CDKWcnpq');
  });

  it('round-trips the platform’s identifiers in every value encoding', () => {
    for (const ids of [
      { gtin: '08934588012228', lot: 'L2606-A', serial: '7K3M9QXA2B4FZ1X' },
      { gtin: '08934588012228', lot: '0042', serial: 'abcdef' }, // digits with a leading zero; lower-case hex
      { gtin: '08934588012228', cpv: 'V/2', lot: 'AB+C', serial: 'x.y' }, // 7-bit ASCII
    ]) {
      const link = ok(compressDigitalLink('https://ocop.example', ids, { 17: '261231' }));
      expect(link).toMatchObject({ ...ids, attributes: { 17: '261231' }, form: 'compressed' });
    }
  });

  it('reads the partially compressed form /01/{gtin}/{compressed qualifiers}', () => {
    const tail = compressElements([{ ai: '10', value: 'LOT01' }, { ai: '21', value: 'X1' }]);
    expect(ok(`https://a/01/09506000134376/${tail}`)).toMatchObject({ gtin: '09506000134376', lot: 'LOT01', serial: 'X1', form: 'partially-compressed' });
  });

  it('refuses compressed data carrying AIs the platform does not decode (documented limit)', () => {
    // 0x00 0x00…: AI (00), an SSCC.
    expect(problem('https://a/AAAAAAAAAAAA')).toBe('unknown-ai');
  });
});

describe('building', () => {
  it('writes GTIN-14, qualifiers in order and percent-encoded values, attributes sorted', () => {
    expect(buildDigitalLink('https://ocop.example/', { serial: 'S1', lot: 'A/1', gtin: '8934588012228', cpv: 'V' }, { 17: '261231', 11: '260101' }))
      .toBe('https://ocop.example/01/08934588012228/22/V/10/A%2F1/21/S1?11=260101&17=261231');
  });

  it('escapes every reserved character (GS1 syntax engine URIescape)', () => {
    expect(buildDigitalLink('https://a', { gtin: '09520123456788', lot: '!"%&\'()*+,/:;<=' }))
      .toBe('https://a/01/09520123456788/10/%21%22%25%26%27%28%29%2A%2B%2C%2F%3A%3B%3C%3D');
  });

  it('refuses invalid data with a DigitalLinkError naming the problem', () => {
    const thrown = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const badGtin = thrown(() => buildDigitalLink('https://a', { gtin: '8934588012229' }));
    expect(badGtin instanceof DigitalLinkError && badGtin.problem).toMatchObject({ code: 'check-digit', ai: '01' });
    const badLot = thrown(() => buildDigitalLink('https://a', { gtin: '8934588012228', lot: 'LÔ 1' }));
    expect(badLot instanceof DigitalLinkError && badLot.problem).toMatchObject({ code: 'bad-characters', ai: '10' });
    const qualifierAsAttribute = thrown(() => buildDigitalLink('https://a', { gtin: '8934588012228' }, { 10: 'X' }));
    expect(qualifierAsAttribute instanceof DigitalLinkError && qualifierAsAttribute.problem).toMatchObject({ code: 'not-an-attribute' });
  });

  it('parses what it builds', () => {
    const uri = buildDigitalLink('https://ocop.example', { gtin: '08934588012228', lot: 'L/26-06', serial: '7K3M9QXA2B4FZ1X' }, { 17: '261231' });
    expect(ok(uri)).toMatchObject({ gtin: '08934588012228', lot: 'L/26-06', serial: '7K3M9QXA2B4FZ1X', attributes: { 17: '261231' } });
  });
});

describe('stamp URIs (design §4)', () => {
  const BASE = 'https://ocop.quangninh.gov.vn';

  it('is {base}/01/{GTIN-14}/10/{lot}/21/{serial} with a GTIN, {base}/s/{serial} without', () => {
    expect(stampUri(BASE, { gtin: '8934588012228', lot: 'L2606', serial: '7K3M9QXA2B4FZ1X' })).toBe(`${BASE}/01/08934588012228/10/L2606/21/7K3M9QXA2B4FZ1X`);
    expect(stampUri(`${BASE}/`, { gtin: '8934588012228', lot: null, serial: '7K3M9QXA2B4FZ1X' })).toBe(`${BASE}/01/08934588012228/21/7K3M9QXA2B4FZ1X`);
    expect(stampUri(BASE, { gtin: null, serial: '7K3M9QXA2B4FZ1X' })).toBe(`${BASE}/s/7K3M9QXA2B4FZ1X`);
  });

  it('reads both forms back', () => {
    // 0123456789ABCDM is a valid platform serial (serial.test.ts works its check symbol out by hand).
    expect(parseStampUri(`${BASE}/s/0123456789abcdm?src=qr`, BASE)).toEqual({ ok: true, value: { kind: 'short', link: { serial: '0123456789ABCDM', otherParams: [['src', 'qr']] } } });
    expect(parseStampUri(`${BASE}/01/08934588012228/10/L2606/21/0123456789ABCDM`, BASE)).toMatchObject({ ok: true, value: { kind: 'digital-link', link: { serial: '0123456789ABCDM' } } });
  });

  it('catches a mistyped short serial by its check symbol, before any lookup', () => {
    expect(parseStampUri(`${BASE}/s/0123456789ABDCM`, BASE)).toMatchObject({ ok: false, problem: { code: 'bad-serial' } });
    expect(parseStampUri(`${BASE}/s/`, BASE)).toMatchObject({ ok: false, problem: { code: 'bad-serial' } });
  });
});

describe('walk-up', () => {
  it('lists lookup keys from the serial down to the bare GTIN, dropping qualifiers from the right', () => {
    expect(walkUpKeys({ gtin: '08934588012228', lot: 'L1', serial: 'S1' }).map((k) => [k.level, k.path])).toEqual([
      ['serial', '/01/08934588012228/10/L1/21/S1'],
      ['lot', '/01/08934588012228/10/L1'],
      ['gtin', '/01/08934588012228'],
    ]);
    expect(walkUpKeys({ gtin: '08934588012228', cpv: 'V', lot: 'L1', serial: 'S1' }).map((k) => k.level)).toEqual(['serial', 'lot', 'cpv', 'gtin']);
    expect(walkUpKeys({ gtin: '08934588012228', serial: 'S1' }).map((k) => k.path)).toEqual(['/01/08934588012228/21/S1', '/01/08934588012228']);
    expect(walkUpKeys({ gtin: '08934588012228' })).toEqual([{ level: 'gtin', ids: { gtin: '08934588012228' }, path: '/01/08934588012228' }]);
  });
});
