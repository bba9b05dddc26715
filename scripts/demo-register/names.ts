// Name parts for fictitious representatives and producers. Surnames of the Kinh majority and of
// the ethnic minorities of north-eastern Quảng Ninh (Dao, Tày, Sán Chay, Sán Dìu), with the
// weights they roughly have in the population; given names common in the province.
import type { EthnicGroup } from './places.js';
import { chance, pick, pickWeighted, type Rng } from './prng.js';

interface Weighted {
  name: string;
  weight: number;
}

const KINH_SURNAMES: readonly Weighted[] = [
  { name: 'Nguyễn', weight: 32 }, { name: 'Trần', weight: 11 }, { name: 'Lê', weight: 9 }, { name: 'Phạm', weight: 7 },
  { name: 'Vũ', weight: 5 }, { name: 'Hoàng', weight: 4 }, { name: 'Đỗ', weight: 4 }, { name: 'Bùi', weight: 4 },
  { name: 'Đặng', weight: 3 }, { name: 'Ngô', weight: 2 }, { name: 'Dương', weight: 2 }, { name: 'Đinh', weight: 2 },
  { name: 'Phan', weight: 2 }, { name: 'Lương', weight: 1 }, { name: 'Tạ', weight: 1 }, { name: 'Mai', weight: 1 },
  { name: 'Đào', weight: 1 }, { name: 'Cao', weight: 1 }, { name: 'Lưu', weight: 1 }, { name: 'Trịnh', weight: 1 },
];

const MINORITY_SURNAMES: Readonly<Record<EthnicGroup, readonly Weighted[]>> = {
  Dao: [
    { name: 'Triệu', weight: 5 }, { name: 'Bàn', weight: 4 }, { name: 'Đặng', weight: 3 }, { name: 'Lý', weight: 3 },
    { name: 'Chìu', weight: 1 }, { name: 'Tằng', weight: 1 }, { name: 'Sằn', weight: 1 }, { name: 'Phùn', weight: 1 },
  ],
  'Tày': [
    { name: 'Hoàng', weight: 4 }, { name: 'Nông', weight: 3 }, { name: 'Vi', weight: 2 }, { name: 'Lục', weight: 2 },
    { name: 'Lương', weight: 2 }, { name: 'Hà', weight: 1 }, { name: 'Lâm', weight: 1 }, { name: 'Mạc', weight: 1 },
  ],
  'Sán Chay': [
    { name: 'Lỷ', weight: 3 }, { name: 'La', weight: 2 }, { name: 'Hà', weight: 2 }, { name: 'Ninh', weight: 2 },
    { name: 'Chu', weight: 1 }, { name: 'Đàm', weight: 1 },
  ],
  'Sán Dìu': [
    { name: 'Diệp', weight: 3 }, { name: 'Trương', weight: 2 }, { name: 'Lưu', weight: 2 }, { name: 'Tạ', weight: 1 },
    { name: 'Lý', weight: 2 }, { name: 'Đồng', weight: 1 },
  ],
};

const MALE_MIDDLE = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thanh', 'Xuân', 'Tiến', 'Ngọc', 'Trọng', 'Công'];
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Thị', 'Thu', 'Thanh', 'Ngọc', 'Minh', 'Hồng', 'Phương', 'Bích', 'Kim'];
const MALE_GIVEN = [
  'An', 'Bình', 'Cường', 'Dũng', 'Dương', 'Đức', 'Giang', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Khánh', 'Khoa',
  'Kiên', 'Lâm', 'Long', 'Mạnh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quyết', 'Sơn', 'Tài', 'Thắng', 'Thành',
  'Thịnh', 'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Hưng', 'Hoàn', 'Chiến', 'Lợi', 'Tiến',
];
const FEMALE_GIVEN = [
  'Anh', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Huế', 'Hương', 'Huyền',
  'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'Minh', 'Nga', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Quỳnh', 'Sen',
  'Tâm', 'Thảo', 'Thơm', 'Thủy', 'Trang', 'Tuyết', 'Vân', 'Xuân', 'Yến', 'Hậu', 'Lụa', 'Nhàn',
];
// Given names found among Dao and Sán Chay people of Ba Chẽ, Bình Liêu and Tiên Yên.
const MINORITY_MALE_GIVEN = ['Sinh', 'Quẩy', 'Sáng', 'Dần', 'Thìn', 'Chàn', 'Vàng'];
const MINORITY_FEMALE_GIVEN = ['Múi', 'Mùi', 'Thiêm', 'Sinh', 'Nhì'];

export interface PersonName {
  name: string;
  givenName: string;
}

function weighted(rng: Rng, items: readonly Weighted[]): string {
  return pickWeighted(rng, items, (i) => i.weight).name;
}

/** A full name; `group` undefined means a Kinh person. */
export function personName(rng: Rng, woman: boolean, group: EthnicGroup | undefined): PersonName {
  const surname = group === undefined ? weighted(rng, KINH_SURNAMES) : weighted(rng, MINORITY_SURNAMES[group]);
  const middle = pick(rng, woman ? FEMALE_MIDDLE : MALE_MIDDLE);
  const local = group === 'Dao' || group === 'Sán Chay' ? chance(rng, 0.3) : false;
  const givenPool = woman ? (local ? MINORITY_FEMALE_GIVEN : FEMALE_GIVEN) : local ? MINORITY_MALE_GIVEN : MALE_GIVEN;
  const givenName = pick(rng, givenPool);
  return { name: `${surname} ${middle} ${givenName}`, givenName };
}

/** Words producers like in their trading names. */
export const BRAND_WORDS = [
  'Bình Minh', 'Phú Hưng', 'Thành Đạt', 'Hưng Thịnh', 'An Phát', 'Tân Tiến', 'Xanh', 'Hoàng Gia', 'Đại Phát', 'Minh Anh',
  'Thịnh Vượng', 'Hải Đăng', 'Sao Biển', 'Ngọc Biển', 'Đông Bắc', 'Tâm An', 'Phúc Lộc', 'Kim Ngân', 'Trường Thịnh',
  'Việt Mỹ', 'Hồng Phát', 'Sơn Lâm', 'Đồng Xanh', 'Nguyên Khang', 'Hòa Bình', 'Thiên Ân', 'Lộc Phát', 'Mộc An', 'Hương Rừng',
];
