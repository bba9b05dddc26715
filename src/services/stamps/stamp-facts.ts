import { scansSince } from '../../db/repositories/scans.js';
import type { VisibleStamp } from '../../db/repositories/stamps.js';
import type { Scan } from '../../domain/stamps/signals.js';
import type { ServiceContext } from '../context.js';
import { asScan } from '../scans/flush-scans.js';
import { type ProductFacts, productFacts } from './product-facts.js';

// Everything verification shows about a found code: the code's own row and recent scans, and its
// product's public facts (kept for a moment: product-facts.ts).

export type StampFacts = ProductFacts & {
  readonly stamp: VisibleStamp;
  /** Recent scans (flushed ones, plus the first PIN use from the stamp row), oldest first. */
  readonly history: Scan[];
};

export async function loadStampFacts(ctx: ServiceContext, stamp: VisibleStamp, lookbackHours: number): Promise<StampFacts | undefined> {
  const since = new Date(ctx.now().getTime() - lookbackHours * 3_600_000).toISOString();
  // The stamp row already names the producer, so the product side and the code's history are read together.
  const [product, rows] = await Promise.all([productFacts(ctx, stamp.product_id, stamp.producer_id), scansSince(ctx.readDb, [stamp.id], since)]);
  if (product === undefined) return undefined;
  const history = rows.map(asScan);
  if (stamp.first_authenticated_at !== null) history.push(asScan({ at: stamp.first_authenticated_at, province: stamp.first_auth_province, outcome: 'pin-correct' }));
  history.sort((a, b) => a.at.localeCompare(b.at));
  return { stamp, ...product, history };
}
