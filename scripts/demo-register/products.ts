// Renders planned, rated products into the register's product records.
import type { Plan } from './plans.js';
import { pick, roundedBetween, type Rng } from './prng.js';
import type { Rating } from './ratings.js';
import { fill, roundNice, type Fill } from './text.js';
import type { Product, ProducerType, QualityCertificate, SalesPoint } from './types.js';

const STORY_ENDINGS = [
  'Sản phẩm tham gia Chương trình OCOP Quảng Ninh và được giới thiệu tại các hội chợ, trung tâm OCOP của tỉnh.',
  'Mục tiêu của {brand} là tạo việc làm ổn định cho lao động địa phương, nhất là phụ nữ và đồng bào dân tộc thiểu số.',
  'Toàn bộ nguyên liệu được thu mua từ các hộ liên kết trong vùng, bảo đảm truy xuất được nguồn gốc.',
  'Câu chuyện sản phẩm gắn với văn hóa và cảnh quan {place}, được kể lại trên bao bì và tem truy xuất nguồn gốc.',
  'Bao bì, nhãn mác được thiết kế lại khi tham gia OCOP, có mã QR để khách hàng tra cứu thông tin sản phẩm.',
];

/** Household and group capacities are smaller than those of enterprises. */
const SCALE: Record<ProducerType, readonly [number, number]> = {
  enterprise: [0.6, 1],
  cooperative: [0.3, 0.8],
  cooperative_group: [0.15, 0.4],
  household: [0.05, 0.3],
};

export interface Extras {
  gtin: string | null;
  salesPoints: SalesPoint[];
  qualityCertificates: QualityCertificate[];
}

/** Base names already taken (with the producer key that took them) and full names in use: a second producer of the same product adds its brand. */
export interface NameBook {
  owners: Map<string, string>;
  names: Set<string>;
}

function names(plan: Plan, values: Fill, book: NameBook): { vi: string; en: string } {
  const baseVi = fill(plan.template.nameVi, values);
  const baseEn = fill(plan.template.nameEn, values);
  const owner = book.owners.get(baseVi) ?? plan.maker.producer.key;
  book.owners.set(baseVi, owner);
  const variant = plan.template.variants[plan.variant];
  const tailVi = variant === undefined ? '' : ` ${variant.vi}`;
  const tailEn = variant === undefined ? '' : `, ${variant.en}`;
  for (const brand of owner === plan.maker.producer.key ? [plainBrand] : brandsFor(plan, baseVi, values.place)) {
    const vi = brand.vi === '' ? `${baseVi}${tailVi}` : `${baseVi} ${brand.vi}${tailVi}`;
    if (book.names.has(vi)) continue;
    book.names.add(vi);
    return { vi, en: brand.en === '' ? `${baseEn}${tailEn}` : `${brand.en} ${baseEn}${tailEn}` };
  }
  throw new Error(`product name '${baseVi}' is used twice by '${plan.maker.producer.key}'`);
}

const plainBrand = { vi: '', en: '' };

/**
 * Brands that tell a second producer's product apart: the brand without the place name, which
 * the product name already has or does not need ("Thành Đạt Móng Cái" → "Thành Đạt"), the whole
 * brand, or "nhà <representative's given name>" when the name already holds the brand.
 */
function brandsFor(plan: Plan, base: string, place: string): { vi: string; en: string }[] {
  const brand = plan.maker.brand;
  const short = brand.replace(place, '').replace(/\s+/gu, ' ').trim();
  const given = plan.maker.producer.representative.name.split(' ').at(-1) ?? brand;
  const named = [short, brand].filter((b) => b !== '' && !base.includes(b)).map((b) => ({ vi: b, en: b }));
  return [...named, { vi: `nhà ${given}`, en: `${given}'s` }, { vi: brand, en: brand }];
}

function scaled(rng: Rng, plan: Plan, min: number, max: number): number {
  const [lo, hi] = SCALE[plan.maker.producer.type];
  return min + (max - min) * (lo + (hi - lo) * rng.next());
}

export function renderProduct(rng: Rng, plan: Plan, rating: Rating, extras: Extras, book: NameBook): Product {
  const { maker, template: t } = plan;
  const values: Fill = { place: maker.site.place, village: maker.village, unit: maker.site.unitName, year: maker.producer.foundedYear, brand: maker.brand };
  const variant = t.variants[plan.variant];
  if (variant === undefined) throw new Error(`template '${t.id}' has no variant ${plan.variant}`);
  const name = names(plan, values, book);
  const [low, high] = variant.price;
  return {
    key: `${maker.producer.key}-${t.id}-${plan.variant + 1}`,
    producerKey: maker.producer.key,
    setNumber: t.setNumber,
    nameVi: name.vi,
    nameEn: name.en,
    descriptionVi: fill(t.descriptionVi, values),
    descriptionEn: fill(t.descriptionEn, values),
    storyVi: `${fill(t.storyVi, values)} ${fill(pick(rng, STORY_ENDINGS), values)}`,
    gtin: extras.gtin,
    priceVnd: roundedBetween(rng, low, high, low < 50_000 ? 1_000 : 5_000),
    packaging: variant.packaging,
    capacity: { amount: roundNice(scaled(rng, plan, t.capacity.min, t.capacity.max)), unit: t.capacity.unit },
    rawMaterialAreaHa: t.areaHa === null ? null : Math.max(0.5, Math.round(scaled(rng, plan, t.areaHa[0], t.areaHa[1]) * 10) / 10),
    salesPoints: extras.salesPoints,
    qualityCertificates: extras.qualityCertificates,
    star: rating.star,
    certifiedOn: rating.certifiedOn,
    status: rating.status,
  };
}

