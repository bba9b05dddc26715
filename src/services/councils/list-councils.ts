import { countCouncilRows, listCouncilRows, seatsOf } from '../../db/repositories/councils.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { forbidden } from '../errors.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';
import { loadCouncil } from './council-access.js';
import { type CouncilView, presentCouncil } from './council-output.js';

/** Province staff see every council; a council member the councils they sit on; others none. */
export async function listCouncils(ctx: ServiceContext, opts: { actor: Actor; roundId?: number | undefined; page: PageRequest }): Promise<Page<CouncilView>> {
  const { actor } = opts;
  if (!hasRole(actor, PROVINCE_STAFF) && actor.role !== 'council_member') throw forbidden('Councils are visible to province staff and their members');
  const filter = { roundId: opts.roundId, seatedUserId: actor.role === 'council_member' ? actor.userId : undefined };
  const [rows, total] = await Promise.all([listCouncilRows(ctx.db, filter, opts.page.pageSize, offsetOf(opts.page)), countCouncilRows(ctx.db, filter)]);
  const seats = await seatsOf(ctx.db, rows.map((r) => r.id));
  return { items: rows.map((r) => presentCouncil(r, seats)), total, page: opts.page.page, pageSize: opts.page.pageSize };
}

export async function getCouncil(ctx: ServiceContext, opts: { actor: Actor; councilId: number }): Promise<CouncilView> {
  const council = await loadCouncil(ctx.db, opts.actor, opts.councilId);
  return presentCouncil(council, await seatsOf(ctx.db, [council.id]));
}
