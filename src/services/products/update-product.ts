import { replaceCertificates, replaceSalesPoints } from '../../db/repositories/product-parts.js';
import { updateProductRow } from '../../db/repositories/products.js';
import type { Actor } from '../../domain/roles.js';
import { starProblem } from '../../domain/product-status.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { conflict, invalid } from '../errors.js';
import { loadEditableProduct, loadParts } from './product-access.js';
import type { UpdateProductInput } from './product-input.js';
import { type ProductView, certificateColumns, presentProduct, productColumns, productInputOf, salesPointColumns } from './product-output.js';
import { productUniquenessIssues, statusIssues } from './product-rules.js';

/** Changes the fields given; certificates and sales points, when given, replace the lists. */
export async function updateProduct(ctx: ServiceContext, opts: { actor: Actor; productId: number; input: UpdateProductInput }): Promise<ProductView> {
  const { actor, input } = opts;
  const { product } = await loadEditableProduct(ctx.db, actor, opts.productId);
  const before = presentProduct(product, await loadParts(ctx.db, [product.id]));
  const merged = { ...productInputOf(before), ...input };
  const after = { status: merged.status, star: merged.star ?? null };
  const starIssue = starProblem(after.status, after.star);
  const issues = [...(starIssue === undefined ? [] : [{ path: 'body.star', message: starIssue }]), ...statusIssues(actor, product, after, 'body.')];
  if (issues.length > 0) throw invalid('The product record is not valid', issues);
  const duplicates = await productUniquenessIssues(ctx.db, { producerId: product.producer_id, name: merged.name, gtin: merged.gtin ?? null }, product.id, 'body.');
  if (duplicates.length > 0) throw conflict('Another product has this name or GTIN', duplicates);
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await updateProductRow(trx, product.id, { ...productColumns(merged), updated_at: at });
    if (input.certificates !== undefined) await replaceCertificates(trx, row.id, certificateColumns(input.certificates));
    if (input.salesPoints !== undefined) await replaceSalesPoints(trx, row.id, salesPointColumns(input.salesPoints));
    const view = presentProduct(row, await loadParts(trx, [row.id]));
    await recordAudit(trx, { actor, action: 'product.update', entity: 'product', entityId: row.id, before, after: view, at });
    return view;
  });
}
