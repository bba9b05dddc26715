import type { Generated } from 'kysely';
import type { CertificateKind, SalesPointKind } from '../domain/registry-kinds.js';
import type { ProductStatus } from '../domain/product-status.js';

// Tables of the registry (producers' details, products, images, quality certificates, sales
// points), created by migration 0002-registry. The producer table itself is a foundation table;
// the columns 0002 adds to it are declared here and merged into DB['producer'] by intersection.

export type ProducerRegistryColumns = {
  /** foldForSearch(name), written by the services: the diacritics-insensitive search key. */
  name_folded: string;
  /** Household / cooperative-group registration number (see domain/tax-code.ts). */
  registration_no: string | null;
  website: string | null;
  rep_position: string | null;
  rep_woman: number;
  rep_ethnic_minority: number;
  rep_disability: number;
  employees_total: number | null;
  employees_women: number | null;
  employees_ethnic_minority: number | null;
};

export type ProductTable = {
  id: Generated<number>;
  producer_id: number;
  name: string;
  name_en: string | null;
  name_folded: string;
  /** Product set number of the catalogue (1–26); group, sector and ministry derive from it. */
  set_number: number;
  description: string | null;
  story: string | null;
  /** Normalised GTIN-14, unique. */
  gtin: string | null;
  status: ProductStatus;
  star: number | null;
  raw_material_area_ha: number | null;
  capacity_amount: number | null;
  capacity_unit: string | null;
  price_vnd: number | null;
  created_at: string;
  updated_at: string;
};

export type ProductCertificateTable = {
  id: Generated<number>;
  product_id: number;
  position: number;
  kind: CertificateKind;
  number: string | null;
  issuer: string | null;
  valid_from: string | null;
  valid_to: string | null;
};

export type ProductSalesPointTable = {
  id: Generated<number>;
  product_id: number;
  position: number;
  name: string;
  address: string | null;
  kind: SalesPointKind;
};

export type ProductImageTable = {
  id: Generated<number>;
  product_id: number;
  /** Random name of the stored files (never derived from the upload's file name). */
  file_key: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  position: number;
  created_at: string;
};

export type RegistryTables = {
  producer: ProducerRegistryColumns;
  product: ProductTable;
  product_certificate: ProductCertificateTable;
  product_sales_point: ProductSalesPointTable;
  product_image: ProductImageTable;
};
