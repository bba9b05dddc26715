import { countDossierRows, listDossierRows } from '../../db/repositories/dossiers.js';
import type { DossierKind, DossierState } from '../../domain/evaluation/types.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';
import { dossierScope } from './dossier-access.js';
import { type DossierView, presentDossier } from './dossier-output.js';

export type DossierListFilter = {
  state?: DossierState | undefined; kind?: DossierKind | undefined; producerId?: number | undefined; productId?: number | undefined; councilId?: number | undefined;
};

/** Dossiers the caller may see: their producer's, their commune's, their council's, or all for province staff. */
export async function listDossiers(ctx: ServiceContext, opts: { actor: Actor; filter: DossierListFilter; page: PageRequest }): Promise<Page<DossierView>> {
  const filter = { ...opts.filter, ...(await dossierScope(ctx.db, opts.actor)) };
  const [rows, total] = await Promise.all([
    listDossierRows(ctx.db, filter, opts.page.pageSize, offsetOf(opts.page)),
    countDossierRows(ctx.db, filter),
  ]);
  return { items: rows.map(presentDossier), total, page: opts.page.page, pageSize: opts.page.pageSize };
}
