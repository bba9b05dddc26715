import type { Text } from '../evaluation/types.js';

// The GS1 Web Vocabulary link types the platform serves for a stamped product, and how a
// client may name them. GS1-Conformant Resolver 1.2 names link types by URI in the
// https://ref.gs1.org/voc/ namespace (older clients use https://gs1.org/voc/ or the CURIE
// "gs1:pip"); all three spellings are accepted in ?linkType=, and the full ref.gs1.org URI is
// what the linkset and the Link header carry.

export const GS1_VOC = 'https://ref.gs1.org/voc/';
const LEGACY_VOCS = ['https://gs1.org/voc/', 'http://gs1.org/voc/', 'https://www.gs1.org/voc/'];

export const LINK_TYPES = ['pip', 'certificationInfo', 'traceability', 'verificationService', 'epcis'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The platform's first language: the fallback when a client states no usable preference. */
export const DEFAULT_LANGUAGE: Language = 'vi';

/** Titles a link gets when the caller gives none: every exposed link SHALL have a title. */
export const LINK_TYPE_TITLES: Readonly<Record<LinkType, Text>> = {
  pip: { vi: 'Thông tin sản phẩm OCOP', en: 'OCOP product information' },
  certificationInfo: { vi: 'Giấy chứng nhận sản phẩm OCOP', en: 'OCOP product certificate' },
  traceability: { vi: 'Truy xuất nguồn gốc', en: 'Traceability' },
  verificationService: { vi: 'Xác thực tem OCOP', en: 'Verify this OCOP stamp' },
  epcis: { vi: 'Sự kiện EPCIS của sản phẩm', en: 'EPCIS events for this item' },
};

/** Media type a link of this kind usually has. */
export const LINK_TYPE_MEDIA: Readonly<Record<LinkType, string>> = {
  pip: 'text/html',
  certificationInfo: 'text/html',
  traceability: 'text/html',
  verificationService: 'text/html',
  epcis: 'application/ld+json',
};

export const linkTypeUri = (t: LinkType): string => `${GS1_VOC}${t}`;
export const DEFAULT_LINK_REL = `${GS1_VOC}defaultLink`;
export const DEFAULT_LINK_MULTI_REL = `${GS1_VOC}defaultLinkMulti`;

export type RequestedLinkType =
  | { readonly kind: 'none' }
  | { readonly kind: 'linkset' }
  /** "all" was replaced by "linkset" in Conformant Resolver 1.0; still answered, with a note. */
  | { readonly kind: 'all' }
  | { readonly kind: 'type'; readonly linkType: LinkType }
  | { readonly kind: 'unknown'; readonly value: string };

/** Reads a ?linkType= value in any of its accepted spellings. */
export function parseLinkTypeParam(value: string | undefined): RequestedLinkType {
  if (value === undefined || value.length === 0) return { kind: 'none' };
  if (value === 'linkset') return { kind: 'linkset' };
  if (value === 'all') return { kind: 'all' };
  const local = localName(value);
  const known = LINK_TYPES.find((t) => t === local);
  return known === undefined ? { kind: 'unknown', value } : { kind: 'type', linkType: known };
}

function localName(value: string): string | undefined {
  if (value.startsWith('gs1:')) return value.slice(4);
  for (const ns of [GS1_VOC, ...LEGACY_VOCS]) if (value.startsWith(ns)) return value.slice(ns.length);
  return undefined;
}
