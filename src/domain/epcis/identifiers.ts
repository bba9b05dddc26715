import { gs1CheckDigit } from '../gtin.js';
import { decodeAiValue, encodeAiValue } from '../stamps/uri-component.js';

// EPC identifiers in their two EPCIS 2.0 spellings: EPC URNs (urn:epc:id:sgtin:0614141.107346.2017)
// and GS1 Digital Link URIs (https://id.gs1.org/01/10614141073464/21/2017), per the GS1 Tag Data
// Standard 2.x mapping. URN → Digital Link is lossless. Digital Link → URN needs the length of the
// GS1 Company Prefix, which the URI does not carry; callers pass it (default 7 digits, the length
// used by GS1's own EPCIS examples) — see docs/epcis.md.
//
// The canonical form (CBV 2.0 event hash rules 17–18) is a Digital Link on https://id.gs1.org with
// no query string and only the finest level of identification (01+21, 01+10, 414+254, …).

export const CANONICAL_DL_BASE = 'https://id.gs1.org';
export const DEFAULT_GCP_LENGTH = 7;

/** Primary keys (AIs) a canonical Digital Link may start with, and the qualifiers each keeps. */
const KEY_QUALIFIERS: Readonly<Record<string, readonly string[]>> = {
  '00': [], '01': ['21', '10', '235'], '253': [], '255': [], '401': [], '402': [], '414': ['254'], '417': [],
  '8003': [], '8004': [], '8006': ['21', '10'], '8010': ['8011'], '8017': [], '8018': [],
};

const NUMERIC_KEYS: ReadonlySet<string> = new Set(['00', '01', '402', '414', '417', '8006', '8017', '8018']);

type Pair = { ai: string; value: string };

const withCheck = (body: string): string => `${body}${gs1CheckDigit(body)}`;
const decodeUrnPart = (s: string): string => {
  const d = decodeAiValue(s);
  return 'value' in d ? d.value : s;
};
const dl = (pairs: readonly Pair[]): string => `${CANONICAL_DL_BASE}${pairs.map((p) => `/${p.ai}/${encodeAiValue(p.value)}`).join('')}`;

/** GTIN-14 from an SGTIN/LGTIN company prefix and item reference (indicator digit first). */
function gtinOf(cp: string, itemRef: string): string {
  return withCheck(`${itemRef.charAt(0)}${cp}${itemRef.slice(1)}`);
}

type UrnMapper = (parts: readonly string[]) => Pair[] | undefined;

const URN_MAPPERS: Readonly<Record<string, UrnMapper>> = {
  'id:sgtin': ([cp = '', ir = '', ser]) => (ser === undefined ? undefined : [{ ai: '01', value: gtinOf(cp, ir) }, { ai: '21', value: decodeUrnPart(ser) }]),
  'class:lgtin': ([cp = '', ir = '', lot]) => (lot === undefined ? undefined : [{ ai: '01', value: gtinOf(cp, ir) }, { ai: '10', value: decodeUrnPart(lot) }]),
  'idpat:sgtin': ([cp = '', ir = '', star]) => (star === '*' ? [{ ai: '01', value: gtinOf(cp, ir) }] : undefined),
  'id:sscc': ([cp = '', sr = '']) => [{ ai: '00', value: withCheck(`${sr.charAt(0)}${cp}${sr.slice(1)}`) }],
  'id:sgln': ([cp = '', lr = '', ext]) => {
    const gln: Pair = { ai: '414', value: withCheck(`${cp}${lr}`) };
    return ext === undefined || ext === '0' ? [gln] : [gln, { ai: '254', value: decodeUrnPart(ext) }];
  },
  'id:pgln': ([cp = '', pr = '']) => [{ ai: '417', value: withCheck(`${cp}${pr}`) }],
  'id:grai': ([cp = '', at = '', ser = '']) => [{ ai: '8003', value: `0${withCheck(`${cp}${at}`)}${decodeUrnPart(ser)}` }],
  'id:giai': ([cp = '', iar = '']) => [{ ai: '8004', value: `${cp}${decodeUrnPart(iar)}` }],
};

const URN_PATTERN = /^urn:epc:(id|class|idpat):([a-z]+):(.+)$/;

/** The canonical Digital Link of an EPC URN, or undefined when the URN is not one this module maps. */
export function digitalLinkFromUrn(urn: string): string | undefined {
  const m = URN_PATTERN.exec(urn.trim());
  if (m === null) return undefined;
  const mapper = URN_MAPPERS[`${m[1] ?? ''}:${m[2] ?? ''}`];
  const parts = (m[3] ?? '').split('.');
  const pairs = mapper?.(parts);
  if (pairs === undefined || !pairs.every((p) => p.value.length > 0 && !p.value.includes('NaN'))) return undefined;
  return dl(pairs);
}

/** Reads the GS1 key and qualifier pairs from any Digital Link URI (any domain, any stem). */
export function digitalLinkPairs(uri: string): Pair[] | undefined {
  const m = /^https?:\/\/[^/?#]+((?:\/[^?#]*)?)/i.exec(uri.trim());
  if (m === null) return undefined;
  const segments = (m[1] ?? '').split('/').slice(1);
  // A primary key is a known AI followed by a value; numeric keys must have a numeric value, so a
  // path such as /products/01/abc is not read as a GTIN.
  const start = segments.findIndex((s, i) => KEY_QUALIFIERS[s] !== undefined && segments[i + 1] !== undefined
    && (!NUMERIC_KEYS.has(s) || /^\d+$/.test(segments[i + 1] ?? '')));
  if (start < 0 || (segments.length - start) % 2 !== 0) return undefined;
  const pairs: Pair[] = [];
  for (let i = start; i < segments.length; i += 2) {
    const decoded = decodeAiValue(segments[i + 1] ?? '');
    if (!('value' in decoded) || decoded.value === '') return undefined;
    pairs.push({ ai: segments[i] ?? '', value: decoded.value });
  }
  return pairs;
}

/** Keeps the primary key and its finest qualifier (rule 18 (III) of the CBV 2.0 hash algorithm). */
function finestPairs(pairs: readonly Pair[]): Pair[] {
  const [key, ...rest] = pairs;
  if (key === undefined) return [];
  const allowed = KEY_QUALIFIERS[key.ai] ?? [];
  const qualifier = allowed.map((ai) => rest.find((p) => p.ai === ai)).find((p) => p !== undefined);
  return qualifier === undefined ? [key] : [key, qualifier];
}

/**
 * The canonical form of an identifier URI: EPC URNs and Digital Links become a canonical
 * Digital Link; anything else (a private URI, a non-GS1 identifier) is returned trimmed.
 */
export function canonicalIdentifier(uri: string): string {
  const trimmed = uri.trim();
  if (trimmed.startsWith('urn:epc:')) return digitalLinkFromUrn(trimmed) ?? trimmed;
  if (!/^https?:\/\//i.test(trimmed)) return trimmed;
  const pairs = digitalLinkPairs(trimmed);
  return pairs === undefined ? trimmed : dl(finestPairs(pairs));
}

/** Whether a URI is an identifier this module understands (URN it maps, or a GS1 Digital Link). */
export function isGs1Identifier(uri: string): boolean {
  return canonicalIdentifier(uri) !== uri.trim() || uri.trim().startsWith(`${CANONICAL_DL_BASE}/`);
}

const split = (digits: string, gcp: number): [string, string] => [digits.slice(0, gcp), digits.slice(gcp)];

function sgtinParts(gtin: string, gcp: number): string {
  const [cp, rest] = split(gtin.slice(1, 13), gcp);
  return `${cp}.${gtin.charAt(0)}${rest}`;
}

type DlMapper = (pairs: ReadonlyMap<string, string>, key: string, gcp: number) => string | undefined;

const DL_MAPPERS: Readonly<Record<string, DlMapper>> = {
  '01': (q, gtin, gcp) => {
    const ser = q.get('21');
    const lot = q.get('10');
    if (ser !== undefined) return `urn:epc:id:sgtin:${sgtinParts(gtin, gcp)}.${encodeAiValue(ser)}`;
    if (lot !== undefined) return `urn:epc:class:lgtin:${sgtinParts(gtin, gcp)}.${encodeAiValue(lot)}`;
    return `urn:epc:idpat:sgtin:${sgtinParts(gtin, gcp)}.*`;
  },
  '00': (_q, sscc, gcp) => {
    const [cp, rest] = split(sscc.slice(1, 17), gcp);
    return `urn:epc:id:sscc:${cp}.${sscc.charAt(0)}${rest}`;
  },
  '414': (q, gln, gcp) => {
    const [cp, lr] = split(gln.slice(0, 12), gcp);
    return `urn:epc:id:sgln:${cp}.${lr}.${encodeAiValue(q.get('254') ?? '0')}`;
  },
  '417': (_q, gln, gcp) => {
    const [cp, pr] = split(gln.slice(0, 12), gcp);
    return `urn:epc:id:pgln:${cp}.${pr}`;
  },
  '8003': (_q, grai, gcp) => {
    const [cp, at] = split(grai.slice(1, 13), gcp);
    return `urn:epc:id:grai:${cp}.${at}.${encodeAiValue(grai.slice(14))}`;
  },
  '8004': (_q, giai, gcp) => `urn:epc:id:giai:${giai.slice(0, gcp)}.${encodeAiValue(giai.slice(gcp))}`,
};

/** The EPC URN of a Digital Link (GS1 Company Prefix length `gcpLength`), or undefined when not mappable. */
export function urnFromDigitalLink(uri: string, gcpLength = DEFAULT_GCP_LENGTH): string | undefined {
  const pairs = digitalLinkPairs(uri);
  const key = pairs?.[0];
  if (pairs === undefined || key === undefined) return undefined;
  const mapper = DL_MAPPERS[key.ai];
  if (mapper === undefined || !/^\d+$/.test(key.value.slice(0, 13))) return undefined;
  return mapper(new Map(pairs.slice(1).map((p) => [p.ai, p.value])), key.value, gcpLength);
}

export type EpcFormat = 'digital-link' | 'urn' | 'as-captured';

/** An identifier in the format a client asked for; anything not convertible is returned as it is. */
export function formatIdentifier(uri: string, format: EpcFormat, gcpLength = DEFAULT_GCP_LENGTH): string {
  if (format === 'as-captured') return uri;
  const isUrn = uri.startsWith('urn:epc:');
  if (format === 'digital-link') return isUrn ? digitalLinkFromUrn(uri) ?? uri : uri;
  if (isUrn) return uri;
  return urnFromDigitalLink(uri, gcpLength) ?? uri;
}
