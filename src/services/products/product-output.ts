import type { Insertable } from 'kysely';
import { z } from 'zod';
import type { CertificateRow, ImageRow, SalesPointRow } from '../../db/repositories/product-parts.js';
import type { ProductRow } from '../../db/repositories/products.js';
import type { ProductTable } from '../../db/schema-registry.js';
import { CERTIFICATE_KINDS, SALES_POINT_KINDS } from '../../domain/registry-kinds.js';
import { foldForSearch } from '../../domain/text.js';
import { ClassificationOutput, classify } from './catalogue-view.js';
import { type ProductFieldsInput, ProductStatusInput } from './product-input.js';

export const THUMBNAIL_SIZES = [320, 1024] as const;
export type ThumbnailSize = (typeof THUMBNAIL_SIZES)[number];

export const ImageOutput = z.object({
  id: z.number().int(), mime: z.string(), width: z.number().int(), height: z.number().int(), bytes: z.number().int(),
  url: z.string(), thumbnails: z.object({ 320: z.string(), 1024: z.string() }),
});

export const ProductOutput = z.object({
  id: z.number().int(),
  producerId: z.number().int(),
  name: z.string(),
  nameEn: z.string().nullable(),
  classification: ClassificationOutput,
  description: z.string().nullable(),
  story: z.string().nullable(),
  gtin: z.string().nullable().describe('GTIN-14'),
  status: ProductStatusInput,
  star: z.number().int().nullable(),
  rawMaterialAreaHa: z.number().nullable(),
  capacity: z.object({ amount: z.number(), unit: z.string() }).nullable(),
  priceVnd: z.number().int().nullable(),
  certificates: z.array(z.object({ kind: z.enum(CERTIFICATE_KINDS), number: z.string().nullable(), issuer: z.string().nullable(), validFrom: z.string().nullable(), validTo: z.string().nullable() })),
  salesPoints: z.array(z.object({ name: z.string(), address: z.string().nullable(), kind: z.enum(SALES_POINT_KINDS) })),
  images: z.array(ImageOutput),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProductView = z.infer<typeof ProductOutput>;

export type ProductParts = { certificates: CertificateRow[]; salesPoints: SalesPointRow[]; images: ImageRow[] };

export function presentImage(i: ImageRow) {
  const url = `/api/v1/products/${i.product_id}/images/${i.id}`;
  return { id: i.id, mime: i.mime, width: i.width, height: i.height, bytes: i.bytes, url, thumbnails: { 320: `${url}/320`, 1024: `${url}/1024` } };
}

export function presentProduct(p: ProductRow, parts: ProductParts): ProductView {
  const mine = <T extends { product_id: number }>(rows: T[]) => rows.filter((r) => r.product_id === p.id);
  return {
    id: p.id, producerId: p.producer_id, name: p.name, nameEn: p.name_en, classification: classify(p.set_number),
    description: p.description, story: p.story, gtin: p.gtin, status: p.status, star: p.star,
    rawMaterialAreaHa: p.raw_material_area_ha,
    capacity: p.capacity_amount === null || p.capacity_unit === null ? null : { amount: p.capacity_amount, unit: p.capacity_unit },
    priceVnd: p.price_vnd,
    certificates: mine(parts.certificates).map((c) => ({ kind: c.kind, number: c.number, issuer: c.issuer, validFrom: c.valid_from, validTo: c.valid_to })),
    salesPoints: mine(parts.salesPoints).map((s) => ({ name: s.name, address: s.address, kind: s.kind })),
    images: mine(parts.images).map(presentImage),
    createdAt: p.created_at, updatedAt: p.updated_at,
  };
}

export type ProductColumns = Omit<Insertable<ProductTable>, 'id' | 'producer_id' | 'created_at' | 'updated_at'>;

/** Columns of the product row itself (certificates and sales points are child rows). */
export function productColumns(i: ProductFieldsInput): ProductColumns {
  return {
    name: i.name, name_en: i.nameEn ?? null, name_folded: foldForSearch(`${i.name} ${i.nameEn ?? ''}`), set_number: i.setNumber,
    description: i.description ?? null, story: i.story ?? null, gtin: i.gtin ?? null, status: i.status, star: i.star ?? null,
    raw_material_area_ha: i.rawMaterialAreaHa ?? null, capacity_amount: i.capacity?.amount ?? null, capacity_unit: i.capacity?.unit ?? null,
    price_vnd: i.priceVnd ?? null,
  };
}

export function certificateColumns(list: NonNullable<ProductFieldsInput['certificates']>) {
  return list.map((c) => ({ kind: c.kind, number: c.number ?? null, issuer: c.issuer ?? null, valid_from: c.validFrom ?? null, valid_to: c.validTo ?? null }));
}

export function salesPointColumns(list: NonNullable<ProductFieldsInput['salesPoints']>) {
  return list.map((s) => ({ name: s.name, address: s.address ?? null, kind: s.kind }));
}

/** The input that would recreate a stored product (merging partial updates, comparing rows). */
export function productInputOf(v: ProductView): ProductFieldsInput {
  const { name, nameEn, description, story, gtin, status, star, rawMaterialAreaHa, capacity, priceVnd, certificates, salesPoints } = v;
  return { name, nameEn, setNumber: v.classification.setNumber, description, story, gtin, status, star, rawMaterialAreaHa, capacity, priceVnd, certificates, salesPoints };
}
