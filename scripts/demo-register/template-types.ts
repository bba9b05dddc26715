// The shape of a product template: one kind of OCOP product as it is made in Quảng Ninh, with
// the packaging variants producers sell. `{place}` in names and texts becomes the producer's
// place (e.g. "Ba Chẽ"); stories may also use {village}, {unit}, {year} and {brand}.
import type { CertificateKind, ProducerType } from './types.js';

export interface Variant {
  vi: string;
  en: string;
  packaging: string;
  price: readonly [number, number];
}

export interface ProductTemplate {
  id: string;
  /** Product set number of the catalogue (QĐ 26/2026/QĐ-TTg, 1–26). */
  setNumber: number;
  nameVi: string;
  nameEn: string;
  variants: readonly Variant[];
  descriptionVi: string;
  descriptionEn: string;
  storyVi: string;
  /** Production capacity per year. */
  capacity: { unit: string; min: number; max: number };
  /** Raw-material area in hectares, or null when the product has none of its own. */
  areaHa: readonly [number, number] | null;
  types: readonly ProducerType[];
  /** 3: a flagship that can reach five stars; 2: well known; 1: common. */
  tier: 1 | 2 | 3;
  certificates: readonly CertificateKind[];
  barcode: boolean;
  /** Word a producer of this product puts in its name, e.g. "Chè", "Thủy sản". */
  trade: string;
}

export const ALL_TYPES: readonly ProducerType[] = ['enterprise', 'cooperative', 'cooperative_group', 'household'];
export const NO_ENTERPRISE: readonly ProducerType[] = ['cooperative', 'cooperative_group', 'household'];
export const ORGANISED: readonly ProducerType[] = ['enterprise', 'cooperative'];
