import { seededRandom } from '../../domain/seeded-random.js';
import { gs1CheckDigit } from '../../domain/gtin.js';
import { taxCodeCheckDigit } from '../../domain/tax-code.js';

// Deterministic ingredients of the national-scale data set: a seeded PRNG and invented but
// plausible Vietnamese producer and product names, so `ocop seed --scale national --seed N`
// builds the same rows every time. Nothing here is real data.

export type Rng = { next(): number; int(n: number): number; pick<T>(items: readonly T[]): T; bytes(size: number): Uint8Array };

/** mulberry32: small, fast, good enough for test data; same seed, same sequence. */
export function seededRng(seed: number): Rng {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  };
  const bytes = (size: number) => Uint8Array.from({ length: size }, () => int(256));
  return { next, int, pick, bytes };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Lương', 'Triệu'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hùng', 'Lan', 'Linh', 'Mai', 'Minh', 'Nga', 'Phúc', 'Quang', 'Sơn', 'Thảo', 'Thủy', 'Tuấn', 'Yến'];
const PLACES = ['Tiên Yên', 'Bình Liêu', 'Đầm Hà', 'Hải Hà', 'Vân Đồn', 'Cô Tô', 'Ba Chẽ', 'Quảng Yên', 'Đông Triều', 'Uông Bí', 'Hạ Long', 'Cẩm Phả', 'Móng Cái', 'Hoành Bồ', 'Yên Tử', 'Quan Lạn'];
const KINDS = ['Hợp tác xã', 'Công ty TNHH', 'Tổ hợp tác', 'Hộ kinh doanh', 'Công ty cổ phần'];
const GOODS = [
  'Chè', 'Miến dong', 'Mật ong', 'Nước mắm', 'Chả mực', 'Sá sùng', 'Rượu ba kích', 'Gà đồi', 'Na dai', 'Vải chín sớm', 'Hồi', 'Quế', 'Trà hoa vàng',
  'Dầu sở', 'Mực khô', 'Tôm he', 'Ngán', 'Bánh gật gù', 'Khau nhục', 'Gạo nếp cái hoa vàng', 'Rau sắng', 'Măng khô', 'Chè xanh', 'Nấm linh chi', 'Dưa hấu',
];
const FORMS = ['hộp 200 g', 'túi 500 g', 'chai 500 ml', 'hũ 300 g', 'gói 1 kg', 'chai 750 ml', 'hộp quà', 'túi 250 g', 'loại đặc biệt', 'truyền thống'];

export function producerName(rng: Rng, index: number): string {
  const kind = rng.pick(KINDS);
  const who = kind === 'Hộ kinh doanh' ? `${rng.pick(FAMILY)} Văn ${rng.pick(GIVEN)}` : `${rng.pick(PLACES)} ${rng.pick(GOODS)}`;
  return `${kind} ${who} ${index + 1}`;
}

export function representativeName(rng: Rng): string {
  return `${rng.pick(FAMILY)} ${rng.pick(['Văn', 'Thị', 'Đức', 'Minh'])} ${rng.pick(GIVEN)}`;
}

export function productName(rng: Rng): string {
  return `${rng.pick(GOODS)} ${rng.pick(PLACES)} ${rng.pick(FORMS)}`;
}

/** A valid GTIN-14 unique per index, under an invented GS1 prefix (893 = Viet Nam). */
export function nationalGtin(index: number): string {
  const body = `0893999${String(index).padStart(6, '0')}`;
  return `${body}${gs1CheckDigit(body)}`;
}

/**
 * A valid 10-digit tax code unique per index (9 as the first digit: outside the demo's range),
 * or undefined for the one prefix in eleven that has no valid check digit.
 */
export function nationalTaxCode(index: number): string | undefined {
  const first9 = `9${String(index).padStart(8, '0')}`;
  const check = taxCodeCheckDigit(first9);
  return check === undefined ? undefined : `${first9}${check}`;
}

/**
 * The star of a certified product in proportions close to the national programme's (about
 * three in four 3★, one in four 4★, about 1 % 5★).
 */
export function starFor(rng: Rng): 3 | 4 | 5 {
  const x = rng.next();
  return x < 0.01 ? 5 : x < 0.26 ? 4 : 3;
}
