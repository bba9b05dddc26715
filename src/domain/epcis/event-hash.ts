import { createHash } from 'node:crypto';
import { canonicalIdentifier } from './identifiers.js';
import { type JsonObject, isObject, obj, objects, scalarText, str, strings } from './json.js';
import { utcMillis } from './time.js';
import { type CbvKind, STANDARD_PREFIXES, expandCbv, expandCurie, webUriForUrn } from './vocabulary.js';

// The EPCIS Event Hash ID of CBV 2.0 (§8.9): a pre-hash string built from the event's fields in a
// canonical property order, with values normalised (UTC millisecond timestamps, Web URIs for CBV
// vocabulary, canonical Digital Links for EPCs, no trailing zeros on numbers), list elements
// sorted by code unit, nothing between the pieces; then `ni:///sha-256;{hex}?ver=CBV2.0`.
// The reference implementation is github.com/RalphTro/epcis-event-hash-generator; its published
// vectors are in event-hash.test.ts. recordTime, eventID, errorDeclaration and certificationInfo
// do not take part (an event keeps its hash when an error is declared on it).

/** Prefix → namespace, from the capturing document's @context, to expand extension keys. */
export type Prefixes = Readonly<Record<string, string>>;

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const sorted = (xs: string[]): string[] => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** A value as the hash writes it (rules 5–7, 14, 17, 18). */
export function canonicalValue(text: string): string {
  const t = webUriForUrn(text.trim());
  if (NUMBER.test(t)) return String(Number(t));
  return canonicalIdentifier(t);
}

const kv = (key: string, value: string | undefined): string => (value === undefined || value.trim() === '' ? '' : `${key}=${value}`);
const list = (name: string, items: string[]): string => (items.join('') === '' ? '' : `${name}${sorted(items).join('')}`);

function epcList(e: JsonObject, name: string): string {
  return list(name, strings(e, name).map((x) => kv('epc', canonicalValue(x))));
}

function quantityList(e: JsonObject, name: string): string {
  return list(name, objects(e, name).map((q) => {
    const epcClass = str(q, 'epcClass');
    const quantity = scalarText(q.quantity);
    const body = kv('epcClass', epcClass === undefined ? undefined : canonicalValue(epcClass))
      + kv('quantity', quantity === undefined ? undefined : canonicalValue(quantity)) + kv('uom', str(q, 'uom'));
    return body === '' ? '' : `quantityElement${body}`;
  }));
}

function vocab(e: JsonObject, key: string, kind: CbvKind, p: Prefixes): string {
  const v = str(e, key);
  return v === undefined ? '' : kv(key, expandCbv(kind, v, p));
}

function persistentDisposition(e: JsonObject, p: Prefixes): string {
  const pd = obj(e, 'persistentDisposition');
  if (pd === undefined) return '';
  const part = (k: string) => sorted(strings(pd, k).map((v) => kv(k, expandCbv('Disp', v, p)))).join('');
  const body = part('set') + part('unset');
  return body === '' ? '' : `persistentDisposition${body}`;
}

function location(e: JsonObject, key: string, p: Prefixes): string {
  const loc = obj(e, key);
  const id = loc === undefined ? undefined : str(loc, 'id');
  if (loc === undefined || id === undefined) return '';
  return `${key}${kv('id', canonicalValue(id))}${extensions(loc, new Set(['id']), p)}`;
}

function typedList(e: JsonObject, listKey: string, key: string, kind: CbvKind, p: Prefixes): string {
  return list(listKey, objects(e, listKey).map((x) => {
    const value = str(x, key);
    const type = str(x, 'type');
    return kv(key, value === undefined ? undefined : canonicalValue(value)) + (type === undefined ? '' : kv('type', expandCbv(kind, type, p)));
  }));
}

const METADATA_ORDER = ['time', 'startTime', 'endTime', 'deviceID', 'deviceMetadata', 'rawData', 'dataProcessingMethod', 'bizRules'];
const REPORT_ORDER = [
  'type', 'exception', 'deviceID', 'deviceMetadata', 'rawData', 'dataProcessingMethod', 'time', 'microorganism', 'chemicalSubstance',
  'value', 'component', 'stringValue', 'booleanValue', 'hexBinaryValue', 'uriValue', 'minValue', 'maxValue', 'meanValue', 'sDev',
  'percRank', 'percValue', 'uom', 'coordinateReferenceSystem',
];

function orderedFields(o: JsonObject, order: readonly string[], p: Prefixes): string {
  let out = '';
  for (const key of order) {
    const raw = scalarText(o[key]);
    if (raw === undefined) continue;
    const isTime = /time/i.test(key);
    // Bare sensor measurement types are GS1 Web Vocabulary terms ("Temperature" → gs1:Temperature).
    const value = key === 'type' && !raw.includes(':') ? `${STANDARD_PREFIXES.gs1}${raw}` : expandCurie(raw, p);
    out += kv(key, isTime ? utcMillis(raw) : canonicalValue(value));
  }
  return out + extensions(o, new Set(order), p);
}

function sensorElements(e: JsonObject, p: Prefixes): string {
  return list('sensorElementList', objects(e, 'sensorElementList').map((se) => {
    const meta = obj(se, 'sensorMetadata');
    const metaText = meta === undefined ? '' : orderedFields(meta, METADATA_ORDER, p);
    const reports = objects(se, 'sensorReport').map((r) => `sensorReport${orderedFields(r, REPORT_ORDER, p)}`);
    const body = (metaText === '' ? '' : `sensorMetadata${metaText}`) + sorted(reports).join('')
      + extensions(se, new Set(['sensorMetadata', 'sensorReport']), p);
    return body === '' ? '' : `sensorElement${body}`;
  }));
}

/** `{namespace}local` for a prefixed key whose prefix is declared; the key unchanged otherwise. */
function expandedKey(key: string, p: Prefixes): string {
  const i = key.indexOf(':');
  if (i < 0) return key;
  const ns = p[key.slice(0, i)];
  return ns === undefined ? key : `{${ns}}${key.slice(i + 1)}`;
}

/** One extension element (rules 19–21): scalars as key=value, objects and arrays recursively, sorted. */
function extensionEntries(key: string, value: unknown, p: Prefixes): string[] {
  const name = expandedKey(key, p);
  if (Array.isArray(value)) return value.flatMap((v) => extensionEntries(key, v, p));
  if (isObject(value)) {
    const inner = Object.keys(value).filter((k) => !k.startsWith('@')).flatMap((k) => extensionEntries(k, value[k], p));
    const text = scalarText(value['#text']);
    return [`${name}${text === undefined ? '' : `=${canonicalValue(text)}`}${sorted(inner).join('')}`];
  }
  const text = scalarText(value);
  return text === undefined || text.trim() === '' ? [name] : [`${name}=${canonicalValue(text)}`];
}

function extensions(o: JsonObject, known: ReadonlySet<string>, p: Prefixes): string {
  const keys = Object.keys(o).filter((k) => !known.has(k) && !k.startsWith('@'));
  return sorted(keys.flatMap((k) => extensionEntries(k, o[k], p))).join('');
}

/** Fields placed by the canonical order (or deliberately left out); everything else is an extension. */
const STANDARD_FIELDS = new Set([
  'type', 'eventTime', 'eventTimeZoneOffset', 'epcList', 'parentID', 'inputEPCList', 'childEPCs', 'quantityList',
  'childQuantityList', 'inputQuantityList', 'outputEPCList', 'outputQuantityList', 'action', 'transformationID', 'bizStep',
  'disposition', 'persistentDisposition', 'readPoint', 'bizLocation', 'bizTransactionList', 'sourceList', 'destinationList',
  'sensorElementList', 'ilmd', 'eventID', 'recordTime', 'errorDeclaration', 'certificationInfo',
]);

/** The CBV 2.0 pre-hash string of one event. */
export function preHashString(event: JsonObject, prefixes: Prefixes = {}): string {
  const p = prefixes;
  const ilmd = obj(event, 'ilmd');
  const ilmdText = ilmd === undefined ? '' : extensions(ilmd, new Set(), p);
  const time = str(event, 'eventTime');
  return [
    kv('eventType', str(event, 'type')), kv('eventTime', time === undefined ? undefined : utcMillis(time)),
    kv('eventTimeZoneOffset', str(event, 'eventTimeZoneOffset')),
    epcList(event, 'epcList'), kv('parentID', canonicalValue(str(event, 'parentID') ?? '')),
    epcList(event, 'inputEPCList'), epcList(event, 'childEPCs'),
    quantityList(event, 'quantityList'), quantityList(event, 'childQuantityList'), quantityList(event, 'inputQuantityList'),
    epcList(event, 'outputEPCList'), quantityList(event, 'outputQuantityList'),
    kv('action', str(event, 'action')), kv('transformationID', canonicalValue(str(event, 'transformationID') ?? '')),
    vocab(event, 'bizStep', 'BizStep', p), vocab(event, 'disposition', 'Disp', p), persistentDisposition(event, p),
    location(event, 'readPoint', p), location(event, 'bizLocation', p),
    typedList(event, 'bizTransactionList', 'bizTransaction', 'BTT', p),
    typedList(event, 'sourceList', 'source', 'SDT', p), typedList(event, 'destinationList', 'destination', 'SDT', p),
    sensorElements(event, p), ilmdText === '' ? '' : `ilmd${ilmdText}`,
    extensions(event, STANDARD_FIELDS, p),
  ].join('');
}

/** The EPCIS Event Hash ID: `ni:///sha-256;{hex}?ver=CBV2.0`. */
export function eventHashId(event: JsonObject, prefixes: Prefixes = {}): string {
  const hex = createHash('sha256').update(preHashString(event, prefixes), 'utf8').digest('hex');
  return `ni:///sha-256;${hex}?ver=CBV2.0`;
}

/** Prefix declarations of a JSON-LD @context (string entries of its object members). */
export function contextPrefixes(context: unknown): Prefixes {
  const out: Record<string, string> = {};
  for (const entry of Array.isArray(context) ? context : [context]) {
    if (!isObject(entry)) continue;
    for (const [k, v] of Object.entries(entry)) if (typeof v === 'string') out[k] = v;
  }
  return out;
}
