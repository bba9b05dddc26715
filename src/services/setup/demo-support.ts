import { type Random, seededRandom } from '../../domain/seeded-random.js';
import { insertSupport } from '../../db/repositories/support.js';
import { FUNDING_SOURCES, type FundingSource } from '../../domain/cycle/support.js';
import type { Tx } from '../context.js';
import type { DemoCycleFile, SupportKindSpec } from './load-demo-cycle.js';

// Support activities for the demo producers, drawn from weighted tables with a seeded generator so
// every fresh start shows the same funding figures.

type Rng = Random;
const seeded = seededRandom;


function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = rng() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  const last = items[items.length - 1];
  if (last === undefined) throw new Error('weighted: empty table');
  return last[0];
}

function between(rng: Rng, [lo, hi]: readonly [number, number], step = 1_000_000): number {
  return Math.round((lo + rng() * (hi - lo)) / step) * step;
}

function pickSource(rng: Rng, spec: SupportKindSpec): FundingSource {
  const entries: (readonly [FundingSource, number])[] = [];
  for (const source of FUNDING_SOURCES) {
    const weight = spec.sources[source];
    if (weight !== undefined) entries.push([source, weight]);
  }
  return weighted(rng, entries);
}

export async function demoSupportActivities(trx: Tx, spec: DemoCycleFile['support'], producerIds: readonly number[], at: string): Promise<number> {
  const rng = seeded(spec.seed);
  const kinds = spec.kinds.map((k) => [k, k.weight] as const);
  let count = 0;
  for (const producerId of [...producerIds].sort((a, b) => a - b)) {
    const n = Math.floor(between(rng, spec.activitiesPerProducer, 1) + 0.5);
    for (let i = 0; i < n; i++) {
      const kind = weighted(rng, kinds);
      const year = spec.years[Math.floor(rng() * spec.years.length)] ?? spec.years[0] ?? 2026;
      const month = String(1 + Math.floor(rng() * (year === 2026 ? 11 : 12))).padStart(2, '0');
      await insertSupport(trx, {
        producer_id: producerId, round_id: null, kind: kind.kind, activity_date: `${year}-${month}-15`, description: kind.describe,
        cost_vnd: between(rng, kind.cost), funding_source: pickSource(rng, kind), created_by: null, created_at: at, updated_at: at,
      });
      count += 1;
    }
  }
  return count;
}
