import { type Kysely, sql } from 'kysely';
import { monthStart, partitionName } from '../migrations/0009-scale-out.js';
import type { DB } from '../schema.js';

// DDL for the monthly partitions of the scan log on PostgreSQL (created by migration 0009).
// Partitions are named scan_pYYYY_MM and hold [first of the month, first of the next) in UTC;
// scan_p_default catches anything outside them.

export async function scanPartitionNames(db: Kysely<DB>): Promise<string[]> {
  const r = await sql<{ name: string }>`select c.relname as name from pg_inherits i
    join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
    where p.relname = 'scan' and p.relnamespace = current_schema()::regnamespace order by c.relname`.execute(db);
  return r.rows.map((row) => row.name);
}

/**
 * Creates the month's partition. Rows of that month already in the default partition (it would
 * refuse the new bounds otherwise) are moved into it in the same transaction.
 */
export async function createScanPartition(trx: Kysely<DB>, month: string): Promise<void> {
  const to = monthStart(new Date(month), 1);
  const name = partitionName(month);
  await sql`create temporary table scan_moving on commit drop as
    with moved as (delete from scan_p_default where at >= ${month} and at < ${to} returning *) select * from moved`.execute(trx);
  await sql`create table ${sql.id(name)} partition of scan for values from (${sql.lit(month)}) to (${sql.lit(to)})`.execute(trx);
  await sql`insert into scan select * from scan_moving`.execute(trx);
  await sql`drop table scan_moving`.execute(trx);
}

export async function dropScanPartition(db: Kysely<DB>, name: string): Promise<void> {
  await sql`drop table if exists ${sql.id(name)}`.execute(db);
}

export async function deleteScansBefore(db: Kysely<DB>, table: 'scan' | 'scan_p_default', before: string): Promise<number> {
  const r = await sql`delete from ${sql.id(table)} where at < ${before}`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}
