import { z } from 'zod';
import { normalizeGtin } from '../../domain/gtin.js';
import { PRODUCT_STATUSES, STAR_MAX, STAR_MIN, starProblem } from '../../domain/product-status.js';
import { CERTIFICATE_KINDS, SALES_POINT_KINDS } from '../../domain/registry-kinds.js';
import { isProductSet } from './catalogue-view.js';

const DateString = z.iso.date();

// One schema for a product, used by the API and by every spreadsheet row.

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const ProductStatusInput = z.enum(PRODUCT_STATUSES);

export const GtinInput = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const gtin = normalizeGtin(s);
    if (gtin === undefined) ctx.addIssue({ code: 'custom', message: 'a GTIN has 8, 12, 13 or 14 digits ending in a valid GS1 check digit' });
    return gtin ?? s;
  })
  .describe('GTIN-8/12/13/14; stored and returned as GTIN-14');

export const CertificateFields = z.object({
  kind: z.enum(CERTIFICATE_KINDS),
  number: optionalText(100),
  issuer: optionalText(200),
  validFrom: DateString.nullable().optional(),
  validTo: DateString.nullable().optional(),
});

export function certificateDatesInOrder(c: { validFrom?: string | null | undefined; validTo?: string | null | undefined }, ctx: z.RefinementCtx): void {
  if (c.validFrom != null && c.validTo != null && c.validTo < c.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'ends before it starts' });
}

export const CertificateInput = CertificateFields.superRefine(certificateDatesInOrder);

export const SalesPointInput = z.object({
  name: z.string().trim().min(1).max(200),
  address: optionalText(300),
  kind: z.enum(SALES_POINT_KINDS),
});

/** Longest lists a product keeps (the API and the spreadsheet import check the same limits). */
export const MAX_CERTIFICATES = 20;
export const MAX_SALES_POINTS = 100;

export const ProductFields = z.object({
  name: z.string().trim().min(2).max(200),
  nameEn: optionalText(200),
  setNumber: z.int().refine(isProductSet, 'not a product set of the catalogue (GET /catalogue)').describe('product set number of the catalogue, 1–26'),
  description: optionalText(5000),
  story: optionalText(10000).describe('the product story (câu chuyện sản phẩm)'),
  gtin: GtinInput.nullable().optional(),
  status: ProductStatusInput.default('idea'),
  star: z.int().min(STAR_MIN).max(STAR_MAX).nullable().optional(),
  rawMaterialAreaHa: z.number().min(0).max(1_000_000).nullable().optional().describe('raw-material area in hectares'),
  capacity: z.object({ amount: z.number().min(0).max(1e12), unit: z.string().trim().min(1).max(40) }).nullable().optional().describe('production capacity per year'),
  priceVnd: z.int().min(0).max(1e12).nullable().optional(),
  certificates: z.array(CertificateInput).max(MAX_CERTIFICATES).optional(),
  salesPoints: z.array(SalesPointInput).max(MAX_SALES_POINTS).optional(),
});

function checkStar(p: { status?: z.infer<typeof ProductStatusInput> | undefined; star?: number | null | undefined }, ctx: z.RefinementCtx): void {
  if (p.status === undefined) return;
  const problem = starProblem(p.status, p.star ?? null);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', path: ['star'], message: problem });
}

export const CreateProductInput = ProductFields.extend({ producerId: z.int().positive() }).superRefine(checkStar);
export type CreateProductInput = z.infer<typeof CreateProductInput>;
export type ProductFieldsInput = z.infer<typeof ProductFields>;
export const UpdateProductInput = ProductFields.extend({ status: ProductStatusInput.optional() }).partial().strict();
export type UpdateProductInput = z.infer<typeof UpdateProductInput>;

/** A row of the "Sản phẩm" sheet: a product naming its producer by tax code or registration number. */
export const ProductRowInput = ProductFields.extend({ producerKey: z.string().trim().min(1).max(30) }).superRefine(checkStar);
export type ProductRowInput = z.infer<typeof ProductRowInput>;
