// Shapes of the demo register (src/rules/demo/register.json) and of the generator's data tables.

export type ProducerType = 'enterprise' | 'cooperative' | 'cooperative_group' | 'household';
export type SalesPointKind = 'shop' | 'supermarket' | 'fair' | 'online';
export type CertificateKind = 'vietgap' | 'organic' | 'food_safety' | 'iso22000' | 'haccp' | 'other';
export type ProductStatus = 'certified' | 'developing' | 'submitted';
export type Star = 3 | 4 | 5;

export interface Representative {
  name: string;
  woman: boolean;
  ethnicMinority: boolean;
  disability: boolean;
}

export interface Employees {
  total: number;
  women: number;
  ethnicMinority: number;
}

export interface Producer {
  key: string;
  name: string;
  type: ProducerType;
  taxCode: string;
  unitId: string;
  address: string;
  phone: string;
  email: string | null;
  foundedYear: number;
  representative: Representative;
  employees: Employees;
}

export interface SalesPoint {
  name: string;
  address: string;
  kind: SalesPointKind;
}

export interface QualityCertificate {
  kind: CertificateKind;
  number: string;
  issuer: string;
  issuedOn: string;
  validUntil: string;
}

export interface Product {
  key: string;
  producerKey: string;
  setNumber: number;
  nameVi: string;
  nameEn: string;
  descriptionVi: string;
  descriptionEn: string;
  storyVi: string;
  gtin: string | null;
  priceVnd: number;
  packaging: string;
  capacity: { amount: number; unit: string };
  rawMaterialAreaHa: number | null;
  salesPoints: SalesPoint[];
  qualityCertificates: QualityCertificate[];
  star: Star | null;
  certifiedOn: string | null;
  status: ProductStatus;
}

export interface Register {
  note: string;
  seed: number;
  generatedBy: string;
  producers: Producer[];
  products: Product[];
}
