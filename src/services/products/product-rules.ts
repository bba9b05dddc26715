import type { Kysely } from 'kysely';
import { findProductByGtin, findProductByName } from '../../db/repositories/products.js';
import type { DB } from '../../db/schema.js';
import { type ProductStatus, REGISTRY_STATUSES, canMoveStatus } from '../../domain/product-status.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import type { FieldIssue } from '../errors.js';

// Who may put a product in which status. Producers and commune officers work in the registry
// statuses (idea, plan, developing) along the allowed moves; submission, evaluation and
// certification are set by the cycle. Province staff may set any status and star, so an office
// can record the products it certified before the platform existed.

export function statusIssues(actor: Actor, before: { status: ProductStatus; star: number | null } | undefined, after: { status: ProductStatus; star: number | null }, prefix: string): FieldIssue[] {
  if (hasRole(actor, PROVINCE_STAFF)) return [];
  const unchanged = before !== undefined && before.status === after.status && before.star === after.star;
  if (unchanged) return [];
  if (!REGISTRY_STATUSES.includes(after.status)) {
    return [{ path: `${prefix}status`, message: `only province staff or the OCOP cycle can set '${after.status}'; use one of ${REGISTRY_STATUSES.join(', ')}` }];
  }
  if (before !== undefined && !canMoveStatus(before.status, after.status)) {
    return [{ path: `${prefix}status`, message: `a product cannot move from '${before.status}' to '${after.status}'` }];
  }
  return [];
}

/** GTINs are unique in the register; product names are unique per producer. */
export async function productUniquenessIssues(db: Kysely<DB>, p: { producerId: number; name: string; gtin: string | null }, ownId: number | undefined, prefix: string): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const sameName = await findProductByName(db, p.producerId, p.name);
  if (sameName !== undefined && sameName.id !== ownId) issues.push({ path: `${prefix}name`, message: 'this producer already has a product with this name' });
  if (p.gtin !== null) {
    const sameGtin = await findProductByGtin(db, p.gtin);
    if (sameGtin !== undefined && sameGtin.id !== ownId) issues.push({ path: `${prefix}gtin`, message: 'this GTIN belongs to another product' });
  }
  return issues;
}
