import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { loadDossier } from '../dossiers/dossier-access.js';
import { loadCouncilState } from './council-tally.js';
import { type ScoresView, presentScores } from './scores-output.js';

export async function listScores(ctx: ServiceContext, opts: { actor: Actor; dossierId: number }): Promise<ScoresView> {
  const { row, seat } = await loadDossier(ctx.db, opts.actor, opts.dossierId);
  return presentScores(await loadCouncilState(ctx.db, row), row, opts.actor, seat);
}
