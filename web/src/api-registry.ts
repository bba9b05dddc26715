// Response shapes of the register: producers, products, the catalogue and the Excel import
// report. Mirrors src/services/{producers,products,registry-io}; parsed, never trusted.
import * as z from 'zod/mini';

const pageOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });

export const PRODUCER_TYPES = ['enterprise', 'cooperative', 'cooperative_group', 'household'] as const;
export type ProducerType = (typeof PRODUCER_TYPES)[number];

export const Representative = z.object({
  name: z.string(),
  position: z.nullable(z.string()),
  woman: z.boolean(),
  ethnicMinority: z.boolean(),
  disability: z.boolean(),
});
export type Representative = z.infer<typeof Representative>;

export const Employees = z.object({
  total: z.number(),
  women: z.nullable(z.number()),
  ethnicMinority: z.nullable(z.number()),
});

export const ProducerRecord = z.object({
  id: z.number(),
  name: z.string(),
  type: z.enum(PRODUCER_TYPES),
  taxCode: z.nullable(z.string()),
  registrationNo: z.nullable(z.string()),
  unitId: z.string(),
  address: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  email: z.nullable(z.string()),
  website: z.nullable(z.string()),
  representative: z.nullable(Representative),
  employees: z.nullable(Employees),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProducerRecord = z.infer<typeof ProducerRecord>;
export const ProducerRecordPage = pageOf(ProducerRecord);
export type ProducerRecordPage = z.infer<typeof ProducerRecordPage>;

export const Member = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  email: z.nullable(z.string()),
  active: z.boolean(),
  createdAt: z.string(),
});
export type Member = z.infer<typeof Member>;
export const MemberList = z.object({ items: z.array(Member) });

const LocalText = z.object({ vi: z.string(), en: z.optional(z.string()) });
export type LocalText = z.infer<typeof LocalText>;
const Ministry = z.object({ code: z.string(), name: LocalText });

export const Catalogue = z.object({
  legalVersion: z.string(),
  sectors: z.array(
    z.object({
      code: z.string(),
      name: LocalText,
      groups: z.array(
        z.object({
          code: z.string(),
          name: LocalText,
          sets: z.array(z.object({ number: z.number(), name: LocalText, ministries: z.array(Ministry) })),
        }),
      ),
    }),
  ),
});
export type Catalogue = z.infer<typeof Catalogue>;

export const PRODUCT_STATUSES = [
  'idea',
  'plan',
  'developing',
  'submitted',
  'evaluating',
  'certified',
  'expired',
  'revoked',
] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];
/** Statuses producers and commune officers may set; the cycle and province staff set the rest. */
export const REGISTRY_STATUSES: readonly ProductStatus[] = ['idea', 'plan', 'developing'];
/** Statuses that carry a star rating (src/domain/product-status.ts). */
export const RATED_STATUSES: readonly ProductStatus[] = ['certified', 'expired', 'revoked'];
export const STARS = [3, 4, 5] as const;

export const CERTIFICATE_KINDS = ['vietgap', 'organic', 'food_safety', 'iso22000_haccp', 'other'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
export const SALES_POINT_KINDS = ['shop', 'supermarket', 'fair', 'online'] as const;
export type SalesPointKind = (typeof SALES_POINT_KINDS)[number];

export const Certificate = z.object({
  kind: z.enum(CERTIFICATE_KINDS),
  number: z.nullable(z.string()),
  issuer: z.nullable(z.string()),
  validFrom: z.nullable(z.string()),
  validTo: z.nullable(z.string()),
});
export type Certificate = z.infer<typeof Certificate>;

export const SalesPoint = z.object({ name: z.string(), address: z.nullable(z.string()), kind: z.enum(SALES_POINT_KINDS) });
export type SalesPoint = z.infer<typeof SalesPoint>;

export const ProductImage = z.object({
  id: z.number(),
  mime: z.string(),
  width: z.number(),
  height: z.number(),
  bytes: z.number(),
  url: z.string(),
  thumbnails: z.object({ 320: z.string(), 1024: z.string() }),
});
export type ProductImage = z.infer<typeof ProductImage>;

export const Classification = z.object({
  setNumber: z.number(),
  setName: LocalText,
  group: z.object({ code: z.string(), name: LocalText }),
  sector: z.object({ code: z.string(), name: LocalText }),
  ministries: z.array(Ministry),
});

const productShape = {
  id: z.number(),
  producerId: z.number(),
  name: z.string(),
  nameEn: z.nullable(z.string()),
  classification: Classification,
  description: z.nullable(z.string()),
  story: z.nullable(z.string()),
  gtin: z.nullable(z.string()),
  status: z.enum(PRODUCT_STATUSES),
  star: z.nullable(z.number()),
  rawMaterialAreaHa: z.nullable(z.number()),
  capacity: z.nullable(z.object({ amount: z.number(), unit: z.string() })),
  priceVnd: z.nullable(z.number()),
  certificates: z.array(Certificate),
  salesPoints: z.array(SalesPoint),
  images: z.array(ProductImage),
  createdAt: z.string(),
  updatedAt: z.string(),
};
export const Product = z.object(productShape);
export type Product = z.infer<typeof Product>;
export const ProductListItem = z.object({ ...productShape, producerName: z.string(), unitId: z.string() });
export type ProductListItem = z.infer<typeof ProductListItem>;
export const ProductPage = pageOf(ProductListItem);
export type ProductPage = z.infer<typeof ProductPage>;

export const IMPORT_MODES = ['dry-run', 'all', 'valid-only'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

const SheetReport = z.object({
  sheet: z.string(),
  rows: z.number(),
  invalid: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
});
export type SheetReport = z.infer<typeof SheetReport>;

export const ImportIssue = z.object({
  sheet: z.string(),
  row: z.number(),
  column: z.nullable(z.string()),
  field: z.string(),
  message: z.object({ vi: z.string(), en: z.string() }),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

export const ImportReport = z.object({
  mode: z.enum(IMPORT_MODES),
  applied: z.boolean(),
  producers: z.nullable(SheetReport),
  products: z.nullable(SheetReport),
  certificates: z.nullable(SheetReport),
  salesPoints: z.nullable(SheetReport),
  errorCount: z.number(),
  errors: z.array(ImportIssue),
});
export type ImportReport = z.infer<typeof ImportReport>;
