// What the generator adds to the six producers of src/rules/demo/foundation.json, whose key,
// name, type, tax code, unit, address and representative's name are copied unchanged.
import type { EthnicGroup } from './places.js';

export interface FoundationExtra {
  key: string;
  /** Template of the producer's first product. */
  primary: string;
  woman: boolean;
  group: EthnicGroup | undefined;
  village: string;
  brand: string;
}

export const FOUNDATION_EXTRAS: readonly FoundationExtra[] = [
  { key: 'ga-tien-yen', primary: 'ga-tien-yen', woman: true, group: undefined, village: 'Hải Lạng', brand: 'Bình Minh' },
  // Lý is a common Dao surname in Ba Chẽ.
  { key: 'tra-hoa-vang', primary: 'tra-hoa-vang', woman: false, group: 'Dao', village: 'Khe Tâm', brand: 'Khe Tâm' },
  { key: 'cha-muc', primary: 'cha-muc', woman: false, group: undefined, village: 'Hồng Hải', brand: 'Hạ Long Xanh' },
  // Hoàng is the most common Tày surname in Bình Liêu.
  { key: 'mien-dong', primary: 'mien-dong', woman: true, group: 'Tày', village: 'Pắc Pộc', brand: 'Pắc Pộc' },
  { key: 'lon-mong-cai', primary: 'lon-mong-cai', woman: false, group: undefined, village: 'Ka Long', brand: 'Hải Sơn' },
  // Phong Dụ is a Dao commune; Đặng is a Dao surname there.
  { key: 'ga-tien-yen-cu', primary: 'ga-doi', woman: false, group: 'Dao', village: 'Phong Dụ', brand: 'Phong Dụ' },
];

export function foundationExtra(key: string): FoundationExtra {
  const found = FOUNDATION_EXTRAS.find((e) => e.key === key);
  if (found === undefined) throw new Error(`no generator settings for foundation producer '${key}'`);
  return found;
}
