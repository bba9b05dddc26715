import { findLotByCode } from '../../db/repositories/lots.js';
import { findProduct, findProductByGtin, type ProductRow } from '../../db/repositories/products.js';
import { findVisibleStamp } from '../../db/repositories/stamps.js';
import { RATED_STATUSES } from '../../domain/product-status.js';
import { buildDigitalLink } from '../../domain/stamps/digital-link.js';
import type { GtinIdentifiers } from '../../domain/stamps/dl-types.js';
import type { Language } from '../../domain/stamps/link-types.js';
import { type LinkTarget, type LinksetLevel, expandLinkTargets } from '../../domain/stamps/linkset.js';
import { withQuery } from '../../domain/stamps/resolver.js';
import { serialProblem } from '../../domain/stamps/serial.js';
import { walkUpKeys } from '../../domain/stamps/walk-up.js';
import type { ServiceContext } from '../context.js';
import { certificateFacts } from './certificate-facts.js';

// What the resolver knows about an identified item, level by level (walk-up: serial → lot →
// GTIN), as the links the domain's resolve() chooses from. Only rated OCOP products (certified,
// expired or revoked) are served. Any well-formed platform serial under a known GTIN gets the
// verification link, even one never issued: the verify page is what tells a buyer "unknown
// code – maybe fake", rather than a redirect to the product page that a forger would enjoy.

const variants = (href: string): Readonly<Record<Language, string>> => ({ vi: href, en: withQuery(href, 'lang=en') });

function verifyTargets(ctx: ServiceContext, serial: string, known: boolean, dl: string | undefined): LinkTarget[] {
  const page = `${ctx.publicUrl}/v/${serial}`;
  const targets: LinkTarget[] = [{ linkType: 'verificationService', href: variants(page) }];
  if (!known) return targets;
  targets.push({ linkType: 'traceability', href: variants(`${page}#trace`) });
  if (dl !== undefined) targets.push({ linkType: 'epcis', href: `${ctx.publicUrl}/epcis/events?MATCH_epc=${encodeURIComponent(dl)}` });
  return targets;
}

async function productTargets(ctx: ServiceContext, product: ProductRow): Promise<LinkTarget[]> {
  const targets: LinkTarget[] = [{ linkType: 'pip', href: variants(`${ctx.publicUrl}/p/${product.id}`) }];
  const cert = await certificateFacts(ctx.readDb, product, ctx.now().toISOString().slice(0, 10));
  if (cert.number !== null) targets.push({ linkType: 'certificationInfo', href: `${ctx.publicUrl}/certificates/${encodeURIComponent(cert.number)}` });
  return targets;
}

async function levelTargets(ctx: ServiceContext, product: ProductRow, level: string, ids: GtinIdentifiers): Promise<LinkTarget[]> {
  if (level === 'gtin') return productTargets(ctx, product);
  if (level === 'lot' && ids.lot !== undefined && ids.cpv === undefined) {
    const lot = await findLotByCode(ctx.readDb, product.id, ids.lot);
    return lot === undefined ? [] : [{ linkType: 'pip', href: variants(`${ctx.publicUrl}/p/${product.id}?lot=${encodeURIComponent(lot.code)}`) }];
  }
  if (level !== 'serial' || ids.serial === undefined || serialProblem(ids.serial) !== undefined) return [];
  const stamp = await findVisibleStamp(ctx.readDb, ids.serial);
  const known = stamp !== undefined && stamp.product_id === product.id && ids.cpv === undefined && (ids.lot === undefined || ids.lot === stamp.lot_code);
  return verifyTargets(ctx, ids.serial, known, known ? buildDigitalLink(ctx.publicUrl, ids) : undefined);
}

/** Levels for a Digital Link request, most specific first; empty when the GTIN is not an OCOP product. */
export async function resolverLevels(ctx: ServiceContext, ids: GtinIdentifiers): Promise<LinksetLevel[]> {
  const product = await findProductByGtin(ctx.readDb, ids.gtin);
  if (product === undefined || !RATED_STATUSES.includes(product.status)) return [];
  const levels: LinksetLevel[] = [];
  for (const key of walkUpKeys(ids)) {
    const links = expandLinkTargets(await levelTargets(ctx, product, key.level, key.ids));
    levels.push({ anchor: `${ctx.publicUrl}${key.path}`, itemDescription: product.name, links });
  }
  return levels;
}

/** Levels for the short form /s/{serial}: the stamp's own identifiers, or one level when its product has no GTIN. */
export async function shortLinkLevels(ctx: ServiceContext, serial: string): Promise<LinksetLevel[]> {
  const stamp = await findVisibleStamp(ctx.readDb, serial);
  const product = stamp === undefined ? undefined : await findProduct(ctx.readDb, stamp.product_id);
  if (stamp === undefined || product === undefined || !RATED_STATUSES.includes(product.status)) return [];
  if (product.gtin !== null) return resolverLevels(ctx, stamp.lot_code === null ? { gtin: product.gtin, serial } : { gtin: product.gtin, lot: stamp.lot_code, serial });
  const links = expandLinkTargets([...verifyTargets(ctx, serial, true, undefined), ...(await productTargets(ctx, product))]);
  return [{ anchor: `${ctx.publicUrl}/s/${serial}`, itemDescription: product.name, links }];
}
