import type { EpcisEventRow } from '../../db/repositories/epcis-events.js';
import { type EpcFormat, formatIdentifier } from '../../domain/epcis/identifiers.js';
import { type JsonObject, isObject } from '../../domain/epcis/json.js';
import { EPCIS_CONTEXT_URL } from '../../rules/epcis/index.js';

// Stored events as clients receive them: identifiers in the format the client asked for with the
// GS1-EPC-Format header (Digital Link by default, EPC URNs on Always_EPC_URN, untouched on
// Never_Translates), wrapped in an EPCISQueryDocument for queries.

export function epcFormatOf(header: string | undefined): EpcFormat {
  if (header === 'Always_EPC_URN') return 'urn';
  if (header === 'Never_Translates') return 'as-captured';
  return 'digital-link';
}

const ID_LISTS = ['epcList', 'childEPCs', 'inputEPCList', 'outputEPCList'];
const QUANTITY_LISTS = ['quantityList', 'childQuantityList', 'inputQuantityList', 'outputQuantityList'];

function convertIds(event: JsonObject, format: EpcFormat): JsonObject {
  const id = (v: unknown): unknown => (typeof v === 'string' ? formatIdentifier(v, format) : v);
  const out: Record<string, unknown> = { ...event };
  for (const key of ID_LISTS) {
    const list = event[key];
    if (Array.isArray(list)) out[key] = list.map(id);
  }
  for (const key of QUANTITY_LISTS) {
    const list = event[key];
    if (Array.isArray(list)) out[key] = list.map((q) => (isObject(q) ? { ...q, epcClass: id(q.epcClass) } : q));
  }
  if (typeof event.parentID === 'string') out.parentID = id(event.parentID);
  for (const key of ['readPoint', 'bizLocation']) {
    const loc = event[key];
    if (isObject(loc)) out[key] = { ...loc, id: id(loc.id) };
  }
  for (const [key, field] of [['sourceList', 'source'], ['destinationList', 'destination']] as const) {
    const list = event[key];
    if (Array.isArray(list)) out[key] = list.map((x) => (isObject(x) ? { ...x, [field]: id(x[field]) } : x));
  }
  return out;
}

export function presentEvent(row: EpcisEventRow, format: EpcFormat): JsonObject {
  const parsed: unknown = JSON.parse(row.event_json);
  const event = isObject(parsed) ? parsed : {};
  return convertIds({ ...event, eventID: row.event_id, recordTime: row.record_time }, format);
}

export function queryDocument(events: readonly JsonObject[], createdAt: string): JsonObject {
  return {
    '@context': [EPCIS_CONTEXT_URL],
    type: 'EPCISQueryDocument',
    schemaVersion: '2.0',
    creationDate: createdAt,
    epcisBody: { queryResults: { queryName: 'SimpleEventQuery', resultsBody: { eventList: events } } },
  };
}
