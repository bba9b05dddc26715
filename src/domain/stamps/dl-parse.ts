import { GTIN_QUALIFIER_ORDER, OTHER_PRIMARY_KEYS, aiSpec, aiValueProblem } from './gs1-ai.js';
import { decompressSegment, isCompressedSegment } from './dl-compression.js';
import { type AiElement, type DigitalLinkForm, type Failure, type GtinIdentifiers, type Parsed, type QueryParam, fail } from './dl-types.js';
import { decodeAiValue } from './uri-component.js';

// The steps of reading a Digital Link URI, following the GS1 Digital Link URI syntax and the
// reference parser (gs1-syntax-engine dl.c): split off scheme, host and fragment; find the
// primary key by walking "/AI/value" pairs back from the end of the path (whatever precedes it
// is the stem, so a resolver may live under any path); check the key-qualifier sequence; then
// read the data attributes from the query string.

const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;
const BAD_DOMAIN_CHARS = /[_~?#@!$&'()*+,;=%]/;
/** Lower or upper case only: the syntax engine refuses "HtTp". */
const SCHEME = /^(https?|HTTPS?):\/\//;
/** Convenience alphas were removed from Digital Link; name them instead of failing vaguely. */
const CONVENIENCE_ALPHAS = new Set(['gtin', 'cpv', 'lot', 'ser', 'exp', 'sscc', 'gln']);
const OTHER_KEYS: readonly string[] = OTHER_PRIMARY_KEYS;

export type UriParts = { readonly origin: string; readonly segments: readonly string[]; readonly query: string };

export function splitUri(uri: string, tolerateTrailingSlash: boolean): Parsed<UriParts> {
  if (!URI_CHARS.test(uri)) return fail('illegal-characters', 'the URI has characters that must be percent-encoded (spaces, non-ASCII letters, quotes…)');
  const noFragment = uri.split('#')[0] ?? '';
  const scheme = SCHEME.exec(noFragment);
  if (scheme === null) return fail('bad-scheme', 'a Digital Link starts with http:// or https://');
  const rest = noFragment.slice(scheme[0].length);
  const slash = rest.indexOf('/');
  if (slash === 0 || (slash < 0 && rest.length === 0)) return fail('bad-domain', 'the URI has no host name');
  if (slash < 0) return fail('no-primary-key', 'the URI has no path, so no GS1 identifier');
  const host = rest.slice(0, slash);
  if (BAD_DOMAIN_CHARS.test(host)) return fail('bad-domain', `the host name "${host}" has characters a host name cannot have`);
  const [rawPath = '', ...queryParts] = rest.slice(slash).split('?');
  let path = rawPath;
  if (path.length > 1 && path.endsWith('/')) {
    if (!tolerateTrailingSlash) return fail('trailing-slash', 'a Digital Link path does not end with "/"');
    path = path.slice(0, -1);
  }
  return { ok: true, value: { origin: `${scheme[0]}${host}`, segments: path.split('/').slice(1), query: queryParts.join('?') } };
}

export type Located = { readonly form: DigitalLinkForm; readonly stemSegments: readonly string[]; readonly elements: readonly AiElement[]; readonly otherParams: readonly QueryParam[] };

/** Finds the primary key in the path segments and decodes what follows it. */
export function locatePrimaryKey(segments: readonly string[]): Parsed<Located> {
  let i = segments.length - 2;
  for (; i >= 0; i -= 2) {
    const key = segments[i] ?? '';
    if (!/^\d{2,4}$/.test(key)) break;
    if (OTHER_KEYS.includes(key)) {
      return fail('unsupported-primary-key', `AI (${key}) is a GS1 primary key this resolver does not serve; it resolves GTINs, AI (01)`, key);
    }
    if (aiSpec(key) === undefined) break;
    if (key === '01') return pathPairs(segments, i);
  }
  return locateOther(segments, i);
}

function pathPairs(segments: readonly string[], start: number): Parsed<Located> {
  const elements: AiElement[] = [];
  for (let j = start; j < segments.length; j += 2) {
    const ai = segments[j] ?? '';
    const raw = segments[j + 1] ?? '';
    if (raw.length === 0) return fail('empty-value', `AI (${ai}) has an empty path segment`, ai);
    const decoded = decodeAiValue(raw, false);
    if ('problem' in decoded) return fail('bad-percent-encoding', `the value of AI (${ai}) has a "%" that is not followed by two hex digits, or encodes a NUL`, ai);
    elements.push({ ai, value: decoded.value });
  }
  return { ok: true, value: { form: 'uncompressed', stemSegments: segments.slice(0, start), elements, otherParams: [] } };
}

/** No "/01/…" pair chain reaches the end of the path: partially or fully compressed, or wrong. */
function locateOther(segments: readonly string[], stoppedAt: number): Parsed<Located> {
  const n = segments.length;
  const last = segments[n - 1] ?? '';
  if (n >= 3 && segments[n - 3] === '01' && /^\d+$/.test(segments[n - 2] ?? '') && isCompressedSegment(last)) {
    const attempt = compressed(segments.slice(0, n - 3), last, [{ ai: '01', value: segments[n - 2] ?? '' }], 'partially-compressed');
    if (attempt.ok || attempt.problem.code !== 'bad-compression') return attempt;
    return fail('malformed-path', `"${last}" after the GTIN is neither an /AI/value pair nor compressed Digital Link data`);
  }
  const stopKey = segments[stoppedAt] ?? '';
  if (segments.slice(0, Math.max(stoppedAt, 0)).includes('01')) {
    if (/^\d{2,4}$/.test(stopKey)) return fail('unknown-ai', `AI (${stopKey}) is not one this resolver accepts in a path`, stopKey);
    return fail('malformed-path', 'the path after /01/ is not a sequence of /AI/value pairs (a "/" inside a value must be written %2F)');
  }
  const alpha = segments.find((s) => CONVENIENCE_ALPHAS.has(s));
  if (alpha !== undefined) return fail('unknown-ai', `"${alpha}" is a convenience alpha, which GS1 Digital Link no longer allows; use the numeric AI`);
  if (n >= 1 && isCompressedSegment(last) && last.length >= 8) {
    const attempt = compressed(segments.slice(0, n - 1), last, [], 'compressed');
    if (attempt.ok || attempt.problem.code !== 'bad-compression') return attempt;
  }
  return fail('no-primary-key', 'no GS1 primary key (/01/ followed by a GTIN) in the path, and it is not a compressed Digital Link');
}

function compressed(stemSegments: readonly string[], segment: string, prefix: readonly AiElement[], form: DigitalLinkForm): Parsed<Located> {
  const d = decompressSegment(segment);
  if (!d.ok) return d;
  return { ok: true, value: { form, stemSegments, elements: [...prefix, ...d.value.elements], otherParams: d.value.otherParams } };
}

/** The GTIN-14 of a path or compressed GTIN value, accepting the zero-suppressed 8/12/13-digit forms. */
export function readGtin(value: string): Parsed<string> {
  if (!/^\d+$/.test(value)) return fail('bad-characters', `AI (01) GTIN "${value}" must be digits only`, '01');
  if (![8, 12, 13, 14].includes(value.length)) return fail('bad-length', `AI (01) GTIN must have 8, 12, 13 or 14 digits, "${value}" has ${value.length}`, '01');
  const gtin = value.padStart(14, '0');
  const spec = aiSpec('01');
  const problem = spec === undefined ? undefined : aiValueProblem(spec, gtin);
  return problem === undefined ? { ok: true, value: gtin } : fail(problem.code, problem.message, '01');
}

type Qualified = GtinIdentifiers & { readonly extraAttributes: readonly AiElement[] };

const QUALIFIERS: readonly string[] = GTIN_QUALIFIER_ORDER;
const qualifierRank = (ai: string): number => QUALIFIERS.indexOf(ai);

/**
 * Splits located elements into the identifiers. A path must give the qualifiers in the order
 * 22, 10, 21 (each at most once); compressed data may carry them, and attributes, in any order.
 */
export function identifiersOf(elements: readonly AiElement[], ordered: boolean): Parsed<Qualified> {
  const primary = elements.filter((e) => e.ai === '01');
  if (primary.length !== 1) return fail(primary.length === 0 ? 'no-primary-key' : 'duplicate-ai', 'a Digital Link has exactly one AI (01)', '01');
  const gtin = readGtin(primary[0]?.value ?? '');
  if (!gtin.ok) return gtin;
  const ids: Record<string, string> = {};
  const extraAttributes: AiElement[] = [];
  let lastRank = -1;
  for (const e of elements.filter((x) => x.ai !== '01')) {
    const rank = qualifierRank(e.ai);
    if (rank < 0) {
      if (ordered || aiSpec(e.ai)?.role !== 'attribute') {
        return fail('not-a-qualifier', `AI (${e.ai}) is not a key qualifier of AI (01); data attributes go in the query string`, e.ai);
      }
      extraAttributes.push(e);
      continue;
    }
    const problem = qualifierProblem(e, ids, ordered && rank < lastRank);
    if (problem !== undefined) return problem;
    ids[e.ai] = e.value;
    lastRank = rank;
  }
  return { ok: true, value: { gtin: gtin.value, cpv: ids['22'], lot: ids['10'], serial: ids['21'], extraAttributes } };
}

function qualifierProblem(e: AiElement, seen: Readonly<Record<string, string>>, outOfOrder: boolean): Failure | undefined {
  if (seen[e.ai] !== undefined) return fail('duplicate-ai', `AI (${e.ai}) appears twice`, e.ai);
  if (outOfOrder) return fail('qualifier-order', `key qualifiers of AI (01) come in the order 22, 10, 21; (${e.ai}) is out of place`, e.ai);
  return valueFailure(e);
}

function valueFailure(e: AiElement): Failure | undefined {
  const spec = aiSpec(e.ai);
  const problem = spec === undefined ? undefined : aiValueProblem(spec, e.value);
  return problem === undefined ? undefined : fail(problem.code, problem.message, e.ai);
}

export type QueryData = { readonly attributes: Readonly<Record<string, string>>; readonly otherParams: readonly QueryParam[] };

/** Reads the query string: numeric keys are AIs (validated), others are passed along as given. */
export function readQuery(query: string, pathAis: ReadonlySet<string>, seed: readonly AiElement[]): Parsed<QueryData> {
  const attributes: Record<string, string> = {};
  for (const e of seed) {
    const problem = valueFailure(e);
    if (problem !== undefined) return problem;
    attributes[e.ai] = e.value;
  }
  const otherParams: QueryParam[] = [];
  for (const part of query.split('&')) {
    if (part.length === 0) continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    if (eq < 0 || !/^\d+$/.test(rawKey)) {
      otherParams.push([lenient(rawKey), eq < 0 ? '' : lenient(part.slice(eq + 1))]);
      continue;
    }
    const problem = readAttribute(rawKey, part.slice(eq + 1), pathAis, attributes);
    if (problem !== undefined) return problem;
  }
  return { ok: true, value: { attributes, otherParams } };
}

function readAttribute(ai: string, raw: string, pathAis: ReadonlySet<string>, into: Record<string, string>): Failure | undefined {
  const spec = aiSpec(ai);
  if (spec === undefined) return fail('unknown-ai', `AI (${ai}) in the query string is not one this resolver accepts`, ai);
  if (pathAis.has(ai) || into[ai] !== undefined) return fail('duplicate-ai', `AI (${ai}) appears twice`, ai);
  if (spec.role === 'qualifier') return fail('ai-belongs-in-path', `AI (${ai}) is a key qualifier and belongs in the path, in the order 22, 10, 21`, ai);
  if (spec.role !== 'attribute') return fail('not-an-attribute', `AI (${ai}) cannot be a data attribute`, ai);
  if (raw.length === 0) return fail('empty-value', `AI (${ai}) has an empty value`, ai);
  const decoded = decodeAiValue(raw, true);
  if ('problem' in decoded) return fail('bad-percent-encoding', `the value of AI (${ai}) is not correctly percent-encoded`, ai);
  const problem = aiValueProblem(spec, decoded.value);
  if (problem !== undefined) return fail(problem.code, problem.message, ai);
  into[ai] = decoded.value;
  return undefined;
}

function lenient(raw: string): string {
  const d = decodeAiValue(raw, true);
  return 'value' in d ? d.value : raw;
}
