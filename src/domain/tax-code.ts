import type { ProducerType } from '../db/schema.js';

// Identifiers of an OCOP producer.
//
// A Vietnamese enterprise tax code (mã số thuế, also the enterprise/cooperative registration
// number) has 10 digits: N1N2 province code, N3–N9 a serial, N10 a mod-11 check digit; a branch
// or dependent unit appends "-NNN" (13 digits in all). The check digit is
//   10 − (Σ wᵢ·Nᵢ mod 11)  with weights 31, 29, 23, 19, 17, 13, 7, 5, 3 on N1…N9,
// and a serial whose sum leaves remainder 0 (check "10") is never issued, so it is invalid.
//
// Households (hộ kinh doanh) and cooperative groups (tổ hợp tác) often have no tax code of their
// own: they hold a registration number issued by the district/commune (e.g. "22A8001234"), or,
// since 1 July 2025, the owner's 12-digit personal identification number. The register keeps it
// in a separate `registrationNo` field: 6–20 characters of A–Z, 0–9, "/", "." or "-".
//
// Rule: enterprises and cooperatives must have a tax code; households and cooperative groups must
// have a tax code or a registration number. Both are unique across the register, and whichever
// the producer has is its key in spreadsheets (taxCode first).

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

export const TAX_CODE_PATTERN = /^\d{10}(-\d{3})?$/;
export const REGISTRATION_NO_PATTERN = /^[0-9A-Z][0-9A-Z/.-]{5,19}$/;

/** The check digit for the first nine digits, or undefined when no valid code has them. */
export function taxCodeCheckDigit(first9: string): number | undefined {
  if (!/^\d{9}$/.test(first9)) return undefined;
  let sum = 0;
  WEIGHTS.forEach((w, i) => {
    sum += w * Number(first9[i]);
  });
  const check = 10 - (sum % 11);
  return check === 10 ? undefined : check;
}

export type TaxCodeProblem = 'format' | 'check-digit';

/** Why a tax code is not valid, or undefined when it is. */
export function taxCodeProblem(code: string): TaxCodeProblem | undefined {
  if (!TAX_CODE_PATTERN.test(code)) return 'format';
  const expected = taxCodeCheckDigit(code.slice(0, 9));
  return expected !== undefined && expected === Number(code[9]) ? undefined : 'check-digit';
}

export function isValidTaxCode(code: string): boolean {
  return taxCodeProblem(code) === undefined;
}

const NEEDS_TAX_CODE: readonly ProducerType[] = ['enterprise', 'cooperative'];

/** Which identifier a producer of this type is missing, if any (see the rule above). */
export function missingIdentifier(type: ProducerType, taxCode: string | null, registrationNo: string | null): 'taxCode' | 'taxCodeOrRegistrationNo' | undefined {
  if (taxCode !== null) return undefined;
  if (NEEDS_TAX_CODE.includes(type)) return 'taxCode';
  return registrationNo === null ? 'taxCodeOrRegistrationNo' : undefined;
}

/** The producer's key in spreadsheets: its tax code, else its registration number. */
export function producerKey(p: { taxCode: string | null; registrationNo: string | null }): string | null {
  return p.taxCode ?? p.registrationNo;
}
