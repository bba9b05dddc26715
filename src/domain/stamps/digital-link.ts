import { gtinProblem, normalizeGtin } from '../gtin.js';
import { compressElements } from './dl-compression.js';
import { identifiersOf, locatePrimaryKey, readQuery, splitUri } from './dl-parse.js';
import {
  type AiElement, type DigitalLink, DigitalLinkError, type GtinIdentifiers, type Parsed, type QueryParam, fail,
} from './dl-types.js';
import { aiSpec, aiValueProblem } from './gs1-ai.js';
import { normaliseSerialInput, serialProblem } from './serial.js';
import { encodeAiValue } from './uri-component.js';

// GS1 Digital Link URIs as the platform prints and reads them (design §4 "Stamps"):
//   {OCOP_PUBLIC_URL}/01/{GTIN-14}[/22/{cpv}][/10/{lot}][/21/{serial}][?17=YYMMDD…]
// and, for products without a GTIN, the platform's own short form {OCOP_PUBLIC_URL}/s/{serial}.
// Reading is liberal where the standard's older versions were (GTIN-8/12/13 are zero-padded,
// compressed links are decompressed, a trailing slash may be tolerated); writing is strict
// (GTIN-14, numeric AIs, qualifiers in order, every value percent-encoded).

export type { DigitalLink, DigitalLinkProblem, GtinIdentifiers, Parsed } from './dl-types.js';
export { DigitalLinkError } from './dl-types.js';

export type ParseOptions = {
  /** A resolver SHOULD tolerate one trailing slash (Conformant Resolver 1.2); the URI syntax itself forbids it. */
  readonly tolerateTrailingSlash?: boolean;
};

/** Reads an uncompressed, partially compressed or compressed Digital Link URI with an AI (01) key. */
export function parseDigitalLink(uri: string, options: ParseOptions = {}): Parsed<DigitalLink> {
  const parts = splitUri(uri, options.tolerateTrailingSlash ?? false);
  if (!parts.ok) return parts;
  const located = locatePrimaryKey(parts.value.segments);
  if (!located.ok) return located;
  const { form, stemSegments, elements, otherParams } = located.value;
  const ids = identifiersOf(elements, form === 'uncompressed');
  if (!ids.ok) return ids;
  const pathAis = new Set(elements.map((e) => e.ai).filter((ai) => aiSpec(ai)?.role !== 'attribute'));
  const query = readQuery(parts.value.query, pathAis, ids.value.extraAttributes);
  if (!query.ok) return query;
  const { extraAttributes: _extra, ...identifiers } = ids.value;
  return {
    ok: true,
    value: {
      ...withoutUndefined(identifiers),
      form,
      stem: [parts.value.origin, ...stemSegments].join('/'),
      attributes: query.value.attributes,
      otherParams: [...otherParams, ...query.value.otherParams],
    },
  };
}

function withoutUndefined(ids: GtinIdentifiers): GtinIdentifiers {
  const out: { gtin: string; cpv?: string; lot?: string; serial?: string } = { gtin: ids.gtin };
  if (ids.cpv !== undefined) out.cpv = ids.cpv;
  if (ids.lot !== undefined) out.lot = ids.lot;
  if (ids.serial !== undefined) out.serial = ids.serial;
  return out;
}

/** The elements of a link in path order, each checked; throws DigitalLinkError on bad data. */
function checkedElements(ids: GtinIdentifiers, attributes: Readonly<Record<string, string>>): { path: AiElement[]; query: AiElement[] } {
  const gtin = normalizeGtin(ids.gtin);
  if (gtin === undefined) {
    const code = gtinProblem(ids.gtin.replace(/[\s-]/g, '')) === 'check-digit' ? 'check-digit' : 'bad-length';
    throw new DigitalLinkError({ code, ai: '01', message: `"${ids.gtin}" is not a valid GTIN` });
  }
  const path: AiElement[] = [{ ai: '01', value: gtin }];
  for (const [ai, value] of [['22', ids.cpv], ['10', ids.lot], ['21', ids.serial]] as const) {
    if (value !== undefined) path.push(checked(ai, value, 'qualifier'));
  }
  const query = Object.keys(attributes).sort().map((ai) => checked(ai, attributes[ai] ?? '', 'attribute'));
  return { path, query };
}

function checked(ai: string, value: string, role: 'qualifier' | 'attribute'): AiElement {
  const spec = aiSpec(ai);
  if (spec === undefined || spec.role !== role) {
    throw new DigitalLinkError({ code: role === 'attribute' ? 'not-an-attribute' : 'not-a-qualifier', ai, message: `AI (${ai}) cannot be a ${role} here` });
  }
  const problem = aiValueProblem(spec, value);
  if (problem !== undefined) throw new DigitalLinkError({ code: problem.code, ai, message: problem.message });
  return { ai, value };
}

const trimStem = (stem: string): string => stem.replace(/\/+$/, '');

/** The canonical uncompressed URI: GTIN-14, qualifiers 22/10/21 in order, attributes sorted by AI. */
export function buildDigitalLink(stem: string, ids: GtinIdentifiers, attributes: Readonly<Record<string, string>> = {}): string {
  const { path, query } = checkedElements(ids, attributes);
  const p = path.map((e) => `/${e.ai}/${encodeAiValue(e.value)}`).join('');
  const q = query.map((e) => `${e.ai}=${encodeAiValue(e.value, true)}`).join('&');
  return `${trimStem(stem)}${p}${q.length > 0 ? `?${q}` : ''}`;
}

/** The same link compressed into one base64url segment (GS1 Digital Link compression). */
export function compressDigitalLink(stem: string, ids: GtinIdentifiers, attributes: Readonly<Record<string, string>> = {}): string {
  const { path, query } = checkedElements(ids, attributes);
  return `${trimStem(stem)}/${compressElements([...path, ...query])}`;
}

/** The uncompressed form of a parsed link (what a resolver exposes as owl:sameAs). */
export function canonicalDigitalLink(link: DigitalLink): string {
  return buildDigitalLink(link.stem, link, link.attributes);
}

/** What a stamp's QR code encodes (design §4): the Digital Link with a GTIN, else the short URL. */
export type StampIdentity = { readonly serial: string; readonly gtin?: string | null; readonly lot?: string | null };

export function stampUri(publicBase: string, stamp: StampIdentity): string {
  if (stamp.gtin === undefined || stamp.gtin === null) return `${trimStem(publicBase)}/s/${encodeAiValue(stamp.serial)}`;
  const lot = stamp.lot ?? undefined;
  return buildDigitalLink(publicBase, lot === undefined ? { gtin: stamp.gtin, serial: stamp.serial } : { gtin: stamp.gtin, lot, serial: stamp.serial });
}

export type ShortStampLink = { readonly serial: string; readonly otherParams: readonly QueryParam[] };
export type StampLink = { readonly kind: 'digital-link'; readonly link: DigitalLink } | { readonly kind: 'short'; readonly link: ShortStampLink };

/**
 * Reads any URI a stamp can carry. The short form is recognised only under the platform's own
 * base; its serial is normalised (case, look-alikes) and must be a valid platform serial, check
 * symbol included, so a mistyped code is refused before any lookup.
 */
export function parseStampUri(uri: string, publicBase: string, options: ParseOptions = {}): Parsed<StampLink> {
  const prefix = `${trimStem(publicBase)}/s/`;
  if (!uri.toLowerCase().startsWith(prefix.toLowerCase())) {
    const dl = parseDigitalLink(uri, options);
    return dl.ok ? { ok: true, value: { kind: 'digital-link', link: dl.value } } : dl;
  }
  const rest = (uri.slice(prefix.length).split('#')[0] ?? '');
  const [rawSerial = '', ...query] = rest.split('?');
  const trimmed = options.tolerateTrailingSlash === true ? rawSerial.replace(/\/$/, '') : rawSerial;
  const serial = normaliseSerialInput(decodeURIComponentSafe(trimmed));
  const problem = serialProblem(serial);
  if (problem !== undefined) return fail('bad-serial', `"${trimmed}" is not a stamp serial (${problem})`, '21');
  const parsedQuery = readQuery(query.join('?'), new Set(), []);
  const otherParams = parsedQuery.ok ? parsedQuery.value.otherParams : [];
  return { ok: true, value: { kind: 'short', link: { serial, otherParams } } };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
