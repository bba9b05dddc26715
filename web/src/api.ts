// The portal's only door to the server: JSON over fetch, session cookie, CSRF header on
// writes, and RFC 9457 problems turned into one typed error the pages can show.
import type * as z from 'zod/mini';
import { Problem } from './api-types.js';

const API_BASE = '/api/v1';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds to wait, from Retry-After on 429 answers. */
  readonly retryAfter: number | undefined;

  constructor(status: number, problem: Problem, retryAfter?: number) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

/** Status 0 stands for "no answer": network down or server not reachable. */
export const NETWORK_ERROR_STATUS = 0;
/** Used when the server answered 2xx with a body that does not match the contract. */
export const BAD_RESPONSE_STATUS = -1;

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** The session owns the token; the client only attaches it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a request other than login/me gets 401: the session has expired. */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

export type Query = Record<string, string | number | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    // Empty filters mean "no filter", so they are left out rather than sent as "".
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** The address of an API resource, for plain links (downloads) that the browser fetches itself. */
export function apiHref(path: string, query: Query = {}): string {
  return withQuery(API_BASE + path, query);
}

type RequestOptions = { method?: string; body?: unknown; form?: FormData; query?: Query; signal?: AbortSignal };

function bodyOf(options: RequestOptions): BodyInit | undefined {
  // The browser sets the multipart boundary itself, so a form body carries no content-type here.
  if (options.form !== undefined) return options.form;
  return options.body === undefined ? undefined : JSON.stringify(options.body);
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (WRITE_METHODS.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(withQuery(API_BASE + path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: bodyOf(options),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(NETWORK_ERROR_STATUS, { title: 'Network error' });
  }
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function toApiError(response: Response): Promise<ApiError> {
  let problem: Problem = { status: response.status, title: response.statusText };
  try {
    const parsed = Problem.safeParse(await response.json());
    if (parsed.success) problem = parsed.data;
  } catch {
    // Not JSON (a proxy error page, say): the status line is all we have.
  }
  return new ApiError(response.status, problem, parseRetryAfter(response.headers.get('retry-after')));
}

async function checked(path: string, options: RequestOptions): Promise<Response> {
  const response = await send(path, options);
  if (response.ok) return response;
  const error = await toApiError(response);
  if (error.status === 401 && !path.startsWith('/auth/')) unauthorizedHandler?.();
  throw error;
}

/** Sends a request and parses the JSON answer with `schema`. */
export async function api<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  const response = await checked(path, options);
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) {
    throw new ApiError(BAD_RESPONSE_STATUS, { title: 'Unexpected response', detail: parsed.error.message });
  }
  return parsed.data;
}

/** Uploads one file as multipart/form-data (product photos, register workbooks). */
export function apiUpload<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  file: Blob,
  options: { query?: Query; signal?: AbortSignal } = {},
): Promise<z.infer<S>> {
  const form = new FormData();
  form.append('file', file);
  return api(path, schema, { ...options, method: 'POST', form });
}

/** Sends a request whose answer has no body we need (204 on logout). */
export async function apiNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  await checked(path, options);
}

/**
 * Field errors keyed by field name. The server names fields by request part and path
 * (`body.username`, `body/unitId`); forms only know the field name, so the part is dropped.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!(error instanceof ApiError)) return result;
  for (const item of error.problem.errors ?? []) {
    const segments = item.path.split(/[./]/).filter(Boolean);
    if (segments[0] === 'body') segments.shift();
    const key = segments.join('.');
    if (key && !(key in result)) result[key] = item.message;
  }
  return result;
}

/**
 * Fetches a file the browser cannot get with a plain link (a POST that releases PINs once) and
 * hands it to the browser as a download under the server's file name.
 */
export async function apiDownload(path: string, options: RequestOptions = {}): Promise<void> {
  const response = await checked(path, options);
  const blob = await response.blob();
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'download';
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
