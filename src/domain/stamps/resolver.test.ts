import { describe, expect, it } from 'vitest';
import { parseLinkTypeParam } from './link-types.js';
import { type LinksetLevel, asciiFold, buildLinkset, expandLinkTargets, formatLinkHeader, linksetAsJsonLd } from './linkset.js';
import { passThroughQuery, preferredLanguages, resolve, resolverDescription, withQuery } from './resolver.js';

// Expectations from RFC 9264 (linkset document shape), RFC 8288 (Link header), RFC 8187
// (non-ASCII parameter values) and GS1-Conformant Resolver 1.2 (its SHALL list and the
// resolver test suite checks named in the comments).

const BASE = 'https://ocop.quangninh.gov.vn';
const SERIAL_ANCHOR = `${BASE}/01/08934588012228/10/L2606/21/0123456789ABCDM`;
const GTIN_ANCHOR = `${BASE}/01/08934588012228`;

const serialLevel: LinksetLevel = {
  anchor: SERIAL_ANCHOR,
  itemDescription: 'Chả mực giã tay Hạ Long, tem 0123456789ABCDM',
  links: expandLinkTargets([
    { linkType: 'verificationService', href: { vi: `${BASE}/xac-thuc/0123456789ABCDM`, en: `${BASE}/en/verify/0123456789ABCDM` } },
    { linkType: 'traceability', href: { vi: `${BASE}/truy-xuat/0123456789ABCDM`, en: `${BASE}/en/trace/0123456789ABCDM` } },
    { linkType: 'epcis', href: `${BASE}/epcis/events?MATCH_epc=${encodeURIComponent(SERIAL_ANCHOR)}` },
  ]),
};
const gtinLevel: LinksetLevel = {
  anchor: GTIN_ANCHOR,
  links: expandLinkTargets([
    { linkType: 'pip', href: { vi: `${BASE}/san-pham/42`, en: `${BASE}/en/products/42` } },
    { linkType: 'certificationInfo', href: { vi: `${BASE}/chung-nhan/QN-2026-OCOP-000123?lang=vi`, en: `${BASE}/chung-nhan/QN-2026-OCOP-000123?lang=en` }, type: 'application/pdf' },
  ]),
};
const levels = [serialLevel, gtinLevel];

describe('linkset (RFC 9264, application/linkset+json)', () => {
  const doc = buildLinkset(levels);

  it('has a top-level "linkset" array of context objects, each with an anchor', () => {
    expect(Object.keys(doc)).toEqual(['linkset']);
    expect(doc.linkset.map((c) => c.anchor)).toEqual([SERIAL_ANCHOR, GTIN_ANCHOR]);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('keys links by relation type URI; each target object has href, title, type (SHALL), hreflang as an array', () => {
    for (const ctx of doc.linkset) {
      for (const [key, value] of Object.entries(ctx)) {
        if (key === 'anchor' || key === 'itemDescription') continue;
        expect(key).toMatch(/^https:\/\/ref\.gs1\.org\/voc\/[A-Za-z]+$/);
        expect(Array.isArray(value)).toBe(true);
        for (const target of Array.isArray(value) ? value : []) {
          expect(target.href).toMatch(/^https:\/\//);
          expect(target.title.length).toBeGreaterThan(0);
          expect(target.type.length).toBeGreaterThan(0);
          if (target.hreflang !== undefined) expect(Array.isArray(target.hreflang)).toBe(true);
        }
      }
    }
  });

  it('offers each language variant with its own title', () => {
    const pip = doc.linkset[1]?.['https://ref.gs1.org/voc/pip'];
    expect(pip).toEqual([
      { href: `${BASE}/san-pham/42`, title: 'Thông tin sản phẩm OCOP', type: 'text/html', hreflang: ['vi'] },
      { href: `${BASE}/en/products/42`, title: 'OCOP product information', type: 'text/html', hreflang: ['en'] },
    ]);
  });

  it('marks one default link per level: verification for a stamp, product page for a GTIN', () => {
    expect(doc.linkset[0]?.['https://ref.gs1.org/voc/defaultLink']).toEqual([{ href: `${BASE}/xac-thuc/0123456789ABCDM`, title: 'Xác thực tem OCOP', type: 'text/html', hreflang: ['vi'] }]);
    expect(doc.linkset[0]?.['https://ref.gs1.org/voc/defaultLinkMulti']).toHaveLength(2);
    expect(doc.linkset[1]?.['https://ref.gs1.org/voc/defaultLink']).toEqual([expect.objectContaining({ href: `${BASE}/san-pham/42` })]);
  });

  it('leaves out levels without links and can carry the GS1 JSON-LD context', () => {
    expect(buildLinkset([{ anchor: `${GTIN_ANCHOR}/10/X`, links: [] }, gtinLevel]).linkset).toHaveLength(1);
    expect(linksetAsJsonLd(doc)['@context']).toBe('https://ref.gs1.org/standards/resolver/linkset-context');
  });
});

describe('Link header (RFC 8288)', () => {
  it('quotes parameters and sends Vietnamese titles as title* (RFC 8187) with an ASCII title beside it', () => {
    expect(formatLinkHeader([{ href: 'https://x/p', rel: 'https://ref.gs1.org/voc/pip', title: 'Thông tin "đặc sản"', hreflang: 'vi', type: 'text/html' }]))
      .toBe('<https://x/p>; rel="https://ref.gs1.org/voc/pip"; title="Thong tin \\"dac san\\""; title*=UTF-8\'vi\'Th%C3%B4ng%20tin%20%22%C4%91%E1%BA%B7c%20s%E1%BA%A3n%22; hreflang="vi"; type="text/html"');
    expect(asciiFold('Xác thực tem Đầm Hà')).toBe('Xac thuc tem Dam Ha');
  });

  it('lists every link with rel and title, plus the linkset (linkOnRedirect, linkMetadata)', () => {
    const decision = resolve({ levels, query: '' });
    const header = decision.kind === 'redirect' ? decision.linkHeader : '';
    const entries = header.split(/, (?=<)/);
    expect(entries).toHaveLength(2 + 2 + 1 + 2 + 2 + 1);
    for (const e of entries.slice(0, -1)) expect(e).toMatch(/^<https:[^>]+>; rel="https:\/\/ref\.gs1\.org\/voc\/\w+"; title="[^"]+"/);
    expect(entries.at(-1)).toBe(`<${SERIAL_ANCHOR}?linkType=linkset>; rel="linkset"; type="application/linkset+json"`);
  });

  it('exposes the uncompressed URI as owl:sameAs for a compressed request', () => {
    const decision = resolve({ levels, query: '', sameAs: SERIAL_ANCHOR });
    expect(decision.kind === 'redirect' && decision.linkHeader).toContain(`<${SERIAL_ANCHOR}>; rel="owl:sameAs"`);
  });
});

describe('redirect decisions', () => {
  it('sends 307 to the default link in the platform language when nothing is asked (defaultLinkSet)', () => {
    expect(resolve({ levels, query: '' })).toMatchObject({ kind: 'redirect', status: 307, location: `${BASE}/xac-thuc/0123456789ABCDM`, linkType: 'verificationService' });
  });

  it('follows Accept-Language among the variants of the chosen link', () => {
    expect(resolve({ levels, query: '', acceptLanguage: 'en-US,en;q=0.9,vi;q=0.5' })).toMatchObject({ location: `${BASE}/en/verify/0123456789ABCDM` });
    expect(resolve({ levels, query: '', acceptLanguage: 'fr' })).toMatchObject({ location: `${BASE}/xac-thuc/0123456789ABCDM` });
  });

  it('redirects to the requested link type, walking up to the level that has it', () => {
    expect(resolve({ levels, query: 'linkType=gs1:pip' })).toMatchObject({ status: 307, linkType: 'pip', location: `${BASE}/san-pham/42` });
    expect(resolve({ levels, query: 'linkType=https%3A%2F%2Fref.gs1.org%2Fvoc%2FcertificationInfo' })).toMatchObject({ linkType: 'certificationInfo' });
    expect(resolve({ levels, query: 'linkType=https://gs1.org/voc/epcis' })).toMatchObject({ linkType: 'epcis' });
  });

  it('answers an unknown or unavailable link type with the default link and a note', () => {
    expect(resolve({ levels, query: 'linkType=gs1:recipeInfo' })).toMatchObject({ linkType: 'verificationService', note: 'link-type-unknown' });
    expect(resolve({ levels: [gtinLevel], query: 'linkType=gs1:traceability' })).toMatchObject({ linkType: 'pip', note: 'link-type-unavailable' });
  });

  it('passes the query string on, without linkType, as received (qsPassedOn)', () => {
    expect(resolve({ levels, query: 'foo=bar' })).toMatchObject({ location: `${BASE}/xac-thuc/0123456789ABCDM?foo=bar` });
    expect(resolve({ levels, query: 'linkType=gs1:certificationInfo&17=261231&q=a%20b' }))
      .toMatchObject({ location: `${BASE}/chung-nhan/QN-2026-OCOP-000123?lang=vi&17=261231&q=a%20b` });
  });

  it('answers ?linkType=linkset, the deprecated ?linkType=all and Accept: application/linkset+json with the linkset', () => {
    const asked = resolve({ levels, query: 'linkType=linkset' });
    expect(asked).toMatchObject({ kind: 'linkset', status: 200, contentType: 'application/linkset+json' });
    expect(asked.kind === 'linkset' && asked.body).toEqual(buildLinkset(levels));
    expect(resolve({ levels, query: 'linkType=all' })).toMatchObject({ kind: 'linkset', note: 'link-type-all-deprecated' });
    expect(resolve({ levels, query: '', accept: 'application/linkset+json' })).toMatchObject({ kind: 'linkset' });
  });

  it('answers 404 when nothing is known about a valid identifier', () => {
    expect(resolve({ levels: [{ anchor: GTIN_ANCHOR, links: [] }], query: '' })).toEqual({ kind: 'not-found', status: 404 });
  });
});

describe('query and header helpers', () => {
  it('drops only linkType and empty pieces', () => {
    expect(passThroughQuery('linkType=gs1:pip&a=1&&b=2&linkType=all')).toBe('a=1&b=2');
    expect(passThroughQuery('')).toBe('');
  });

  it('appends after an existing query and before a fragment', () => {
    expect(withQuery('https://x/p', 'a=1')).toBe('https://x/p?a=1');
    expect(withQuery('https://x/p?id=5', 'a=1')).toBe('https://x/p?id=5&a=1');
    expect(withQuery('https://x/p?', 'a=1')).toBe('https://x/p?a=1');
    expect(withQuery('https://x/p#top', 'a=1')).toBe('https://x/p?a=1#top');
    expect(withQuery('https://x/p', '')).toBe('https://x/p');
  });

  it('orders Accept-Language ranges by q (RFC 9110 §12.5.4)', () => {
    expect(preferredLanguages('vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7')).toEqual(['vi-vn', 'vi', 'en-us', 'en']);
    expect(preferredLanguages('en;q=0.5, vi')).toEqual(['vi', 'en']);
    expect(preferredLanguages('en;q=0, *')).toEqual([]);
    expect(preferredLanguages(undefined)).toEqual([]);
  });

  it('reads linkType in CURIE and URI forms', () => {
    expect(parseLinkTypeParam('gs1:pip')).toEqual({ kind: 'type', linkType: 'pip' });
    expect(parseLinkTypeParam('http://gs1.org/voc/traceability')).toEqual({ kind: 'type', linkType: 'traceability' });
    expect(parseLinkTypeParam('pip')).toEqual({ kind: 'unknown', value: 'pip' });
    expect(parseLinkTypeParam(undefined)).toEqual({ kind: 'none' });
  });
});

describe('/.well-known/gs1resolver', () => {
  it('describes the resolver per the 1.2 description file (rdFile check: resolverRoot and supportedPrimaryKeys)', () => {
    const d = resolverDescription({ resolverRoot: `${BASE}/`, name: 'OCOP Quảng Ninh', contact: { fn: 'Văn phòng điều phối OCOP tỉnh Quảng Ninh' } });
    expect(d).toEqual({
      name: 'OCOP Quảng Ninh',
      resolverRoot: BASE,
      supportedPrimaryKeys: ['01'],
      supportedLinkType: [{ namespace: 'https://ref.gs1.org/voc/', prefix: 'gs1:' }],
      linkTypeDefaultCanBeLinkset: false,
      jsonLdContextLocation: 'https://ref.gs1.org/standards/resolver/linkset-context',
      contact: { fn: 'Văn phòng điều phối OCOP tỉnh Quảng Ninh' },
    });
    expect(d.resolverRoot).toMatch(/^(https?:)\/\/[^/?#]+$/);
  });
});
