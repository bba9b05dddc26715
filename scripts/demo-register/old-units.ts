// Pre-2025 commune-level units (ids `old-<code>`, all `fromId` in the units file's succession)
// on which a few producers are still filed: records registered before the 1 July 2025 reform
// and not yet moved to the new unit. `successor` is the new unit whose villages and products
// the generator borrows.

export interface OldSlot {
  unitId: string;
  successor: string;
}

export const OLD_SLOTS: readonly OldSlot[] = [
  { unitId: 'old-06988', successor: 'new-06970' }, // Xã Đồn Đạc, Huyện Ba Chẽ
  { unitId: 'old-06976', successor: 'new-06979' }, // Xã Thanh Lâm, Huyện Ba Chẽ
  { unitId: 'old-06859', successor: 'new-06838' }, // Xã Húc Động, Huyện Bình Liêu
  { unitId: 'old-06847', successor: 'new-06841' }, // Xã Đồng Văn, Huyện Bình Liêu
  { unitId: 'old-07057', successor: 'new-07054' }, // Xã Bằng Cả, Thành phố Hạ Long
  { unitId: 'old-07108', successor: 'new-07114' }, // Xã Hồng Thái Tây, Thành phố Đông Triều
  { unitId: 'old-06835', successor: 'new-06832' }, // Phường Phương Nam, Thành phố Uông Bí
  { unitId: 'old-07156', successor: 'new-07168' }, // Xã Hoàng Tân, Thị xã Quảng Yên
  { unitId: 'old-07024', successor: 'new-06994' }, // Xã Quan Lạn, Huyện Vân Đồn
];
