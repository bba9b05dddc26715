// The server's field messages are English (zod's own and the services'); the portal is read in
// Vietnamese. Known messages are translated here, with their numbers carried over; any other
// message is shown as sent, so nothing the server says is lost.
import type { ParseKeys, TFunction } from 'i18next';
import { fieldErrors } from '../api.js';

type Rule = { pattern: RegExp; key: ParseKeys };

const RULES: readonly Rule[] = [
  { pattern: /^Too small: expected string to have >=(\d+) characters?$/, key: 'fieldErrors.tooShort' },
  { pattern: /^Too big: expected string to have <=(\d+) characters?$/, key: 'fieldErrors.tooLong' },
  { pattern: /^Too small: expected number to be >=(-?[\d.]+)$/, key: 'fieldErrors.tooSmall' },
  { pattern: /^Too big: expected number to be <=(-?[\d.e+]+)$/, key: 'fieldErrors.tooBig' },
  { pattern: /^Too small: expected array to have >=(\d+) items?$/, key: 'fieldErrors.required' },
  { pattern: /^Invalid input: expected \w+, received undefined$/, key: 'fieldErrors.required' },
  { pattern: /^Invalid input: expected int, received number$/, key: 'fieldErrors.whole' },
  { pattern: /^Invalid input: expected (number|int), received/, key: 'fieldErrors.number' },
  { pattern: /^Invalid option/, key: 'fieldErrors.option' },
  { pattern: /^Invalid email/, key: 'fieldErrors.email' },
  { pattern: /^Invalid URL/, key: 'fieldErrors.url' },
  { pattern: /^Invalid ISO date/, key: 'fieldErrors.date' },
  { pattern: /^required( for this action)?$/, key: 'fieldErrors.required' },
  { pattern: /^a tax code has 10 digits/, key: 'fieldErrors.taxCodeFormat' },
  { pattern: /^the tax code check digit/, key: 'fieldErrors.taxCodeCheck' },
  { pattern: /^6–20 letters, digits/, key: 'fieldErrors.registrationNo' },
  { pattern: /^a phone number$/, key: 'fieldErrors.phone' },
  { pattern: /^cannot exceed the total number of employees$/, key: 'fieldErrors.exceedsTotal' },
  { pattern: /^already registered to another producer$/, key: 'fieldErrors.duplicateProducer' },
  { pattern: /^a GTIN has 8, 12, 13 or 14 digits/, key: 'fieldErrors.gtin' },
  { pattern: /^this GTIN belongs to another product$/, key: 'fieldErrors.duplicateGtin' },
  { pattern: /^this producer already has a product with this name$/, key: 'fieldErrors.duplicateProduct' },
  { pattern: /^enterprises and cooperatives must give their tax code$/, key: 'fieldErrors.taxCodeRequired' },
  { pattern: /^give a tax code or a registration number$/, key: 'fieldErrors.identifierRequired' },
  { pattern: /^no unit '/, key: 'fieldErrors.unit' },
  { pattern: /^only province staff or the OCOP cycle can set/, key: 'fieldErrors.statusProvinceOnly' },
  { pattern: /^a product cannot move from/, key: 'fieldErrors.statusMove' },
  { pattern: /^ends before it starts$/, key: 'fieldErrors.endsBeforeStart' },
  { pattern: /^not a product set of the catalogue/, key: 'fieldErrors.productSet' },
  { pattern: /^give the reason/, key: 'fieldErrors.reason' },
  { pattern: /^must be on or after (\w+) \(([\d-]+)\)$/, key: 'fieldErrors.dateOrder' },
  { pattern: /needs its star rating/, key: 'fieldErrors.starNeeded' },
  { pattern: /no star rating until it is certified/, key: 'fieldErrors.starNotYet' },
];

export function localFieldMessage(t: TFunction, message: string): string {
  for (const { pattern, key } of RULES) {
    const match = pattern.exec(message);
    if (match) return t(key, { value: match[1] ?? '', date: match[2] ?? '' });
  }
  return message;
}

/** Field errors from a problem+json answer, keyed by field path, in the reader's language. */
export function localFieldErrors(t: TFunction, error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, message] of Object.entries(fieldErrors(error))) result[key] = localFieldMessage(t, message);
  return result;
}
