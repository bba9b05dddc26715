// The product form's values as typed, and the request body they make.
import { RATED_STATUSES, type Product, type ProductStatus } from '../../api-registry.js';
import { numberOrNull, textOf, textOrNull } from '../../format.js';

export type CertificateDraft = { kind: string; number: string; issuer: string; validFrom: string; validTo: string };
export type SalesPointDraft = { name: string; address: string; kind: string };

export type ProductDraft = {
  name: string;
  nameEn: string;
  setNumber: string;
  description: string;
  story: string;
  gtin: string;
  status: string;
  star: string;
  rawMaterialAreaHa: string;
  capacityAmount: string;
  capacityUnit: string;
  priceVnd: string;
  certificates: CertificateDraft[];
  salesPoints: SalesPointDraft[];
};

export const EMPTY_PRODUCT: ProductDraft = {
  name: '',
  nameEn: '',
  setNumber: '',
  description: '',
  story: '',
  gtin: '',
  status: 'idea',
  star: '',
  rawMaterialAreaHa: '',
  capacityAmount: '',
  capacityUnit: '',
  priceVnd: '',
  certificates: [],
  salesPoints: [],
};

export const EMPTY_CERTIFICATE: CertificateDraft = { kind: 'vietgap', number: '', issuer: '', validFrom: '', validTo: '' };
export const EMPTY_SALES_POINT: SalesPointDraft = { name: '', address: '', kind: 'shop' };

export function draftOf(p: Product): ProductDraft {
  return {
    name: p.name,
    nameEn: textOf(p.nameEn),
    setNumber: String(p.classification.setNumber),
    description: textOf(p.description),
    story: textOf(p.story),
    gtin: textOf(p.gtin),
    status: p.status,
    star: textOf(p.star),
    rawMaterialAreaHa: textOf(p.rawMaterialAreaHa),
    capacityAmount: textOf(p.capacity?.amount),
    capacityUnit: textOf(p.capacity?.unit),
    priceVnd: textOf(p.priceVnd),
    certificates: p.certificates.map((c) => ({
      kind: c.kind,
      number: textOf(c.number),
      issuer: textOf(c.issuer),
      validFrom: textOf(c.validFrom),
      validTo: textOf(c.validTo),
    })),
    salesPoints: p.salesPoints.map((s) => ({ name: s.name, address: textOf(s.address), kind: s.kind })),
  };
}

export function isRated(status: string): boolean {
  return RATED_STATUSES.some((rated: ProductStatus) => rated === status);
}

export function productBody(d: ProductDraft): Record<string, unknown> {
  const capacity =
    d.capacityAmount.trim() === '' && d.capacityUnit.trim() === ''
      ? null
      : { amount: numberOrNull(d.capacityAmount), unit: d.capacityUnit.trim() };
  return {
    name: d.name.trim(),
    nameEn: textOrNull(d.nameEn),
    setNumber: numberOrNull(d.setNumber, true),
    description: textOrNull(d.description),
    story: textOrNull(d.story),
    gtin: textOrNull(d.gtin),
    status: d.status,
    // A star belongs only to rated statuses; the server refuses one anywhere else.
    star: isRated(d.status) ? numberOrNull(d.star, true) : null,
    rawMaterialAreaHa: numberOrNull(d.rawMaterialAreaHa),
    capacity,
    priceVnd: numberOrNull(d.priceVnd, true),
    certificates: d.certificates.map((c) => ({
      kind: c.kind,
      number: textOrNull(c.number),
      issuer: textOrNull(c.issuer),
      validFrom: textOrNull(c.validFrom),
      validTo: textOrNull(c.validTo),
    })),
    salesPoints: d.salesPoints.map((s) => ({ name: s.name.trim(), address: textOrNull(s.address), kind: s.kind })),
  };
}
