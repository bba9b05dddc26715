import { gs1CheckDigit } from '../gtin.js';
import { aiSpec, aiValueProblem } from '../stamps/gs1-ai.js';
import { type Prefixes, eventHashId } from './event-hash.js';
import { canonicalIdentifier, digitalLinkPairs } from './identifiers.js';
import { type JsonObject, obj, objects, scalarText, str, strings } from './json.js';
import { epcisInstant, utcMillis } from './time.js';
import { bareCbv } from './vocabulary.js';

// What the repository stores for one event: the searchable columns, the identifier index and the
// event itself with its eventID filled in (the CBV 2.0 hash when the document gave none).

/**
 * Where an identifier appears in its event. `class`, `child_class`, `input_class` and
 * `output_class` are the epcClass of a quantity element (quantityList, childQuantityList,
 * inputQuantityList, outputQuantityList), with its quantity and unit.
 */
export const EPC_ROLES = ['epc', 'parent', 'child', 'input', 'output', 'class', 'child_class', 'input_class', 'output_class'] as const;
export type EpcRole = (typeof EPC_ROLES)[number];

export type EpcEntry = { readonly epc: string; readonly role: EpcRole; readonly quantity: number | null; readonly uom: string | null };

export type EventRecord = {
  readonly eventId: string;
  readonly eventType: string;
  /** UTC ISO instant at millisecond precision. */
  readonly eventTime: string;
  readonly eventTimeZoneOffset: string;
  readonly action: string | null;
  /** Bare CBV word for standard values, the URI as given otherwise. */
  readonly bizStep: string | null;
  readonly disposition: string | null;
  /** Canonical identifier URI. */
  readonly readPoint: string | null;
  readonly bizLocation: string | null;
  readonly event: JsonObject;
  readonly epcs: readonly EpcEntry[];
};

const EPC_LISTS: ReadonlyArray<readonly [string, EpcRole]> = [['epcList', 'epc'], ['childEPCs', 'child'], ['inputEPCList', 'input'], ['outputEPCList', 'output']];
const QUANTITY_LISTS: ReadonlyArray<readonly [string, EpcRole]> = [
  ['quantityList', 'class'], ['childQuantityList', 'child_class'], ['inputQuantityList', 'input_class'], ['outputQuantityList', 'output_class'],
];

function epcEntries(event: JsonObject): EpcEntry[] {
  const out: EpcEntry[] = [];
  for (const [key, role] of EPC_LISTS) {
    for (const epc of strings(event, key)) out.push({ epc: canonicalIdentifier(epc), role, quantity: null, uom: null });
  }
  const parent = str(event, 'parentID');
  if (parent !== undefined) out.push({ epc: canonicalIdentifier(parent), role: 'parent', quantity: null, uom: null });
  for (const [key, role] of QUANTITY_LISTS) {
    for (const q of objects(event, key)) {
      const epcClass = str(q, 'epcClass');
      const quantity = Number(scalarText(q.quantity) ?? Number.NaN);
      if (epcClass !== undefined) {
        out.push({ epc: canonicalIdentifier(epcClass), role, quantity: Number.isFinite(quantity) ? quantity : null, uom: str(q, 'uom') ?? null });
      }
    }
  }
  // One row per (identifier, role): a list naming the same EPC twice needs one index entry.
  const seen = new Set<string>();
  return out.filter((e) => {
    const k = `${e.role} ${e.epc} ${e.quantity ?? ''} ${e.uom ?? ''}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

const locationId = (event: JsonObject, key: string): string | null => {
  const id = obj(event, key)?.id;
  return typeof id === 'string' ? canonicalIdentifier(id) : null;
};

/** The stored form of a (schema-valid) event. `recordTime` is when this repository stores it. */
export function eventRecord(event: JsonObject, prefixes: Prefixes, recordTime: string): EventRecord {
  const eventId = str(event, 'eventID') ?? eventHashId(event, prefixes);
  const bizStep = str(event, 'bizStep');
  const disposition = str(event, 'disposition');
  return {
    eventId,
    eventType: str(event, 'type') ?? 'ObjectEvent',
    eventTime: utcMillis(str(event, 'eventTime') ?? ''),
    eventTimeZoneOffset: str(event, 'eventTimeZoneOffset') ?? '+00:00',
    action: str(event, 'action') ?? null,
    bizStep: bizStep === undefined ? null : bareCbv('BizStep', bizStep),
    disposition: disposition === undefined ? null : bareCbv('Disp', disposition),
    readPoint: locationId(event, 'readPoint'),
    bizLocation: locationId(event, 'bizLocation'),
    event: { ...event, eventID: eventId, recordTime },
    epcs: epcEntries(event),
  };
}

const KEY_LENGTHS: Readonly<Record<string, number>> = { '00': 18, '01': 14, '414': 13, '417': 13 };

/** Why an identifier cannot be right (a GS1 key with a wrong length or check digit), or undefined. */
export function identifierProblem(uri: string): string | undefined {
  const [key, qualifier] = digitalLinkPairs(canonicalIdentifier(uri)) ?? [];
  const length = key === undefined ? undefined : KEY_LENGTHS[key.ai];
  if (key === undefined || length === undefined) return undefined;
  if (!/^\d+$/.test(key.value) || key.value.length !== length) return `AI (${key.ai}) of ${uri} must be ${length} digits`;
  const expected = gs1CheckDigit(key.value.slice(0, -1));
  if (String(expected) !== key.value.slice(-1)) return `${uri}: the check digit of AI (${key.ai}) should be ${expected}`;
  // Lot and serial follow the same AI rules as on a printed stamp (GS1 character set 82, at most 20 characters).
  const spec = qualifier === undefined ? undefined : aiSpec(qualifier.ai);
  const problem = spec === undefined || qualifier === undefined ? undefined : aiValueProblem(spec, qualifier.value);
  return problem === undefined ? undefined : `${uri}: ${problem.message}`;
}

export type EventProblem = { readonly path: string; readonly message: string };

/** Checks the schema cannot express: a real instant, GS1 keys with valid check digits. */
export function eventProblems(event: JsonObject, path: string): EventProblem[] {
  const problems: EventProblem[] = [];
  const time = str(event, 'eventTime');
  if (time === undefined || epcisInstant(time) === undefined) problems.push({ path: `${path}.eventTime`, message: 'eventTime is not a date-time with an offset' });
  for (const [key] of EPC_LISTS) {
    strings(event, key).forEach((epc, i) => {
      const problem = identifierProblem(epc);
      if (problem !== undefined) problems.push({ path: `${path}.${key}[${i}]`, message: problem });
    });
  }
  const parent = str(event, 'parentID');
  const parentProblem = parent === undefined ? undefined : identifierProblem(parent);
  if (parentProblem !== undefined) problems.push({ path: `${path}.parentID`, message: parentProblem });
  return problems;
}
