import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DB } from '../schema.js';

// The dashboard's certificate figures: a handful of grouped aggregates over certificate ⋈ product
// ⋈ producer, filtered by the producers' units (null: every unit). Grouping is by the producer's
// recorded unit; the service folds those units into old districts or new communes.
// Dates are compared as 'YYYY-MM-DD' (PostgreSQL infers the parameters as dates).

export type UnitFilter = { readonly unitIds: readonly string[] | null };

export function inUnits(f: UnitFilter, column: RawBuilder<unknown>): RawBuilder<unknown> {
  if (f.unitIds === null) return sql`1 = 1`;
  if (f.unitIds.length === 0) return sql`1 = 0`;
  return sql`${column} in (${sql.join(f.unitIds)})`;
}

/** A certificate that holds on `asOf`: issued, not expired, revoked or superseded by then. */
export function liveOn(asOf: string): RawBuilder<unknown> {
  return sql`c.issued_on <= ${asOf} and c.expires_on >= ${asOf}
    and (c.revoked_on is null or c.revoked_on > ${asOf}) and (c.superseded_on is null or c.superseded_on > ${asOf})`;
}

/** Joins a certificate `c` to its producer only when a unit filter needs it. */
function scopeJoin(f: UnitFilter): RawBuilder<unknown> {
  if (f.unitIds === null) return sql``;
  return sql`join product p on p.id = c.product_id join producer pr on pr.id = p.producer_id and ${inUnits(f, sql`pr.unit_id`)}`;
}

export type LiveCell = { star: number; setNumber: number; unitId: string; producerType: string; products: number };

/** Products (and their producers) holding a live certificate on `asOf`, by star × set × unit × producer type. */
export async function liveCertifiedCube(db: Kysely<DB>, f: UnitFilter, asOf: string): Promise<LiveCell[]> {
  const r = await sql<{ star: number; set_number: number; unit_id: string; type: string; products: number | string }>`
    select c.star, p.set_number, pr.unit_id, pr.type, count(distinct c.product_id) as products
    from certificate c join product p on p.id = c.product_id join producer pr on pr.id = p.producer_id
    where ${liveOn(asOf)} and ${inUnits(f, sql`pr.unit_id`)}
    group by c.star, p.set_number, pr.unit_id, pr.type`.execute(db);
  return r.rows.map((x) => ({ star: Number(x.star), setNumber: Number(x.set_number), unitId: x.unit_id, producerType: x.type, products: Number(x.products) }));
}

/** Distinct producers with a live certificate on `asOf`, by unit and type (a producer has one of each, so sums are exact). */
export async function liveProducers(db: Kysely<DB>, f: UnitFilter, asOf: string): Promise<{ unitId: string; producerType: string; producers: number }[]> {
  const r = await sql<{ unit_id: string; type: string; n: number | string }>`
    select pr.unit_id, pr.type, count(distinct pr.id) as n
    from certificate c join product p on p.id = c.product_id join producer pr on pr.id = p.producer_id
    where ${liveOn(asOf)} and ${inUnits(f, sql`pr.unit_id`)}
    group by pr.unit_id, pr.type`.execute(db);
  return r.rows.map((x) => ({ unitId: x.unit_id, producerType: x.type, producers: Number(x.n) }));
}

/**
 * Products live at the end of each year (or on `asOf` for the last one), by star: one query, one
 * branch per point so each reads the live-certificate index (migration 0011) for its day.
 */
export async function liveTrend(db: Kysely<DB>, f: UnitFilter, points: readonly { year: number; asOf: string }[]): Promise<{ year: number; star: number; products: number }[]> {
  if (points.length === 0) return [];
  const branches = points.map((p) => sql`select cast(${p.year} as integer) as y, c.star, c.product_id from certificate c ${scopeJoin(f)} where ${liveOn(p.asOf)}`);
  const r = await sql<{ y: number; star: number; n: number | string }>`
    select y, star, count(distinct product_id) as n from (${sql.join(branches, sql` union all `)}) live
    group by y, star`.execute(db);
  return r.rows.map((x) => ({ year: Number(x.y), star: Number(x.star), products: Number(x.n) }));
}

export type RoundEvent = 'new' | 'recertified' | 'upgraded' | 'expired' | 'revoked';

/**
 * Per year from `fromYear` to `asOf`: certificates issued (first for the product, upgraded to a
 * higher star than its previous one, or re-certified), certificates that lapsed (expiry reached
 * before `asOf` without revocation or a replacement) and revocations.
 */
export async function roundEvents(db: Kysely<DB>, f: UnitFilter, fromYear: number, asOf: string): Promise<{ year: number; event: RoundEvent; star: number; n: number }[]> {
  const from = `${fromYear}-01-01`;
  const year = (col: string) => sql`cast(substr(cast(${sql.ref(col)} as text), 1, 4) as integer)`;
  const scoped = sql`${scopeJoin(f)} where 1 = 1`;
  const r = await sql<{ y: number; event: RoundEvent; star: number; n: number | string }>`
    select y, event, star, count(*) as n from (
      select ${year('h.issued_on')} as y, h.star,
        case when h.prev_star is null then 'new' when h.star > h.prev_star then 'upgraded' else 'recertified' end as event
      from (select c.issued_on, c.star, lag(c.star) over (partition by c.product_id order by c.issued_on, c.id) as prev_star
            from certificate c ${scoped}) h
      where h.issued_on >= ${from} and h.issued_on <= ${asOf}
      union all
      select ${year('c.expires_on')} as y, c.star, 'expired' as event from certificate c ${scoped}
        and c.expires_on >= ${from} and c.expires_on < ${asOf}
        and (c.revoked_on is null or c.revoked_on > c.expires_on) and (c.superseded_on is null or c.superseded_on > c.expires_on)
      union all
      select ${year('c.revoked_on')} as y, c.star, 'revoked' as event from certificate c ${scoped}
        and c.revoked_on >= ${from} and c.revoked_on <= ${asOf}
    ) e group by y, event, star`.execute(db);
  return r.rows.map((x) => ({ year: Number(x.y), event: x.event, star: Number(x.star), n: Number(x.n) }));
}

export type ExpiringRow = { id: number; number: string; productName: string; producerName: string; unitId: string; star: number; expiresOn: string };

/** Live certificates expiring in [from, to], soonest first, and how many there are. */
export async function expiringCertificates(db: Kysely<DB>, f: UnitFilter, from: string, to: string, limit: number): Promise<{ total: number; rows: ExpiringRow[] }> {
  const where = sql`${liveOn(from)} and c.expires_on <= ${to} and ${inUnits(f, sql`pr.unit_id`)}`;
  const base = sql`from certificate c join product p on p.id = c.product_id join producer pr on pr.id = p.producer_id where ${where}`;
  const [count, rows] = await Promise.all([
    sql<{ n: number | string }>`select count(*) as n ${base}`.execute(db),
    sql<{ id: number; number: string; name: string; producer: string; unit_id: string; star: number; expires_on: string }>`
      select c.id, c.number, p.name, pr.name as producer, pr.unit_id, c.star, c.expires_on ${base}
      order by c.expires_on, c.id limit ${limit}`.execute(db),
  ]);
  return {
    total: Number(count.rows[0]?.n ?? 0),
    rows: rows.rows.map((x) => ({ id: Number(x.id), number: x.number, productName: x.name, producerName: x.producer, unitId: x.unit_id, star: Number(x.star), expiresOn: String(x.expires_on) })),
  };
}

/** Every unit and succession edge (a few hundred rows): the service folds units into buckets. */
export async function unitsAndSuccessions(db: Kysely<DB>) {
  const [units, edges] = await Promise.all([
    db.selectFrom('unit').select(['id', 'name', 'level', 'parent_id', 'valid_to']).execute(),
    db.selectFrom('unit_succession').select(['from_id', 'to_id', 'partial']).execute(),
  ]);
  return {
    units: units.map((u) => ({ id: u.id, name: u.name, level: u.level, parentId: u.parent_id, validTo: u.valid_to === null ? null : String(u.valid_to).slice(0, 10) })),
    edges: edges.map((e) => ({ fromId: e.from_id, toId: e.to_id, partial: Number(e.partial) === 1 })),
  };
}
