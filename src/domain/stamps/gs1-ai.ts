import { gs1CheckDigit } from '../gtin.js';

// The GS1 Application Identifiers the platform reads and writes in Digital Link URIs, with the
// formats of the GS1 General Specifications (§3.2) as the GS1 Barcode Syntax Dictionary states
// them. This is deliberately the subset an OCOP stamp uses, not all ~500 AIs: anything else in a
// scanned URI is answered as an unknown AI rather than passed on unchecked.

/** GS1 AI encodable character set 82 (General Specifications figure 7.11-1). */
const CSET82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/;
const DIGITS = /^\d*$/;

export type AiRole = 'primary' | 'qualifier' | 'attribute';
type ValueCheck = 'gtin' | 'yymmd0' | 'yymmddhhmi' | 'iso3166';

export type AiSpec = {
  readonly ai: string;
  readonly title: string;
  readonly role: AiRole;
  readonly charset: 'numeric' | 'cset82';
  readonly minLength: number;
  readonly maxLength: number;
  readonly check?: ValueCheck;
};

const date = (ai: string, title: string): AiSpec => ({ ai, title, role: 'attribute', charset: 'numeric', minLength: 6, maxLength: 6, check: 'yymmd0' });
const netWeight = (d: number): AiSpec => ({ ai: `310${d}`, title: `Net weight, kg (${d} decimals)`, role: 'attribute', charset: 'numeric', minLength: 6, maxLength: 6 });

export const AI_SPECS: readonly AiSpec[] = [
  { ai: '01', title: 'GTIN', role: 'primary', charset: 'numeric', minLength: 14, maxLength: 14, check: 'gtin' },
  { ai: '22', title: 'Consumer product variant', role: 'qualifier', charset: 'cset82', minLength: 1, maxLength: 20 },
  { ai: '10', title: 'Batch or lot number', role: 'qualifier', charset: 'cset82', minLength: 1, maxLength: 20 },
  { ai: '21', title: 'Serial number', role: 'qualifier', charset: 'cset82', minLength: 1, maxLength: 20 },
  date('11', 'Production date'),
  date('13', 'Packaging date'),
  date('15', 'Best before date'),
  date('16', 'Sell by date'),
  date('17', 'Expiration date'),
  { ai: '7003', title: 'Expiration date and time', role: 'attribute', charset: 'numeric', minLength: 10, maxLength: 10, check: 'yymmddhhmi' },
  { ai: '422', title: 'Country of origin', role: 'attribute', charset: 'numeric', minLength: 3, maxLength: 3, check: 'iso3166' },
  ...[0, 1, 2, 3, 4, 5].map(netWeight),
];

/** The key qualifiers of AI 01, in the only order a Digital Link path may carry them. */
export const GTIN_QUALIFIER_ORDER = ['22', '10', '21'] as const;

/**
 * GS1 primary keys that Digital Link defines but this resolver does not serve (its
 * supportedPrimaryKeys is ["01"]); a URI keyed by one of them gets a precise error.
 */
export const OTHER_PRIMARY_KEYS = ['00', '253', '255', '401', '402', '414', '417', '8003', '8004', '8006', '8010', '8013', '8017', '8018'] as const;

const BY_AI = new Map(AI_SPECS.map((s) => [s.ai, s]));

export function aiSpec(ai: string): AiSpec | undefined {
  return BY_AI.get(ai);
}

export function isCset82(value: string): boolean {
  return CSET82.test(value);
}

export type AiValueProblem = { readonly code: 'empty-value' | 'bad-length' | 'bad-characters' | 'check-digit' | 'bad-date'; readonly message: string };

/** Why `value` is not a valid value of the AI, or undefined when it is. */
export function aiValueProblem(spec: AiSpec, value: string): AiValueProblem | undefined {
  const label = `AI (${spec.ai}) ${spec.title}`;
  if (value.length === 0) return { code: 'empty-value', message: `${label} has no value` };
  const charsetOk = spec.charset === 'numeric' ? DIGITS.test(value) : CSET82.test(value);
  if (!charsetOk) {
    const allowed = spec.charset === 'numeric' ? 'digits only' : 'GS1 character set 82';
    return { code: 'bad-characters', message: `${label} "${value}" has characters outside ${allowed}` };
  }
  if (value.length < spec.minLength || value.length > spec.maxLength) {
    const expected = spec.minLength === spec.maxLength ? `${spec.maxLength}` : `${spec.minLength}–${spec.maxLength}`;
    return { code: 'bad-length', message: `${label} must be ${expected} characters long, "${value}" has ${value.length}` };
  }
  return checkProblem(spec, value, label);
}

function checkProblem(spec: AiSpec, value: string, label: string): AiValueProblem | undefined {
  switch (spec.check) {
    case 'gtin':
      return gs1CheckDigit(value.slice(0, -1)) === Number(value.slice(-1))
        ? undefined
        : { code: 'check-digit', message: `${label} ${value}: the check digit should be ${gs1CheckDigit(value.slice(0, -1))}` };
    case 'yymmd0':
      return isYymmdd(value, true) ? undefined : { code: 'bad-date', message: `${label} "${value}" is not a YYMMDD date` };
    case 'yymmddhhmi':
      return isYymmdd(value.slice(0, 6), false) && isHhmi(value.slice(6))
        ? undefined
        : { code: 'bad-date', message: `${label} "${value}" is not a YYMMDDHHMM date and time` };
    case 'iso3166':
      return value === '000' ? { code: 'bad-characters', message: `${label} "${value}" is not an ISO 3166 country code` } : undefined;
    case undefined:
      return undefined;
  }
}

/**
 * YYMMDD as GS1 dates are written. With `dayZero`, DD = 00 means "no day given" (the GS1
 * General Specifications allow it for AIs 11–17). Leap years use YY % 4, right for 2000–2099.
 */
export function isYymmdd(v: string, dayZero: boolean): boolean {
  if (!/^\d{6}$/.test(v)) return false;
  const [yy, mm, dd] = [Number(v.slice(0, 2)), Number(v.slice(2, 4)), Number(v.slice(4, 6))];
  if (mm < 1 || mm > 12) return false;
  if (dd === 0) return dayZero;
  const days = [31, yy % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1] ?? 0;
  return dd <= days;
}

function isHhmi(v: string): boolean {
  return /^\d{4}$/.test(v) && Number(v.slice(0, 2)) <= 23 && Number(v.slice(2)) <= 59;
}
