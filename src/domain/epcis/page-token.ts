import type { OrderBy, OrderDirection } from './query-params.js';

// nextPageToken: an opaque cursor holding the sort value and row id of the last event of a page.
// Pages are keyset slices on (sort value, row id), so events inserted while a client pages through
// neither repeat nor push others off a page. The token also names the ordering it was made for;
// presenting it with another ordering is refused rather than silently skipping events.

export type PageCursor = { readonly orderBy: OrderBy; readonly orderDirection: OrderDirection; readonly value: string; readonly id: number };

export function encodePageToken(c: PageCursor): string {
  return Buffer.from(JSON.stringify([1, c.orderBy, c.orderDirection, c.value, c.id]), 'utf8').toString('base64url');
}

/** The cursor of a token, or undefined when the token is not one this server made. */
export function decodePageToken(token: string): PageCursor | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 5 || parsed[0] !== 1) return undefined;
  const [, orderBy, orderDirection, value, id] = parsed;
  if (orderBy !== 'eventTime' && orderBy !== 'recordTime') return undefined;
  if (orderDirection !== 'ASC' && orderDirection !== 'DESC') return undefined;
  if (typeof value !== 'string' || typeof id !== 'number' || !Number.isSafeInteger(id)) return undefined;
  return { orderBy, orderDirection, value, id };
}
