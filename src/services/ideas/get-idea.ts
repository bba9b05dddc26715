import { listIdeaTransitions } from '../../db/repositories/ideas.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { loadIdea } from './idea-checks.js';
import { type IdeaDetailView, presentIdeaDetail } from './idea-input.js';

/** One idea with its history and what the caller may do with it now. */
export async function getIdea(ctx: ServiceContext, opts: { actor: Actor; ideaId: number }): Promise<IdeaDetailView> {
  const { row, parties } = await loadIdea(ctx.db, opts.actor, opts.ideaId);
  return presentIdeaDetail(row, await listIdeaTransitions(ctx.db, row.id), parties);
}
