// Where a product is sold: the producer's own shop, OCOP showrooms, supermarkets, fairs and
// online marketplaces. Supermarket names are invented; fairs follow the province's usual
// OCOP fairs.
import type { Plan } from './plans.js';
import { intBetween, shuffled, type Rng } from './prng.js';
import type { ProducerType, SalesPoint } from './types.js';

const FAIR_VENUE = 'Cung Quy hoạch, Hội chợ và Triển lãm tỉnh, Phường Hạ Long';

const SUPERMARKETS: readonly SalesPoint[] = [
  { name: 'Siêu thị Vịnh Xanh Hạ Long', address: 'Phường Hồng Gai', kind: 'supermarket' },
  { name: 'Siêu thị Bốn Mùa Cẩm Phả', address: 'Phường Cẩm Phả', kind: 'supermarket' },
  { name: 'Siêu thị Phố Núi Uông Bí', address: 'Phường Uông Bí', kind: 'supermarket' },
  { name: 'Siêu thị Biên Mậu Móng Cái', address: 'Phường Móng Cái 1', kind: 'supermarket' },
  { name: 'Siêu thị Đông Triều Xanh', address: 'Phường Đông Triều', kind: 'supermarket' },
  { name: 'Siêu thị Nông sản sạch Hà Nội – Quảng Ninh', address: 'Phường Cầu Giấy, Thành phố Hà Nội', kind: 'supermarket' },
];

const FAIRS: readonly SalesPoint[] = [
  { name: 'Hội chợ OCOP Quảng Ninh – Hè 2025', address: FAIR_VENUE, kind: 'fair' },
  { name: 'Hội chợ OCOP Quảng Ninh – Xuân 2026', address: FAIR_VENUE, kind: 'fair' },
  { name: 'Hội chợ Thương mại quốc tế Việt – Trung Móng Cái 2025', address: 'Phường Móng Cái 1', kind: 'fair' },
  { name: 'Tuần hàng OCOP Quảng Ninh tại Hà Nội 2025', address: 'Thành phố Hà Nội', kind: 'fair' },
];

const MARKETPLACES: readonly SalesPoint[] = [
  { name: 'Gian hàng trên sàn Shopee', address: 'shopee.vn', kind: 'online' },
  { name: 'Gian hàng trên sàn Postmart', address: 'postmart.vn', kind: 'online' },
  { name: 'Gian hàng trên sàn Voso', address: 'voso.vn', kind: 'online' },
];

const COUNT: Record<ProducerType, readonly [number, number]> = {
  enterprise: [2, 4],
  cooperative: [2, 4],
  cooperative_group: [1, 3],
  household: [1, 2],
};

function ownPoints(plan: Plan): SalesPoint[] {
  const { producer, brand, site } = plan.maker;
  const showroomArea = site.oldDistrict === undefined ? site.unitName : `${site.unitName} (cũ)`;
  return [
    { name: `Cửa hàng giới thiệu sản phẩm ${brand}`, address: producer.address, kind: 'shop' },
    { name: `Điểm giới thiệu và bán sản phẩm OCOP ${site.place}`, address: showroomArea, kind: 'shop' },
    { name: `Trang bán hàng trực tuyến ${brand}`, address: `https://${producer.key}.example.com`, kind: 'online' },
  ];
}

/** The producer's own shop first, then a random mix of other channels. */
export function salesPointsFor(rng: Rng, plan: Plan): SalesPoint[] {
  const [min, max] = COUNT[plan.maker.producer.type];
  const own = ownPoints(plan);
  const first = own[0];
  // Tours and homestays are sold by the producer, at fairs and online, not in supermarkets.
  const shops = plan.template.setNumber === 26 ? [] : SUPERMARKETS;
  const others = shuffled(rng, [...own.slice(1), ...shops, ...FAIRS, ...MARKETPLACES]);
  const count = intBetween(rng, min, max);
  return first === undefined ? others.slice(0, count) : [first, ...others.slice(0, count - 1)];
}
