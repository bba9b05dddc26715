import { queryEventRows } from '../../db/repositories/epcis-event-query.js';
import { findEventRow } from '../../db/repositories/epcis-events.js';
import type { EpcFormat } from '../../domain/epcis/identifiers.js';
import type { JsonObject } from '../../domain/epcis/json.js';
import { decodePageToken, encodePageToken } from '../../domain/epcis/page-token.js';
import { parseEventQuery } from '../../domain/epcis/query-params.js';
import type { Actor } from '../../domain/roles.js';
import { type ServiceContext, nowIso } from '../context.js';
import { ServiceError, notFound } from '../errors.js';
import { presentEvent, queryDocument } from './present-event.js';
import { epcisReadScope } from './read-scope.js';

// GET /epcis/events and GET /epcis/events/{eventID}: the standard query parameters over the events
// the caller may read, one keyset page at a time.

export type QueryEventsResult = { document: JsonObject; nextPageToken: string | undefined };

const badQuery = (issues: ReadonlyArray<{ path: string; message: string }>) =>
  new ServiceError(400, 'query-parameter', 'The query parameters are not valid (QueryParameterException)', issues);

export async function queryEvents(
  ctx: ServiceContext,
  opts: { actor: Actor | null; params: Readonly<Record<string, unknown>>; format: EpcFormat },
): Promise<QueryEventsResult> {
  const scope = await epcisReadScope(ctx, opts.actor);
  const parsed = parseEventQuery(opts.params);
  if (!parsed.ok) throw badQuery(parsed.issues);
  const { query } = parsed;
  const token = query.nextPageToken;
  const after = token === undefined ? undefined : decodePageToken(token);
  if (token !== undefined && (after === undefined || after.orderBy !== query.orderBy || after.orderDirection !== query.orderDirection)) {
    throw badQuery([{ path: 'querystring.nextPageToken', message: 'is not a token of this query (same orderBy and orderDirection are needed)' }]);
  }
  const rows = await queryEventRows(ctx.db, {
    filter: query.filter, scope, orderBy: query.orderBy, orderDirection: query.orderDirection, limit: query.perPage + 1,
    ...(after === undefined ? {} : { after }),
  });
  const page = rows.slice(0, query.perPage);
  const last = page[page.length - 1];
  const nextPageToken = rows.length > query.perPage && last !== undefined
    ? encodePageToken({ orderBy: query.orderBy, orderDirection: query.orderDirection, value: query.orderBy === 'recordTime' ? last.record_time : last.event_time, id: last.id })
    : undefined;
  return { document: queryDocument(page.map((r) => presentEvent(r, opts.format)), nowIso(ctx)), nextPageToken };
}

export async function getEvent(ctx: ServiceContext, opts: { actor: Actor | null; eventId: string; format: EpcFormat }): Promise<JsonObject> {
  const scope = await epcisReadScope(ctx, opts.actor);
  const row = await findEventRow(ctx.db, opts.eventId);
  if (row === undefined) throw notFound('Event');
  // Visibility uses the same SQL rule as the query, so a single read can never see more.
  const visible = await queryEventRows(ctx.db, { filter: { eventIds: [row.event_id] }, scope, orderBy: 'eventTime', orderDirection: 'ASC', limit: 1 });
  if (visible.length === 0) throw notFound('Event');
  return presentEvent(row, opts.format);
}
