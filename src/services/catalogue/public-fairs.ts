import { type FairRow, listFairRows, listedFairProducts, pastFairRows } from '../../db/repositories/fairs.js';
import { vietnamDay } from '../../domain/scoring/library.js';
import type { ServiceContext } from '../context.js';
import { unitDirectory } from './unit-directory.js';

// The public calendar: fairs that have not ended yet (soonest first) and the most recent past
// ones, each with the listed products it shows.

export type FairProduct = { id: number; name: string; name_en: string | null; star: number | null };
export type PublicFair = FairRow & { unitName: string | null; products: FairProduct[] };

const UPCOMING_LIMIT = 50;
const PAST_LIMIT = 12;

export async function publicFairs(ctx: ServiceContext): Promise<{ upcoming: PublicFair[]; past: PublicFair[] }> {
  const today = vietnamDay(ctx.now());
  const [upcoming, past, units] = await Promise.all([listFairRows(ctx.readDb, { from: today }, UPCOMING_LIMIT, 0), pastFairRows(ctx.readDb, today, PAST_LIMIT), unitDirectory(ctx)]);
  const products = await listedFairProducts(ctx.readDb, [...upcoming, ...past].map((f) => f.id));
  const withProducts = (f: FairRow): PublicFair => ({
    ...f, unitName: f.unit_id === null ? null : units.currentName(f.unit_id),
    products: products.filter((p) => p.fair_id === f.id).map(({ id, name, name_en, star }) => ({ id, name, name_en, star })),
  });
  return { upcoming: upcoming.map(withProducts), past: past.map(withProducts) };
}
