// GS1 Global Trade Item Numbers. GTIN-8, -12 (UPC-A), -13 (EAN-13, Vietnam's prefix is 893) and
// -14 all end in a mod-10 check digit: weight the other digits 3, 1, 3, 1, … from the right,
// and the check digit brings the sum up to a multiple of ten. Left-padding with zeros keeps the
// check digit valid, so the register stores every GTIN as its 14-digit form (what GS1 Digital
// Link URIs and EPCIS use).

export const GTIN_LENGTHS = [8, 12, 13, 14] as const;

/** The check digit for `body` (all digits but the last). */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const digit = Number(body[body.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export type GtinProblem = 'format' | 'check-digit';

export function gtinProblem(gtin: string): GtinProblem | undefined {
  if (!/^\d+$/.test(gtin) || !GTIN_LENGTHS.some((n) => n === gtin.length)) return 'format';
  return gs1CheckDigit(gtin.slice(0, -1)) === Number(gtin.slice(-1)) ? undefined : 'check-digit';
}

/** The GTIN-14 form of a valid GTIN-8/12/13/14 (spaces and hyphens ignored), else undefined. */
export function normalizeGtin(input: string): string | undefined {
  const digits = input.replace(/[\s-]/g, '');
  return gtinProblem(digits) === undefined ? digits.padStart(14, '0') : undefined;
}
