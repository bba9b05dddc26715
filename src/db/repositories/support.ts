import { type Insertable, type Kysely, type Selectable, type Updateable, sql } from 'kysely';
import type { FundingSource, SupportKind } from '../../domain/cycle/support.js';
import type { ProducerScope } from '../../domain/scope.js';
import type { SupportActivityTable } from '../schema-cycle.js';
import type { DB } from '../schema.js';
import { producerIdsInScope } from './ideas.js';

export type SupportRow = Selectable<SupportActivityTable> & { producer_name: string; producer_unit_id: string };

export type SupportFilter = {
  scope: ProducerScope;
  producerId?: number | undefined;
  roundId?: number | undefined;
  kind?: SupportKind | undefined;
  source?: FundingSource | undefined;
  /** Activity dates in [from, to), 'YYYY-MM-DD'. */
  from?: string | undefined;
  to?: string | undefined;
};

function filtered(db: Kysely<DB>, f: SupportFilter) {
  let q = db.selectFrom('support_activity').innerJoin('producer', 'producer.id', 'support_activity.producer_id');
  const inScope = producerIdsInScope(db, f.scope);
  if (inScope !== undefined) q = q.where('support_activity.producer_id', 'in', inScope);
  if (f.producerId !== undefined) q = q.where('support_activity.producer_id', '=', f.producerId);
  if (f.roundId !== undefined) q = q.where('support_activity.round_id', '=', f.roundId);
  if (f.kind !== undefined) q = q.where('support_activity.kind', '=', f.kind);
  if (f.source !== undefined) q = q.where('support_activity.funding_source', '=', f.source);
  if (f.from !== undefined) q = q.where('support_activity.activity_date', '>=', f.from);
  if (f.to !== undefined) q = q.where('support_activity.activity_date', '<', f.to);
  return q;
}

function withProducer(db: Kysely<DB>, f: SupportFilter) {
  return filtered(db, f).selectAll('support_activity').select(['producer.name as producer_name', 'producer.unit_id as producer_unit_id']);
}

export async function listSupportRows(db: Kysely<DB>, f: SupportFilter, limit: number, offset: number): Promise<SupportRow[]> {
  return withProducer(db, f).orderBy('support_activity.activity_date', 'desc').orderBy('support_activity.id', 'desc').limit(limit).offset(offset).execute();
}

export async function countSupportRows(db: Kysely<DB>, f: SupportFilter): Promise<number> {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Money and activity count per funding source. The sum is cast to bigint: PostgreSQL's
 * sum(bigint) is numeric, and the count is int8; the driver parses both to numbers, and the cast
 * keeps SQLite's result an integer too.
 */
export async function sumSupportBySource(db: Kysely<DB>, f: SupportFilter): Promise<{ source: FundingSource; amount: number; count: number }[]> {
  return filtered(db, f)
    .select([
      'support_activity.funding_source as source',
      sql<number>`cast(coalesce(sum(support_activity.cost_vnd), 0) as bigint)`.as('amount'),
      sql<number>`cast(count(*) as bigint)`.as('count'),
    ])
    .groupBy('support_activity.funding_source')
    .execute();
}

export async function findSupport(db: Kysely<DB>, id: number): Promise<SupportRow | undefined> {
  return withProducer(db, { scope: { kind: 'all' } }).where('support_activity.id', '=', id).executeTakeFirst();
}

export async function insertSupport(db: Kysely<DB>, row: Insertable<SupportActivityTable>): Promise<number> {
  const r = await db.insertInto('support_activity').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateSupportRow(db: Kysely<DB>, id: number, patch: Updateable<SupportActivityTable>): Promise<void> {
  await db.updateTable('support_activity').set(patch).where('id', '=', id).execute();
}
