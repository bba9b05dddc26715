import { canonicalIdentifier } from './identifiers.js';
import { epcisInstant } from './time.js';
import { bareCbv } from './vocabulary.js';

// The standard EPCIS 2.0 event query parameters (REST binding, SimpleEventQuery) read into a typed
// filter. Multi-valued parameters are pipe-delimited (`EQ_bizStep=shipping|receiving`) and match
// any of their values; different parameters must all match. Identifiers may be EPC URNs or Digital
// Links and are compared in canonical form; `urn:epc:idpat:sgtin:…*` and a class-level Digital Link
// (`…/01/{gtin}` with no serial) match every instance of the GTIN. Pure: no I/O.

export type QuantityOp = 'EQ' | 'GT' | 'GE' | 'LT' | 'LE';
export type OrderBy = 'eventTime' | 'recordTime';
export type OrderDirection = 'ASC' | 'DESC';

/** An identifier to look for: exactly, or (prefix) every identifier under a class-level URI. */
export type IdentifierMatch = { readonly value: string; readonly prefix: boolean };

export type EventFilter = {
  readonly eventTypes?: readonly string[];
  readonly geEventTime?: string;
  readonly ltEventTime?: string;
  readonly geRecordTime?: string;
  readonly ltRecordTime?: string;
  readonly actions?: readonly string[];
  readonly bizSteps?: readonly string[];
  readonly dispositions?: readonly string[];
  readonly readPoints?: readonly string[];
  readonly bizLocations?: readonly string[];
  readonly eventIds?: readonly string[];
  readonly matchEpc?: readonly IdentifierMatch[];
  readonly matchAnyEpc?: readonly IdentifierMatch[];
  readonly matchEpcClass?: readonly IdentifierMatch[];
  readonly matchParentId?: readonly IdentifierMatch[];
  readonly matchInputEpc?: readonly IdentifierMatch[];
  readonly matchOutputEpc?: readonly IdentifierMatch[];
  readonly quantity?: ReadonlyArray<{ readonly op: QuantityOp; readonly value: number }>;
};

export type EventQuery = {
  readonly filter: EventFilter;
  readonly orderBy: OrderBy;
  readonly orderDirection: OrderDirection;
  readonly perPage: number;
  readonly nextPageToken?: string;
};

export type QueryIssue = { readonly path: string; readonly message: string };
export type ParsedQuery = { readonly ok: true; readonly query: EventQuery } | { readonly ok: false; readonly issues: readonly QueryIssue[] };

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 500;

const ACTIONS = new Set(['ADD', 'OBSERVE', 'DELETE']);
/** Parameters this server reads; anything else is refused (a typo must not silently widen a query). */
export const KNOWN_PARAMETERS = [
  'eventType', 'GE_eventTime', 'LT_eventTime', 'GE_recordTime', 'LT_recordTime', 'EQ_action', 'EQ_bizStep', 'EQ_disposition',
  'EQ_readPoint', 'EQ_bizLocation', 'EQ_eventID', 'MATCH_epc', 'MATCH_anyEPC', 'MATCH_epcClass', 'MATCH_parentID', 'MATCH_inputEPC',
  'MATCH_outputEPC', 'EQ_quantity', 'GT_quantity', 'GE_quantity', 'LT_quantity', 'LE_quantity', 'orderBy', 'orderDirection',
  'perPage', 'nextPageToken',
] as const;

type Raw = Readonly<Record<string, unknown>>;

function text(raw: Raw, key: string): string | undefined {
  const v = raw[key];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string').join('|');
  return typeof v === 'string' ? v : undefined;
}

const values = (raw: Raw, key: string): string[] | undefined => {
  const t = text(raw, key);
  return t === undefined ? undefined : t.split('|').map((s) => s.trim()).filter((s) => s !== '');
};

/** A client-given identifier as the index stores it; class-level patterns become prefixes. */
export function identifierMatch(uri: string): IdentifierMatch {
  const canonical = canonicalIdentifier(uri);
  const classLevel = /^https:\/\/id\.gs1\.org\/01\/\d{14}$/.test(canonical) && (uri.includes('idpat') || !uri.startsWith('urn:'));
  return classLevel ? { value: `${canonical}/`, prefix: true } : { value: canonical, prefix: false };
}

type MutableFilter = { -readonly [K in keyof EventFilter]: EventFilter[K] };
type Builder = { filter: MutableFilter; issues: QueryIssue[] };
type ListKey = 'eventTypes' | 'actions' | 'bizSteps' | 'dispositions' | 'readPoints' | 'bizLocations' | 'eventIds';
type MatchKey = 'matchEpc' | 'matchAnyEpc' | 'matchEpcClass' | 'matchParentId' | 'matchInputEpc' | 'matchOutputEpc';

function readTimes(raw: Raw, b: Builder): void {
  for (const [param, key] of [['GE_eventTime', 'geEventTime'], ['LT_eventTime', 'ltEventTime'], ['GE_recordTime', 'geRecordTime'], ['LT_recordTime', 'ltRecordTime']] as const) {
    const t = text(raw, param);
    if (t === undefined) continue;
    const instant = epcisInstant(t);
    if (instant === undefined) b.issues.push({ path: `querystring.${param}`, message: 'must be a date-time with an offset, e.g. 2026-11-30T08:00:00.000+07:00' });
    else b.filter[key] = new Date(instant).toISOString();
  }
}

function readLists(raw: Raw, b: Builder): void {
  const lists: ReadonlyArray<readonly [string, ListKey, (v: string) => string]> = [
    ['eventType', 'eventTypes', (v) => v], ['EQ_action', 'actions', (v) => v], ['EQ_bizStep', 'bizSteps', (v) => bareCbv('BizStep', v)],
    ['EQ_disposition', 'dispositions', (v) => bareCbv('Disp', v)], ['EQ_readPoint', 'readPoints', canonicalIdentifier],
    ['EQ_bizLocation', 'bizLocations', canonicalIdentifier], ['EQ_eventID', 'eventIds', (v) => v],
  ];
  for (const [param, key, map] of lists) {
    const vs = values(raw, param);
    if (vs !== undefined) b.filter[key] = vs.map(map);
  }
  const bad = values(raw, 'EQ_action')?.find((a) => !ACTIONS.has(a));
  if (bad !== undefined) b.issues.push({ path: 'querystring.EQ_action', message: `"${bad}" is not ADD, OBSERVE or DELETE` });
  const matches: ReadonlyArray<readonly [string, MatchKey]> = [['MATCH_epc', 'matchEpc'], ['MATCH_anyEPC', 'matchAnyEpc'], ['MATCH_epcClass', 'matchEpcClass'], ['MATCH_parentID', 'matchParentId'],
    ['MATCH_inputEPC', 'matchInputEpc'], ['MATCH_outputEPC', 'matchOutputEpc']];
  for (const [param, key] of matches) {
    const vs = values(raw, param);
    if (vs !== undefined) b.filter[key] = vs.map(identifierMatch);
  }
}

function readQuantities(raw: Raw, b: Builder): void {
  const out: Array<{ op: QuantityOp; value: number }> = [];
  for (const op of ['EQ', 'GT', 'GE', 'LT', 'LE'] as const) {
    const t = text(raw, `${op}_quantity`);
    if (t === undefined) continue;
    const value = Number(t);
    if (t.trim() === '' || !Number.isFinite(value)) b.issues.push({ path: `querystring.${op}_quantity`, message: 'must be a number' });
    else out.push({ op, value });
  }
  if (out.length > 0) b.filter.quantity = out;
}

function readPaging(raw: Raw, issues: QueryIssue[]): Omit<EventQuery, 'filter'> {
  const orderBy = text(raw, 'orderBy') ?? 'eventTime';
  const direction = (text(raw, 'orderDirection') ?? 'DESC').toUpperCase();
  const perPageText = text(raw, 'perPage');
  const perPage = perPageText === undefined ? DEFAULT_PER_PAGE : Number(perPageText);
  if (orderBy !== 'eventTime' && orderBy !== 'recordTime') issues.push({ path: 'querystring.orderBy', message: 'must be eventTime or recordTime' });
  if (direction !== 'ASC' && direction !== 'DESC') issues.push({ path: 'querystring.orderDirection', message: 'must be ASC or DESC' });
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) issues.push({ path: 'querystring.perPage', message: `must be an integer from 1 to ${MAX_PER_PAGE}` });
  const token = text(raw, 'nextPageToken');
  return {
    orderBy: orderBy === 'recordTime' ? 'recordTime' : 'eventTime',
    orderDirection: direction === 'ASC' ? 'ASC' : 'DESC',
    perPage: Number.isInteger(perPage) ? Math.min(Math.max(perPage, 1), MAX_PER_PAGE) : DEFAULT_PER_PAGE,
    ...(token === undefined ? {} : { nextPageToken: token }),
  };
}

/** Reads the query string of GET /epcis/events. */
export function parseEventQuery(raw: Raw): ParsedQuery {
  const known: ReadonlySet<string> = new Set(KNOWN_PARAMETERS);
  const b: Builder = { filter: {}, issues: [] };
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) b.issues.push({ path: `querystring.${key}`, message: 'is not a query parameter this server supports' });
  }
  readTimes(raw, b);
  readLists(raw, b);
  readQuantities(raw, b);
  const paging = readPaging(raw, b.issues);
  if (b.issues.length > 0) return { ok: false, issues: b.issues };
  return { ok: true, query: { ...paging, filter: b.filter } };
}
