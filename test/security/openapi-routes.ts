// The route list of the running server's OpenAPI document, shared by the security tests: every
// operation with its path template, parameters and JSON body schema, plus a generator of a minimal
// body that satisfies the schema (ids named like `productId` are filled in by the caller).

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
};

export type Parameter = { in: string; name: string; required?: boolean; schema?: JsonSchema };

export type Operation = {
  method: string;
  path: string;
  key: string;
  parameters: Parameter[];
  /** Content types of the request body, if any (application/json, multipart/form-data …). */
  bodyTypes: string[];
  jsonBody: JsonSchema | undefined;
  responseTypes: string[];
};

type RawOperation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export async function fetchOperations(base: string): Promise<Operation[]> {
  const res = await fetch(`${base}/api/openapi.json`);
  if (!res.ok) throw new Error(`/api/openapi.json answered ${res.status}`);
  const doc = (await res.json()) as { paths: Record<string, Record<string, RawOperation>> };
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const content = op.requestBody?.content ?? {};
      const responseTypes = Object.values(op.responses ?? {}).flatMap((r) => Object.keys(r.content ?? {}));
      out.push({
        method: method.toUpperCase(), path, key: `${method.toUpperCase()} ${path}`, parameters: op.parameters ?? [],
        bodyTypes: Object.keys(content), jsonBody: content['application/json']?.schema, responseTypes,
      });
    }
  }
  return out;
}

export function isStateChanging(op: Pick<Operation, 'method'>): boolean {
  return op.method !== 'GET';
}

export type Fill = (name: string, schema: JsonSchema) => unknown;

const TODAY = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

function firstType(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  return schema.type;
}

function sampleString(schema: JsonSchema): string {
  if (schema.format === 'date') return TODAY;
  if (schema.format === 'date-time') return new Date().toISOString();
  if (schema.format === 'email') return 'kiem-thu@example.vn';
  if (schema.format === 'uri' || schema.format === 'url') return 'https://example.vn/';
  const min = Math.max(schema.minLength ?? 1, 1);
  return 'Kiểm thử an toàn '.repeat(Math.ceil(min / 17) + 1).slice(0, Math.max(min, Math.min(schema.maxLength ?? 40, 40)));
}

/** A value that satisfies `schema`, preferring the caller's `fill` for named properties. */
export function sampleValue(schema: JsonSchema, fill: Fill, name = ''): unknown {
  const filled = fill(name, schema);
  if (filled !== undefined) return filled;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum !== undefined) return schema.enum[0];
  const alt = schema.anyOf ?? schema.oneOf;
  if (alt !== undefined) {
    const nonNull = alt.find((s) => s.type !== 'null') ?? alt[0];
    return nonNull === undefined ? null : sampleValue(nonNull, fill, name);
  }
  if (schema.allOf?.[0] !== undefined) return sampleValue(schema.allOf[0], fill, name);
  switch (firstType(schema)) {
    case 'object':
      return sampleObject(schema, fill);
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleValue(schema.items ?? {}, fill, name));
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return false;
    case 'string':
      return sampleString(schema);
    default:
      return null;
  }
}

function sampleObject(schema: JsonSchema, fill: Fill): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of schema.required ?? []) out[key] = sampleValue(schema.properties?.[key] ?? {}, fill, key);
  return out;
}

/** Every string-typed property path of a body schema (for payload injection), one level of nesting deep. */
export function stringFields(schema: JsonSchema | undefined, prefix: string[] = [], depth = 0): string[][] {
  if (schema === undefined || depth > 2) return [];
  const out: string[][] = [];
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    const variants = [prop, ...(prop.anyOf ?? []), ...(prop.oneOf ?? [])];
    if (variants.some((v) => firstType(v) === 'string' && v.enum === undefined && v.format === undefined && v.pattern === undefined)) out.push([...prefix, key]);
    const obj = variants.find((v) => firstType(v) === 'object');
    if (obj !== undefined) out.push(...stringFields(obj, [...prefix, key], depth + 1));
  }
  return out;
}

/** Replaces `{name}` in a path template with the given values. */
export function fillPath(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for path parameter {${name}} in ${template}`);
    return encodeURIComponent(String(v));
  });
}
