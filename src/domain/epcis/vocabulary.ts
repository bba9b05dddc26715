// CBV 2.0 standard vocabulary in its three spellings: bare words in JSON-LD ("shipping"), Web URIs
// (https://ref.gs1.org/cbv/BizStep-shipping) and the EPCIS 1.x URNs (urn:epcglobal:cbv:bizstep:shipping).
// Storage and query parameters use the bare word for standard values and the URI as given for
// custom ones; the event hash uses the Web URI (CBV 2.0 hash rules 14–16).

export type CbvKind = 'BizStep' | 'Disp' | 'BTT' | 'SDT' | 'ER';

export const CBV_WEB_BASE = 'https://ref.gs1.org/cbv/';

/** Well-known CURIE prefixes of the EPCIS 2.0 context. */
export const STANDARD_PREFIXES: Readonly<Record<string, string>> = {
  gs1: 'https://gs1.org/voc/',
  cbv: 'https://ref.gs1.org/cbv/',
  epcis: 'https://ref.gs1.org/epcis/',
};

const urnPrefix = (kind: CbvKind): string => `urn:epcglobal:cbv:${kind.toLowerCase()}:`;

/** The bare word of a standard value in any spelling; other values are returned unchanged. */
export function bareCbv(kind: CbvKind, value: string): string {
  const v = value.trim();
  for (const prefix of [`${CBV_WEB_BASE}${kind}-`, urnPrefix(kind), `cbv:${kind}-`]) {
    if (v.startsWith(prefix)) return v.slice(prefix.length);
  }
  return v;
}

/** The Web URI of a standard value given in any spelling; custom URIs have their CURIE expanded. */
export function expandCbv(kind: CbvKind, value: string, prefixes: Readonly<Record<string, string>> = {}): string {
  const bare = bareCbv(kind, value);
  if (!bare.includes(':')) return `${CBV_WEB_BASE}${kind}-${bare}`;
  return expandCurie(bare, prefixes);
}

/** Expands `prefix:rest` when the prefix is a standard or document-declared one. */
export function expandCurie(value: string, prefixes: Readonly<Record<string, string>> = {}): string {
  const m = /^([A-Za-z][\w.-]*):(.*)$/.exec(value);
  if (m === null) return value;
  const base = prefixes[m[1] ?? ''] ?? STANDARD_PREFIXES[m[1] ?? ''];
  return base === undefined || (m[2] ?? '').startsWith('//') ? value : `${base}${m[2] ?? ''}`;
}

/** Replaces EPCIS 1.x vocabulary URNs anywhere in a value by their Web URI (hash rule 14). */
export function webUriForUrn(value: string): string {
  for (const kind of ['BizStep', 'Disp', 'BTT', 'SDT', 'ER'] as const) {
    const prefix = urnPrefix(kind);
    if (value.startsWith(prefix)) return `${CBV_WEB_BASE}${kind}-${value.slice(prefix.length)}`;
  }
  return value;
}
