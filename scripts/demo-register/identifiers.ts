// Identifiers: Vietnamese tax codes (mod-11 check digit), household registration numbers, GS1
// GTIN-13 barcodes (mod-10 check digit) and phone numbers. Uniqueness is tracked by the caller's
// `used` set.
import { intBetween, pick, type Rng } from './prng.js';

const TAX_WEIGHTS: readonly number[] = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** The 10th digit for nine digits, or undefined when no valid code has them (remainder 0). */
export function taxCheckDigit(first9: string): number | undefined {
  if (!/^\d{9}$/.test(first9)) return undefined;
  let sum = 0;
  TAX_WEIGHTS.forEach((weight, i) => {
    sum += weight * Number(first9[i]);
  });
  const check = 10 - (sum % 11);
  return check === 10 ? undefined : check;
}

export function isValidTaxCode(code: string): boolean {
  return /^\d{10}$/.test(code) && taxCheckDigit(code.slice(0, 9)) === Number(code[9]);
}

function digits(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += String(intBetween(rng, 0, 9));
  return out;
}

/** A fresh Quảng Ninh tax code: "57", seven digits, the check digit. */
export function newTaxCode(rng: Rng, used: Set<string>): string {
  for (;;) {
    const first9 = `570${intBetween(rng, 0, 2)}${digits(rng, 5)}`;
    const check = taxCheckDigit(first9);
    const code = `${first9}${check ?? ''}`;
    if (check !== undefined && !used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

/** A household business registration number: "HKD" and eight digits. */
export function newHouseholdCode(rng: Rng, used: Set<string>): string {
  for (;;) {
    const code = `HKD22${digits(rng, 6)}`;
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

export function gs1CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidGtin13(gtin: string): boolean {
  return /^\d{13}$/.test(gtin) && gs1CheckDigit(gtin.slice(0, 12)) === Number(gtin[12]);
}

/** A GS1 Vietnam company prefix: "893" and five digits (the item reference has four). */
export function newCompanyPrefix(rng: Rng, used: Set<string>): string {
  for (;;) {
    const prefix = `893${intBetween(rng, 5, 9)}${digits(rng, 4)}`;
    if (!used.has(prefix)) {
      used.add(prefix);
      return prefix;
    }
  }
}

/** The GTIN-13 of item `item` (0–9999) under a company prefix. */
export function gtin13(prefix: string, item: number): string {
  const body = `${prefix}${String(item).padStart(12 - prefix.length, '0')}`;
  return `${body}${gs1CheckDigit(body)}`;
}

/** A landline (0203 3xxx xxx) or mobile (09xx xxx xxx) number. */
export function newPhone(rng: Rng, mobileShare: number): string {
  if (rng.next() < mobileShare) {
    const prefix = pick(rng, ['090', '091', '093', '094', '096', '097', '098']);
    return `${prefix}${digits(rng, 1)} ${digits(rng, 3)} ${digits(rng, 3)}`;
  }
  return `0203 3${digits(rng, 3)} ${digits(rng, 3)}`;
}
