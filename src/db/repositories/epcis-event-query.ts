import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { PageCursor } from '../../domain/epcis/page-token.js';
import type { EventFilter, IdentifierMatch, OrderBy, OrderDirection } from '../../domain/epcis/query-params.js';
import type { ProducerScope } from '../../domain/scope.js';
import type { EpcRole } from '../schema-epcis.js';
import type { DB } from '../schema.js';
import type { EpcisEventRow } from './epcis-events.js';

// The SQL of GET /epcis/events: the standard filters, the reader's scope, keyset pagination.

type EventQb = SelectQueryBuilder<DB, 'epcis_event', object>;
type Eb = ExpressionBuilder<DB, 'epcis_event'>;

export type EventPageRequest = {
  readonly filter: EventFilter;
  readonly scope: ProducerScope;
  readonly orderBy: OrderBy;
  readonly orderDirection: OrderDirection;
  readonly limit: number;
  readonly after?: PageCursor;
};

const ROLES: Readonly<Record<'matchEpc' | 'matchAnyEpc' | 'matchEpcClass' | 'matchParentId' | 'matchInputEpc' | 'matchOutputEpc', readonly EpcRole[]>> = {
  matchEpc: ['epc', 'child'],
  matchAnyEpc: ['epc', 'child', 'parent', 'input', 'output'],
  matchEpcClass: ['class', 'child_class'],
  matchParentId: ['parent'],
  matchInputEpc: ['input'],
  matchOutputEpc: ['output'],
};
const CLASS_ROLES: readonly EpcRole[] = ['class', 'child_class', 'input_class', 'output_class'];
const QUANTITY_OPS = { EQ: '=', GT: '>', GE: '>=', LT: '<', LE: '<=' } as const;

/**
 * Restricts events to what a reader may see (see epcisReadScope): everything; events owned by
 * producers of some units; or a producer's own events plus platform events of its batches and lots.
 */
export function whereReadable(eb: Eb, scope: ProducerScope) {
  switch (scope.kind) {
    case 'all':
      return eb.lit(true);
    case 'none':
      return eb.lit(false);
    case 'units':
      return eb('epcis_event.producer_id', 'in', eb.selectFrom('producer').select('producer.id').where('producer.unit_id', 'in', scope.unitIds.length > 0 ? scope.unitIds : ['']));
    case 'producer':
      return eb.or([
        eb('epcis_event.producer_id', '=', scope.producerId),
        eb.and([
          eb('epcis_event.source', '=', 'platform'),
          eb.or([
            eb('epcis_event.stamp_batch_id', 'in', eb.selectFrom('stamp_batch').select('stamp_batch.id').where('stamp_batch.producer_id', '=', scope.producerId)),
            eb('epcis_event.lot_id', 'in', eb.selectFrom('lot').select('lot.id').where('lot.producer_id', '=', scope.producerId)),
          ]),
        ]),
      ]);
  }
}

function identifierExists(eb: Eb, roles: readonly EpcRole[], matches: readonly IdentifierMatch[]) {
  const exact = matches.filter((m) => !m.prefix).map((m) => m.value);
  const prefixes = matches.filter((m) => m.prefix).map((m) => m.value);
  return eb.exists(eb.selectFrom('epcis_event_epc as x').select(sql<number>`1`.as('one'))
    .whereRef('x.event_row_id', '=', 'epcis_event.id').where('x.role', 'in', [...roles])
    .where((x) => x.or([
      ...(exact.length > 0 ? [x('x.epc', 'in', exact)] : []),
      ...prefixes.map((p) => x('x.epc', 'like', `${p}%`)),
    ])));
}

function quantityExists(eb: Eb, conditions: NonNullable<EventFilter['quantity']>) {
  return eb.exists(eb.selectFrom('epcis_event_epc as q').select(sql<number>`1`.as('one'))
    .whereRef('q.event_row_id', '=', 'epcis_event.id').where('q.role', 'in', [...CLASS_ROLES])
    .where((x) => x.and(conditions.map((c) => x('q.quantity', QUANTITY_OPS[c.op], c.value)))));
}

function applyLists(q: EventQb, f: EventFilter): EventQb {
  const lists = [
    ['epcis_event.event_type', f.eventTypes], ['epcis_event.action', f.actions], ['epcis_event.biz_step', f.bizSteps],
    ['epcis_event.disposition', f.dispositions], ['epcis_event.read_point', f.readPoints], ['epcis_event.biz_location', f.bizLocations],
    ['epcis_event.event_id', f.eventIds],
  ] as const;
  let out = q;
  for (const [column, values] of lists) {
    if (values !== undefined) out = values.length === 0 ? out.where((eb) => eb.lit(false)) : out.where(column, 'in', [...values]);
  }
  return out;
}

function applyFilter(q: EventQb, f: EventFilter): EventQb {
  let out = applyLists(q, f);
  if (f.geEventTime !== undefined) out = out.where('epcis_event.event_time', '>=', f.geEventTime);
  if (f.ltEventTime !== undefined) out = out.where('epcis_event.event_time', '<', f.ltEventTime);
  if (f.geRecordTime !== undefined) out = out.where('epcis_event.record_time', '>=', f.geRecordTime);
  if (f.ltRecordTime !== undefined) out = out.where('epcis_event.record_time', '<', f.ltRecordTime);
  for (const key of ['matchEpc', 'matchAnyEpc', 'matchEpcClass', 'matchParentId', 'matchInputEpc', 'matchOutputEpc'] as const) {
    const matches = f[key];
    if (matches !== undefined) out = matches.length === 0 ? out.where((eb) => eb.lit(false)) : out.where((eb) => identifierExists(eb, ROLES[key], matches));
  }
  const quantity = f.quantity;
  if (quantity !== undefined && quantity.length > 0) out = out.where((eb) => quantityExists(eb, quantity));
  return out;
}

/** One page of events, in (sort value, id) order, after the cursor when one is given. */
export async function queryEventRows(db: Kysely<DB>, req: EventPageRequest): Promise<EpcisEventRow[]> {
  const column = req.orderBy === 'recordTime' ? 'epcis_event.record_time' : 'epcis_event.event_time';
  const dir = req.orderDirection === 'ASC' ? 'asc' : 'desc';
  let q: EventQb = db.selectFrom('epcis_event').where((eb) => whereReadable(eb, req.scope));
  q = applyFilter(q, req.filter);
  const after = req.after;
  if (after !== undefined) {
    const cmp = req.orderDirection === 'ASC' ? '>' : '<';
    q = q.where((eb) => eb.or([eb(column, cmp, after.value), eb.and([eb(column, '=', after.value), eb('epcis_event.id', cmp, after.id)])]));
  }
  return q.selectAll('epcis_event').orderBy(column, dir).orderBy('epcis_event.id', dir).limit(req.limit).execute();
}
