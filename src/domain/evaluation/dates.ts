// Calendar arithmetic on 'YYYY-MM-DD' strings, done in UTC so that no time zone or daylight
// saving rule can shift a legal date by a day.
//
// Periods in months follow the Civil Code 2015 (Điều 147–148): counting starts the day after
// the event, and a period of N months ends at the end of the day with the same number in the
// N-th month; when that month has no such day (31 → 30, 29 Feb → 28 Feb) it ends on the
// month's last day. So a certificate issued on 2026-08-31 for 36 months is valid through
// 2029-08-31, and one issued on 2024-02-29 through 2027-02-28.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

type Ymd = { readonly y: number; readonly m: number; readonly d: number };

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function parse(date: IsoDate): Ymd {
  const match = ISO_DATE.exec(date);
  const [y, m, d] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  if (match === null || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${date}"`);
  }
  return { y, m, d };
}

function format(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

function toMs(date: IsoDate): number {
  const { y, m, d } = parse(date);
  return Date.UTC(y, m - 1, d);
}

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(date: string): boolean {
  try {
    parse(date);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return format(toMs(date) + days * DAY_MS);
}

/** Same day number N months later, clamped to the last day of a shorter month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { y, m, d } = parse(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return format(Date.UTC(ty, tm - 1, Math.min(d, daysInMonth(ty, tm))));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
