import { type LinkType, GS1_VOC, parseLinkTypeParam } from './link-types.js';
import {
  type HeaderLink, type Linkset, type LinksetLevel, type ResolverLink, buildLinkset, defaultLinkType, formatLinkHeader,
  headerLinksOf, pickVariant,
} from './linkset.js';

// What the resolver answers for an identified item, decided without I/O (GS1-Conformant
// Resolver 1.2): 307 to the default link, or to the requested ?linkType= when the item has it;
// ?linkType=linkset (or Accept: application/linkset+json) answers the linkset itself, and the
// deprecated linkType=all does too. The request's query string is passed on to the target
// minus linkType itself; a Link header lists the links, the linkset and, for a compressed
// request, the uncompressed URI (rel owl:sameAs).

export const LINKSET_MEDIA_TYPE = 'application/linkset+json';

export type ResolveRequest = {
  /** Levels from most to least specific (walk-up order), each anchored at its uncompressed URI. */
  readonly levels: readonly LinksetLevel[];
  /** The request's raw query string, without the "?". */
  readonly query: string;
  readonly acceptLanguage?: string;
  readonly accept?: string;
  /** The uncompressed URI when the request was compressed (exposed as owl:sameAs). */
  readonly sameAs?: string;
};

export type ResolveNote =
  | 'link-type-unknown' // not a link type this resolver knows
  | 'link-type-unavailable' // known, but this item has no such link
  | 'link-type-all-deprecated'; // "all" is answered as "linkset"

export type ResolveDecision =
  | { readonly kind: 'linkset'; readonly status: 200; readonly contentType: typeof LINKSET_MEDIA_TYPE; readonly body: Linkset; readonly linkHeader: string; readonly note?: ResolveNote }
  | { readonly kind: 'redirect'; readonly status: 307; readonly location: string; readonly linkType: LinkType; readonly linkHeader: string; readonly note?: ResolveNote }
  /** The identifiers are valid but nothing is known about them. */
  | { readonly kind: 'not-found'; readonly status: 404 };

/** Raw `key=value` pieces of a query string, in order, empty pieces dropped. */
function queryPieces(query: string): string[] {
  return query.split('&').filter((p) => p.length > 0);
}

const pieceKey = (piece: string): string => decodeSafe(piece.split('=')[0] ?? '');

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** The first value of a query parameter, decoded. */
export function queryParam(query: string, name: string): string | undefined {
  const piece = queryPieces(query).find((p) => pieceKey(p) === name);
  if (piece === undefined) return undefined;
  const eq = piece.indexOf('=');
  return eq < 0 ? '' : decodeSafe(piece.slice(eq + 1));
}

/** The query string to pass on: every piece as received, in order, except linkType. */
export function passThroughQuery(query: string): string {
  return queryPieces(query).filter((p) => pieceKey(p) !== 'linkType').join('&');
}

/** `href` with `query` appended: after its own query string if it has one, before any fragment. */
export function withQuery(href: string, query: string): string {
  if (query.length === 0) return href;
  const hash = href.indexOf('#');
  const [base, fragment] = hash < 0 ? [href, ''] : [href.slice(0, hash), href.slice(hash)];
  const joiner = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?';
  return `${base}${joiner}${query}${fragment}`;
}

/** Language ranges of an Accept-Language header, best first (q=0 excluded, "*" ignored). */
export function preferredLanguages(header: string | undefined): string[] {
  if (header === undefined) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find((m) => m !== null);
      return { tag: tag.trim().toLowerCase(), q: q === undefined || q === null ? 1 : Number(q[1]), index };
    })
    .filter((l) => l.tag.length > 0 && l.tag !== '*' && l.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((l) => l.tag);
}

/** The Link header for a response about these levels. */
export function resolverLinkHeader(levels: readonly LinksetLevel[], sameAs?: string): string {
  const anchor = levels[0]?.anchor;
  const extra: HeaderLink[] = [];
  if (anchor !== undefined) extra.push({ href: withQuery(anchor, 'linkType=linkset'), rel: 'linkset', type: LINKSET_MEDIA_TYPE });
  if (sameAs !== undefined) extra.push({ href: sameAs, rel: 'owl:sameAs' });
  return formatLinkHeader([...headerLinksOf(levels), ...extra]);
}

/** Decides the response for one request. */
export function resolve(request: ResolveRequest): ResolveDecision {
  const links: ResolverLink[] = request.levels.flatMap((l) => l.links);
  if (links.length === 0) return { kind: 'not-found', status: 404 };
  const linkHeader = resolverLinkHeader(request.levels, request.sameAs);
  const requested = parseLinkTypeParam(queryParam(request.query, 'linkType'));
  const wantsLinkset = requested.kind === 'linkset' || requested.kind === 'all' || acceptsLinkset(request.accept, requested.kind);
  if (wantsLinkset) {
    const answer: ResolveDecision = { kind: 'linkset', status: 200, contentType: LINKSET_MEDIA_TYPE, body: buildLinkset(request.levels), linkHeader };
    return requested.kind === 'all' ? { ...answer, note: 'link-type-all-deprecated' } : answer;
  }
  const languages = preferredLanguages(request.acceptLanguage);
  const wanted = requested.kind === 'type' ? firstLevelWith(request.levels, requested.linkType) : undefined;
  const chosenType = wanted ?? defaultLinkType(request.levels[0]?.links ?? []) ?? defaultLinkType(links);
  const target = chosenType === undefined ? undefined : pickVariant(linksOfType(request.levels, chosenType), chosenType, languages);
  if (target === undefined) return { kind: 'not-found', status: 404 };
  const location = withQuery(target.href, passThroughQuery(request.query));
  const note = noteFor(requested.kind, wanted);
  const redirect: ResolveDecision = { kind: 'redirect', status: 307, location, linkType: target.linkType, linkHeader };
  return note === undefined ? redirect : { ...redirect, note };
}

function acceptsLinkset(accept: string | undefined, requested: string): boolean {
  return requested === 'none' && accept !== undefined && accept.toLowerCase().includes(LINKSET_MEDIA_TYPE);
}

function noteFor(kind: string, wanted: LinkType | undefined): ResolveNote | undefined {
  if (kind === 'unknown') return 'link-type-unknown';
  if (kind === 'type' && wanted === undefined) return 'link-type-unavailable';
  return undefined;
}

/** The most specific level offering this link type wins (walk-up). */
function firstLevelWith(levels: readonly LinksetLevel[], type: LinkType): LinkType | undefined {
  return levels.some((l) => l.links.some((k) => k.linkType === type)) ? type : undefined;
}

function linksOfType(levels: readonly LinksetLevel[], type: LinkType): readonly ResolverLink[] {
  return levels.find((l) => l.links.some((k) => k.linkType === type))?.links ?? [];
}

export type ResolverDescription = {
  readonly name: string;
  readonly resolverRoot: string;
  readonly supportedPrimaryKeys: readonly string[];
  readonly supportedLinkType: readonly { readonly namespace: string; readonly prefix: string }[];
  readonly linkTypeDefaultCanBeLinkset: boolean;
  readonly jsonLdContextLocation: string;
  readonly contact?: { readonly fn: string; readonly hasEmail?: string; readonly hasTelephone?: string };
};

/** The /.well-known/gs1resolver document (Conformant Resolver 1.2 description file). */
export function resolverDescription(options: { resolverRoot: string; name: string; contact?: ResolverDescription['contact'] }): ResolverDescription {
  const base = {
    name: options.name,
    resolverRoot: options.resolverRoot.replace(/\/+$/, ''),
    supportedPrimaryKeys: ['01'],
    supportedLinkType: [{ namespace: GS1_VOC, prefix: 'gs1:' }],
    // The default answer is a redirect; the linkset is only served when asked for.
    linkTypeDefaultCanBeLinkset: false,
    jsonLdContextLocation: 'https://ref.gs1.org/standards/resolver/linkset-context',
  };
  return options.contact === undefined ? base : { ...base, contact: options.contact };
}
