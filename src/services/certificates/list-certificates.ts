import { type CertificateSort, type CertificateStatusFilter, countCertificateRows, listCertificateRows } from '../../db/repositories/certificates.js';
import { addDays } from '../../domain/evaluation/dates.js';
import type { Actor } from '../../domain/roles.js';
import { producerScope } from '../access.js';
import type { ServiceContext } from '../context.js';
import { type Page, type PageRequest, offsetOf } from '../paging.js';
import { expiringUntil, presentRows, today } from './certificate-access.js';
import type { CertificateView } from './certificate-output.js';
import { unitScope } from '../unit-scope.js';

// The register of certificates: filters by star, status today, unit (with its sub-units and the
// pre-2025 units that became part of it), producer, product, and "expiring within N days".

export type CertificateListFilter = {
  star?: number | undefined;
  status?: CertificateStatusFilter | undefined;
  unitId?: string | undefined;
  producerId?: number | undefined;
  productId?: number | undefined;
  expiringWithinDays?: number | undefined;
  sort?: CertificateSort | undefined;
};

export async function listCertificates(ctx: ServiceContext, opts: { actor: Actor; filter: CertificateListFilter; page: PageRequest }): Promise<Page<CertificateView>> {
  const f = opts.filter;
  const day = today(ctx);
  const filter = {
    scope: await producerScope(ctx.db, opts.actor), today: day, expiringUntil: expiringUntil(day),
    status: f.status, star: f.star, producerId: f.producerId, productId: f.productId,
    unitIds: f.unitId === undefined ? undefined : await unitScope(ctx.db, f.unitId),
    expiresBy: f.expiringWithinDays === undefined ? undefined : addDays(day, f.expiringWithinDays),
  };
  const sort = f.sort ?? (f.expiringWithinDays !== undefined ? 'expires' : 'issued');
  const [rows, total] = await Promise.all([
    listCertificateRows(ctx.db, filter, sort, opts.page.pageSize, offsetOf(opts.page)),
    countCertificateRows(ctx.db, filter),
  ]);
  return { items: await presentRows(ctx, rows), total, page: opts.page.page, pageSize: opts.page.pageSize };
}
