import type { Kysely } from 'kysely';
import { imagesOf } from '../../db/repositories/product-parts.js';
import { findProducer, type ProducerRow } from '../../db/repositories/producers.js';
import { findProduct, type ProductRow } from '../../db/repositories/products.js';
import { findUnit } from '../../db/repositories/units.js';
import type { DB } from '../../db/schema.js';
import type { ServiceContext } from '../context.js';
import { type CertificateFacts, certificateFacts } from './certificate-facts.js';

// The product side of what a buyer sees (the product, its producer and commune, its first photo,
// its certificate) is the same for every code of the product and changes rarely, while a popular
// product is scanned many times a second: five of a verification's queries. Public reads may lag
// a few seconds anyway (ServiceContext.readDb), so the facts are kept for FRESH_MS per product
// and day, and forgotten at once when this instance has handled a write (forgetProductFacts, from
// the HTTP layer). Another instance's write shows here within FRESH_MS.

export type ProductFacts = {
  readonly product: ProductRow;
  readonly producer: ProducerRow;
  readonly commune: string | null;
  readonly imageId: number | null;
  readonly certificate: CertificateFacts;
};

const FRESH_MS = 2_000;
const MAX_ENTRIES = 10_000;

type Entry = { readonly until: number; readonly facts: Promise<ProductFacts | undefined> };
const caches = new WeakMap<Kysely<DB>, Map<string, Entry>>();

async function readProductFacts(ctx: ServiceContext, productId: number, producerId: number, today: string): Promise<ProductFacts | undefined> {
  const [product, producer] = await Promise.all([findProduct(ctx.readDb, productId), findProducer(ctx.readDb, producerId)]);
  if (product === undefined || producer === undefined) return undefined;
  const [unit, images, certificate] = await Promise.all([findUnit(ctx.readDb, producer.unit_id), imagesOf(ctx.readDb, [product.id]), certificateFacts(ctx.readDb, product, today)]);
  const image = [...images].sort((a, b) => a.position - b.position)[0];
  return { product, producer, commune: unit?.name ?? null, imageId: image?.id ?? null, certificate };
}

/** The product's public facts as of today; `producerId` is the producer the code or page names. */
export function productFacts(ctx: ServiceContext, productId: number, producerId: number): Promise<ProductFacts | undefined> {
  const today = ctx.now().toISOString().slice(0, 10);
  const key = `${productId}:${producerId}:${today}`;
  const cache = caches.get(ctx.readDb) ?? new Map<string, Entry>();
  caches.set(ctx.readDb, cache);
  const now = performance.now();
  const hit = cache.get(key);
  if (hit !== undefined && hit.until > now) return hit.facts;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  const facts = readProductFacts(ctx, productId, producerId, today);
  cache.set(key, { until: now + FRESH_MS, facts });
  facts.catch(() => cache.delete(key));
  return facts;
}

/** Called after this instance handled a write: the next verification reads the product afresh. */
export function forgetProductFacts(ctx: Pick<ServiceContext, 'readDb'>): void {
  caches.delete(ctx.readDb);
}
