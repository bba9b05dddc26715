import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema.js';
import { type UnitFilter, inUnits, liveOn } from './dashboard.js';

// The 5★ pipeline: products on their way to a national 5★ recognition, one row per product and
// stage. Small by nature (a province has a handful), so rows rather than counts come back.

export type PipelineStage = 'self_assessed' | 'council_scored' | 'forwarded' | 'recognised' | 'four_star_90';

export type PipelineRow = { stage: PipelineStage; productId: number; productName: string; producerName: string; unitId: string; score: number | null; on: string | null };

const CLOSED = ['decided', 'withdrawn', 'rejected'];

/**
 * - self_assessed: an open dossier whose self-assessment totals ≥ 90 and the council has not scored;
 * - council_scored: the council's mean is ≥ 90 and no decision is recorded yet;
 * - forwarded: the province forwarded it to the Ministry (national_status pending);
 * - recognised: a 5★ certificate issued in the year;
 * - four_star_90: a live 4★ certificate with a score ≥ 90 (a 5★ marker was missed): upgrade candidates.
 */
export async function fiveStarPipeline(db: Kysely<DB>, f: UnitFilter, year: number, asOf: string, limit = 200): Promise<PipelineRow[]> {
  const scope = inUnits(f, sql`pr.unit_id`);
  const closed = sql.join(CLOSED);
  const r = await sql<{ stage: PipelineStage; product_id: number; name: string; producer: string; unit_id: string; score: number | null; on: string | null }>`
    select * from (
      select case
          when d.national_status = 'pending' then 'forwarded'
          when d.result_total is not null then 'council_scored'
          else 'self_assessed' end as stage,
        p.id as product_id, p.name, pr.name as producer, pr.unit_id,
        coalesce(d.result_total, d.self_total) as score, cast(coalesce(d.decided_at, d.submitted_at, d.updated_at) as text) as "on"
      from dossier d join product p on p.id = d.product_id join producer pr on pr.id = p.producer_id
      where ${scope} and (
        d.national_status = 'pending'
        or (d.state not in (${closed}) and d.result_total >= 90)
        or (d.state not in (${closed}) and d.result_total is null and d.self_total >= 90))
      union all
      select 'recognised' as stage, p.id, p.name, pr.name, pr.unit_id, c.total_score, cast(c.issued_on as text)
      from certificate c join product p on p.id = c.product_id join producer pr on pr.id = p.producer_id
      where ${scope} and c.star = 5 and c.issued_on >= ${`${year}-01-01`} and c.issued_on <= ${asOf}
      union all
      select 'four_star_90' as stage, p.id, p.name, pr.name, pr.unit_id, c.total_score, cast(c.issued_on as text)
      from certificate c join product p on p.id = c.product_id join producer pr on pr.id = p.producer_id
      where ${scope} and c.star = 4 and c.total_score >= 90 and ${liveOn(asOf)}
    ) x order by stage, score desc, product_id limit ${limit}`.execute(db);
  return r.rows.map((x) => ({ stage: x.stage, productId: Number(x.product_id), productName: x.name, producerName: x.producer, unitId: x.unit_id, score: x.score === null ? null : Number(x.score), on: x.on === null ? null : String(x.on).slice(0, 10) }));
}
