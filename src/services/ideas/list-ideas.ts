import { countIdeaRows, listIdeaRows } from '../../db/repositories/ideas.js';
import type { IdeaStatus } from '../../domain/cycle/idea-machine.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';
import { cycleScope } from './cycle-access.js';
import { type IdeaView, presentIdea } from './idea-input.js';

export type IdeaListFilter = { roundId?: number | undefined; producerId?: number | undefined; status?: IdeaStatus | undefined };

/** Ideas the caller may see: their producer's, their commune's, or all for province staff. */
export async function listIdeas(ctx: ServiceContext, opts: { actor: Actor; filter: IdeaListFilter; page: PageRequest }): Promise<Page<IdeaView>> {
  const filter = { ...opts.filter, scope: await cycleScope(ctx.db, opts.actor) };
  const [rows, total] = await Promise.all([
    listIdeaRows(ctx.db, filter, opts.page.pageSize, offsetOf(opts.page)),
    countIdeaRows(ctx.db, filter),
  ]);
  return { items: rows.map(presentIdea), total, page: opts.page.page, pageSize: opts.page.pageSize };
}
