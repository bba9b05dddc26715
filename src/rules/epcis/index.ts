import { readFileSync } from 'node:fs';

// GS1's EPCIS 2.0 JSON Schema and JSON-LD context, pinned (see README.md), plus the amendments
// that accept vocabulary GS1 ratified after this copy (documented in docs/epcis.md). The files are
// read with fs rather than JSON imports so this works the same under tsx, vitest and node.

type JsonRecord = Record<string, unknown>;

const file = (name: string): URL => new URL(`./${name}`, import.meta.url);

function isRecord(v: unknown): v is JsonRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function child(v: unknown, key: string | number): unknown {
  if (Array.isArray(v) && typeof key === 'number') return v[key];
  return isRecord(v) && typeof key === 'string' ? v[key] : undefined;
}

function at(root: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>((node, key) => child(node, key), root);
}

function pushEnum(root: unknown, path: ReadonlyArray<string | number>, values: readonly string[]): void {
  const list = at(root, path);
  if (!Array.isArray(list)) throw new Error(`EPCIS schema amendment: no enum at ${path.join('/')}`);
  for (const v of values) if (!list.includes(v)) list.push(v);
}

/** Vocabulary ratified after the pinned schema (GS1 ref.gs1.org artefacts), accepted rather than refused. */
export const SCHEMA_AMENDMENTS = [
  'AggregationEvent may carry persistentDisposition',
  'sensor measurement types Molar_concentration and EffectiveDoseRate',
] as const;

function amend(schema: unknown): void {
  // AggregationEvent: allOf[1] is its own property list; propertyNames.anyOf[1] its allowed names.
  const aggregation = at(schema, ['definitions', 'AggregationEvent', 'allOf', 1]);
  pushEnum(aggregation, ['propertyNames', 'anyOf', 1, 'enum'], ['persistentDisposition']);
  const props = at(aggregation, ['properties']);
  if (isRecord(props)) props.persistentDisposition = { $ref: '#/definitions/persistentDisposition' };
  pushEnum(schema, ['definitions', 'measurementType', 'anyOf', 1, 'enum'], ['Molar_concentration', 'EffectiveDoseRate']);
}

/** The EPCIS 2.0 JSON Schema (draft-07) with SCHEMA_AMENDMENTS applied; a fresh object per call. */
export function loadEpcisJsonSchema(): JsonRecord {
  const schema: unknown = JSON.parse(readFileSync(file('epcis-json-schema.json'), 'utf8'));
  if (!isRecord(schema)) throw new Error('epcis-json-schema.json is not a JSON object');
  amend(schema);
  return schema;
}

/** The EPCIS 2.0 JSON-LD context (https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld). */
export function loadEpcisContext(): JsonRecord {
  const context: unknown = JSON.parse(readFileSync(file('epcis-context.jsonld'), 'utf8'));
  if (!isRecord(context)) throw new Error('epcis-context.jsonld is not a JSON object');
  return context;
}

export const EPCIS_CONTEXT_URL = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';
