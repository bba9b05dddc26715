import { imagesOf } from '../../db/repositories/product-parts.js';
import { findProducer, type ProducerRow } from '../../db/repositories/producers.js';
import { findProduct, type ProductRow } from '../../db/repositories/products.js';
import { scansSince } from '../../db/repositories/scans.js';
import type { VisibleStamp } from '../../db/repositories/stamps.js';
import { findUnit } from '../../db/repositories/units.js';
import type { Scan } from '../../domain/stamps/signals.js';
import type { ServiceContext } from '../context.js';
import { asScan } from '../scans/flush-scans.js';
import { type CertificateFacts, certificateFacts } from './certificate-facts.js';

// Everything verification shows about a found code, read in a handful of small queries.

export type StampFacts = {
  readonly stamp: VisibleStamp;
  readonly product: ProductRow;
  readonly producer: ProducerRow;
  readonly commune: string | null;
  readonly imageId: number | null;
  readonly certificate: CertificateFacts;
  /** Recent scans (flushed ones, plus the first PIN use from the stamp row), oldest first. */
  readonly history: Scan[];
};

export async function loadStampFacts(ctx: ServiceContext, stamp: VisibleStamp, lookbackHours: number): Promise<StampFacts | undefined> {
  // The stamp row already names the producer, so product and producer are read together.
  const [product, producer] = await Promise.all([findProduct(ctx.readDb, stamp.product_id), findProducer(ctx.readDb, stamp.producer_id)]);
  if (product === undefined || producer === undefined) return undefined;
  const now = ctx.now();
  const since = new Date(now.getTime() - lookbackHours * 3_600_000).toISOString();
  const [unit, images, certificate, rows] = await Promise.all([
    findUnit(ctx.readDb, producer.unit_id), imagesOf(ctx.readDb, [product.id]), certificateFacts(ctx.readDb, product, now.toISOString().slice(0, 10)), scansSince(ctx.readDb, [stamp.id], since),
  ]);
  const history = rows.map(asScan);
  if (stamp.first_authenticated_at !== null) history.push(asScan({ at: stamp.first_authenticated_at, province: stamp.first_auth_province, outcome: 'pin-correct' }));
  history.sort((a, b) => a.at.localeCompare(b.at));
  const image = [...images].sort((a, b) => a.position - b.position)[0];
  return { stamp, product, producer, commune: unit?.name ?? null, imageId: image?.id ?? null, certificate, history };
}
