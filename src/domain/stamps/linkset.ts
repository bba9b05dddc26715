import type { Text } from '../evaluation/types.js';
import {
  DEFAULT_LANGUAGE, DEFAULT_LINK_MULTI_REL, DEFAULT_LINK_REL, LANGUAGES, LINK_TYPE_MEDIA, LINK_TYPE_TITLES, type Language,
  type LinkType, linkTypeUri,
} from './link-types.js';

// RFC 9264 linksets (application/linkset+json) and RFC 8288 Link headers for an identified
// item, in the shape GS1-Conformant Resolver 1.2 publishes: a top-level "linkset" array with
// one context object per walk-up level, each with its "anchor" (the uncompressed Digital Link
// of that level) and one key per link relation type (full GS1 vocabulary URIs), whose value is
// an array of target objects {href, title, type, hreflang}.

export type ResolverLink = {
  readonly linkType: LinkType;
  readonly href: string;
  readonly title: string;
  readonly type: string;
  readonly hreflang?: readonly Language[];
};

/** What a service knows about a link: one URL per language, or one URL for everyone. */
export type LinkTarget = {
  readonly linkType: LinkType;
  readonly href: string | Readonly<Record<Language, string>>;
  readonly title?: Text;
  readonly type?: string;
};

/** One link per language variant; a single-URL link is titled in the platform's language. */
export function expandLinkTargets(targets: readonly LinkTarget[]): ResolverLink[] {
  return targets.flatMap((t) => {
    const title = t.title ?? LINK_TYPE_TITLES[t.linkType];
    const type = t.type ?? LINK_TYPE_MEDIA[t.linkType];
    if (typeof t.href === 'string') return [{ linkType: t.linkType, href: t.href, title: title[DEFAULT_LANGUAGE], type }];
    const byLang = t.href;
    return LANGUAGES.map((lang) => ({ linkType: t.linkType, href: byLang[lang], title: title[lang], type, hreflang: [lang] }));
  });
}

export type LinksetLevel = {
  /** Uncompressed Digital Link of this level, e.g. https://…/01/08934588012228/10/L2606. */
  readonly anchor: string;
  readonly itemDescription?: string;
  readonly links: readonly ResolverLink[];
};

export type LinkTargetObject = { readonly href: string; readonly title: string; readonly type: string; readonly hreflang?: readonly string[] };
export type LinksetContext = {
  readonly anchor: string;
  readonly itemDescription?: string;
  readonly [relation: string]: string | readonly LinkTargetObject[] | undefined;
};
export type Linkset = { readonly linkset: readonly LinksetContext[] };

/** Which link type is the default: a buyer scanning a stamp first wants to know it is genuine. */
export const DEFAULT_PREFERENCE: readonly LinkType[] = ['verificationService', 'pip', 'certificationInfo', 'traceability', 'epcis'];

export function defaultLinkType(links: readonly ResolverLink[]): LinkType | undefined {
  return DEFAULT_PREFERENCE.find((t) => links.some((l) => l.linkType === t));
}

/** The variant of `linkType` for the preferred languages (best first), else the platform's language, else the first. */
export function pickVariant(links: readonly ResolverLink[], linkType: LinkType, languages: readonly string[] = []): ResolverLink | undefined {
  const candidates = links.filter((l) => l.linkType === linkType);
  for (const lang of [...languages, DEFAULT_LANGUAGE]) {
    const match = candidates.find((l) => l.hreflang?.some((h) => h === lang || lang.startsWith(`${h}-`)));
    if (match !== undefined) return match;
  }
  return candidates.find((l) => l.hreflang === undefined) ?? candidates[0];
}

const targetObject = (l: ResolverLink): LinkTargetObject =>
  (l.hreflang === undefined ? { href: l.href, title: l.title, type: l.type } : { href: l.href, title: l.title, type: l.type, hreflang: l.hreflang });

function contextObject(level: LinksetLevel): LinksetContext {
  const ctx: { anchor: string; itemDescription?: string; [relation: string]: string | LinkTargetObject[] | undefined } = { anchor: level.anchor };
  if (level.itemDescription !== undefined) ctx.itemDescription = level.itemDescription;
  for (const link of level.links) {
    const rel = linkTypeUri(link.linkType);
    const list = ctx[rel];
    if (Array.isArray(list)) list.push(targetObject(link));
    else ctx[rel] = [targetObject(link)];
  }
  const type = defaultLinkType(level.links);
  const chosen = type === undefined ? undefined : pickVariant(level.links, type);
  if (type !== undefined && chosen !== undefined) {
    ctx[DEFAULT_LINK_REL] = [targetObject(chosen)];
    const variants = level.links.filter((l) => l.linkType === type);
    if (variants.length > 1) ctx[DEFAULT_LINK_MULTI_REL] = variants.map(targetObject);
  }
  return ctx;
}

/** The linkset document: one context object per level, most specific first; levels without links are left out. */
export function buildLinkset(levels: readonly LinksetLevel[]): Linkset {
  return { linkset: levels.filter((l) => l.links.length > 0).map(contextObject) };
}

/** The same document for application/ld+json, with the GS1 linkset context. */
export const LINKSET_JSONLD_CONTEXT = 'https://ref.gs1.org/standards/resolver/linkset-context';

export function linksetAsJsonLd(linkset: Linkset): Linkset & { readonly '@context': string } {
  return { '@context': LINKSET_JSONLD_CONTEXT, ...linkset };
}

export type HeaderLink = { readonly href: string; readonly rel: string; readonly title?: string; readonly type?: string; readonly hreflang?: string };

/**
 * An RFC 8288 Link header value. Header values are ASCII, so a Vietnamese title is sent twice:
 * title="…" with the diacritics folded away, for clients that only read that, and
 * title*=UTF-8'vi'… (RFC 8187) with the real text.
 */
export function formatLinkHeader(links: readonly HeaderLink[]): string {
  return links.map(formatOne).join(', ');
}

function formatOne(l: HeaderLink): string {
  const parts = [`<${l.href}>`, `rel="${l.rel}"`];
  if (l.title !== undefined) {
    parts.push(`title="${quoted(asciiFold(l.title))}"`);
    if (!/^[\x20-\x7e]*$/.test(l.title)) parts.push(`title*=UTF-8'${l.hreflang ?? ''}'${encodeRfc8187(l.title)}`);
  }
  if (l.hreflang !== undefined) parts.push(`hreflang="${l.hreflang}"`);
  if (l.type !== undefined) parts.push(`type="${l.type}"`);
  return parts.join('; ');
}

/** "Xác thực tem" → "Xac thuc tem": strips combining marks, maps đ/Đ (a letter of its own, not d + mark). */
export function asciiFold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]/g, '?');
}

const quoted = (s: string): string => s.replace(/["\\]/g, '\\$&');

function encodeRfc8187(s: string): string {
  // attr-char = ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
  return [...Buffer.from(s, 'utf8')]
    .map((b) => (/[A-Za-z0-9!#$&+\-.^_`|~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');
}

/** Every link of every level as Link header entries (each relation once per href). */
export function headerLinksOf(levels: readonly LinksetLevel[]): HeaderLink[] {
  const seen = new Set<string>();
  const out: HeaderLink[] = [];
  for (const level of levels) {
    for (const l of level.links) {
      const key = `${l.linkType} ${l.href}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const lang = l.hreflang?.[0];
      out.push(lang === undefined ? { href: l.href, rel: linkTypeUri(l.linkType), title: l.title, type: l.type } : { href: l.href, rel: linkTypeUri(l.linkType), title: l.title, type: l.type, hreflang: lang });
    }
  }
  return out;
}
