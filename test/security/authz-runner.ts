import { readFileSync } from 'node:fs';
import { TEST_PASSWORD } from '../helpers/runtime.js';
import { ROLES, type Role, type World } from './authz-world.js';
import { type JsonSchema, type Operation, fillPath, sampleValue } from './openapi-routes.js';

// Reads test/security/authz-matrix.json and turns one row into requests: A's ids in the path, a
// schema-valid body, the role's token. Outcomes: `allowed` (2xx/3xx, or 409/422: the service
// looked at the object and refused on business grounds, so access itself was granted), `refused`
// (401/403/404), anything else is `other` and always fails the test.

export type Expectation = 'allowed' | 'refused';
export type Row = {
  allowed: Role[];
  /** Path parameter → key of World.ids (default: by the resource the path names). */
  params?: Record<string, string>;
  /** Merged over the generated body; strings "$key" become World.ids[key]. */
  body?: Record<string, unknown>;
  query?: string;
  upload?: 'jpeg' | 'xlsx' | 'pdf';
  /** The request destroys its object: each role gets a new one made by World.fresh(kind). */
  fresh?: string;
  /** The record of A is named in the body, not the path: a 422 on that field counts as refused. */
  bodyScoped?: boolean;
  /** Not sent: why the expectation could not be checked yet (named in the report to the lead). */
  unchecked?: string;
  note?: string;
};
export type Matrix = { roles: Record<Role, string>; routes: Record<string, Row> };

export function loadMatrix(): Matrix {
  return JSON.parse(readFileSync(new URL('./authz-matrix.json', import.meta.url), 'utf8')) as Matrix;
}

const RESOURCE_IDS: Record<string, string> = {
  users: 'user', units: 'unit', producers: 'producer', products: 'product', rounds: 'round', ideas: 'idea', 'business-plans': 'plan',
  support: 'support', notifications: 'notification', 'stamp-batches': 'batch', lots: 'lot', alerts: 'alert', dossiers: 'dossier',
  councils: 'council', certificates: 'certificate', fairs: 'fair',
};

/** `bodyScoped` rows name A's record in the body: there a 422 naming that field is the refusal. */
export function outcome(status: number, row: Pick<Row, 'bodyScoped'> = {}): Expectation | 'other' {
  if (status <= 0) return 'other';
  if (status === 422 && row.bodyScoped === true) return 'refused';
  if (status < 400 || status === 409 || status === 422) return 'allowed';
  if (status === 401 || status === 403 || status === 404) return 'refused';
  return 'other';
}

function resolve(value: unknown, ids: World['ids'], values: World['values'] = {}): unknown {
  if (typeof value === 'string' && value.startsWith('$')) {
    const v = values[value.slice(1)] ?? ids[value.slice(1)];
    if (v === undefined) throw new Error(`no world id ${value}`);
    return v;
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, ids, values));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, ids, values)]));
  return value;
}

function pathValues(op: Operation, row: Row, ids: World['ids'], fresh: Record<string, string | number>): Record<string, string | number> {
  const resource = op.path.replace(/^\/api\/v1\//, '').split('/')[0] ?? '';
  const out: Record<string, string | number> = {};
  for (const p of op.parameters.filter((x) => x.in === 'path')) {
    const key = row.params?.[p.name] ?? (p.name === 'id' ? RESOURCE_IDS[resource] ?? p.name : p.name);
    // Parameters that name no record (a section, a format, a year) take their schema's first value.
    const fallback = p.schema?.enum?.[0] ?? (p.name === 'year' ? new Date().getFullYear() : undefined);
    const value = fresh[p.name] ?? ids[key] ?? (typeof fallback === 'string' || typeof fallback === 'number' ? fallback : undefined);
    if (value === undefined) throw new Error(`${op.key}: no world id "${key}" for {${p.name}}`);
    out[p.name] = value;
  }
  return out;
}

function query(op: Operation, row: Row, ids: World['ids']): string {
  const parts: string[] = [];
  const given = new URLSearchParams(row.query ?? '');
  for (const [k, v] of given) parts.push(`${k}=${encodeURIComponent(String(resolve(v, ids)))}`);
  for (const p of op.parameters.filter((x) => x.in === 'query' && x.required === true && !given.has(x.name))) {
    parts.push(`${p.name}=${encodeURIComponent(String(sampleValue(p.schema ?? {}, () => undefined)))}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

export function bodyFor(op: Operation, row: Row, ids: World['ids'], values: World['values'] = {}): unknown {
  if (op.jsonBody === undefined) return undefined;
  const fill = (name: string, schema: JsonSchema) => (name in ids && (schema.type === 'integer' || schema.type === 'string' || schema.anyOf !== undefined) ? ids[name] : undefined);
  const generated = sampleValue(op.jsonBody, fill);
  const base = generated !== null && typeof generated === 'object' ? generated : {};
  return { ...base, ...(resolve(row.body ?? {}, ids, values) as Record<string, unknown>) };
}

function uploadForm(row: Row, world: World): FormData {
  const form = new FormData();
  const files = { jpeg: [world.jpeg, 'anh.jpg', 'image/jpeg'], xlsx: [world.xlsx, 'so-lieu.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], pdf: [world.pdf, 'minh-chung.pdf', 'application/pdf'] } as const;
  const [bytes, name, type] = files[row.upload ?? 'jpeg'];
  form.append('file', new Blob([Uint8Array.from(bytes)], { type }), name);
  return form;
}

export type Sent = { role: Role; status: number; url: string; detail: string };

export async function send(base: string, op: Operation, row: Row, role: Role, world: World): Promise<Sent> {
  if (row.unchecked !== undefined) return { role, status: -1, url: op.path, detail: row.unchecked };
  const fresh = row.fresh === undefined ? {} : await world.fresh(row.fresh);
  let url: string;
  try {
    url = fillPath(op.path, pathValues(op, row, world.ids, fresh)) + query(op, row, world.ids);
  } catch (err) {
    // A new route whose row does not say which fixture fills its path: reported, never sent.
    return { role, status: 0, url: op.path, detail: err instanceof Error ? err.message : String(err) };
  }
  const headers: Record<string, string> = {};
  const token = world.tokens[role];
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  let body: BodyInit | undefined;
  if (row.upload !== undefined) body = uploadForm(row, world);
  else if (op.method !== 'GET' && op.method !== 'DELETE') {
    const json = op.key === 'POST /api/v1/auth/login' ? { username: 'producer', password: TEST_PASSWORD } : bodyFor(op, row, world.ids, world.values);
    if (json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(json);
    }
  }
  const res = await fetch(`${base}${url}`, { method: op.method, headers, body, redirect: 'manual' });
  const text = await res.text();
  return { role, status: res.status, url, detail: res.status >= 400 ? text.slice(0, 300) : '' };
}

/** Roles in the order state-changing requests are sent: those expected to be refused first. */
export const WRITE_ORDER: Role[] = ['anonymous', 'producerB', 'communeY', 'council', 'producerA', 'communeX', 'officer', 'admin'];

export { ROLES };

/**
 * Province-level records the newer routes name by id (fairs, funding lines, targets), made by the
 * officer from each route's own schema: one for the matrix, and a new one per role for deletes.
 */
export async function provinceRecords(base: string, ops: Operation[], world: World): Promise<void> {
  const kinds: Record<string, string> = { fair: 'POST /api/v1/fairs', funding: 'POST /api/v1/programme/funding', target: 'POST /api/v1/programme/targets' };
  const make = async (kind: string): Promise<number | undefined> => {
    const op = ops.find((o) => o.key === kinds[kind]);
    if (op === undefined) return undefined;
    const res = await fetch(`${base}${op.path}`, {
      method: 'POST', headers: { authorization: `Bearer ${world.tokens.officer ?? ''}`, 'content-type': 'application/json' }, body: JSON.stringify(bodyFor(op, { allowed: [] }, world.ids, world.values)),
    });
    const body = (await res.json()) as { id?: number };
    return res.status === 201 && typeof body.id === 'number' ? body.id : undefined;
  };
  for (const kind of Object.keys(kinds)) {
    const id = await make(kind);
    if (id !== undefined) world.ids[kind] = id;
  }
  const fresh = world.fresh;
  world.fresh = async (kind) => {
    if (kinds[kind] === undefined) return fresh(kind);
    return { id: (await make(kind)) ?? 0 };
  };
}
