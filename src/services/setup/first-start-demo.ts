import type { ServiceContext } from '../context.js';
import { isDemoSeeded } from './seed-demo.js';

// Whether `ocop serve` loads the demo data on start: only into a database that holds nothing
// yet. Any account means a real installation (never add demo accounts to it); any producer
// means data arrived by another way (an import, `ocop seed --scale national`), and the demo's
// register would collide with it (certificate numbers, GTINs).

export async function demoWantedOnStart(ctx: ServiceContext): Promise<boolean> {
  if (await isDemoSeeded(ctx)) return false;
  const user = await ctx.db.selectFrom('app_user').select('id').limit(1).executeTakeFirst();
  if (user !== undefined) return false;
  const producer = await ctx.db.selectFrom('producer').select('id').limit(1).executeTakeFirst();
  return producer === undefined;
}
