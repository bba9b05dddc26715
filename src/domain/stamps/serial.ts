// Stamp serials (GS1 AI 21). Every printed stamp carries one; a buyer scans it or types it on the
// verify page, so it has to be unguessable, short, and hard to mistype:
//
//  - Alphabet: Crockford base32 digits 0-9 A-Z without I, L, O, U (32 symbols). Every symbol is
//    in GS1 CSET 82 (AI 21's character set) and URI-unreserved, so a serial never needs
//    percent-encoding in a Digital Link, and there is no 0/O or 1/I/L pair to confuse.
//  - Length: 14 random symbols (70 bits; at a million stamps a year a guessed serial hits a real
//    one with probability ~1e-15) plus one check symbol = 15 characters (AI 21 allows 20).
//  - Check symbol: Luhn mod N with N = 32 over the same alphabet. It catches every single
//    mistyped symbol and every swap of two neighbours except 0 <-> Z, before any database lookup.
//    (Crockford's own mod-37 check needs * ~ $ = U, which are either outside CSET 82 or reserved
//    in URIs.)
// Randomness is injected so tests are deterministic; production passes node:crypto randomBytes.

export const SERIAL_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SERIAL_RANDOM_LENGTH = 14;
/** Fewer random symbols than this would drop below 64 bits of entropy. */
export const MIN_SERIAL_RANDOM_LENGTH = 13;
export const SERIAL_LENGTH = SERIAL_RANDOM_LENGTH + 1;
/** AI 21 is X..20. */
const AI21_MAX_LENGTH = 20;

export type RandomBytes = (size: number) => Uint8Array;

const BITS_PER_SYMBOL = 5;
const N = SERIAL_ALPHABET.length;

function symbolValue(c: string): number {
  return SERIAL_ALPHABET.indexOf(c);
}

function symbolAt(value: number): string {
  return SERIAL_ALPHABET.charAt(value);
}

/** Luhn mod N over `alphabet` (N = alphabet length): the check symbol for `payload`. */
export function luhnCheckSymbol(payload: string, alphabet: string = SERIAL_ALPHABET): string {
  const n = alphabet.length;
  let factor = 2;
  let sum = 0;
  for (let i = payload.length - 1; i >= 0; i -= 1) {
    const value = alphabet.indexOf(payload.charAt(i));
    if (value < 0) throw new RangeError(`"${payload.charAt(i)}" is not in the check alphabet`);
    const addend = factor * value;
    sum += Math.floor(addend / n) + (addend % n);
    factor = factor === 2 ? 1 : 2;
  }
  return alphabet.charAt((n - (sum % n)) % n);
}

/** True when the last symbol of `code` is the Luhn mod N check of the rest. */
export function hasValidCheckSymbol(code: string, alphabet: string = SERIAL_ALPHABET): boolean {
  if (code.length < 2) return false;
  for (const c of code) if (!alphabet.includes(c)) return false;
  return luhnCheckSymbol(code.slice(0, -1), alphabet) === code.slice(-1);
}

/**
 * A new serial: `randomLength` symbols from `randomBytes` (5 bits each, so every symbol is
 * equally likely: 32 is a power of two and no modulo bias arises), then the check symbol.
 */
export function generateSerial(randomBytes: RandomBytes, randomLength: number = SERIAL_RANDOM_LENGTH): string {
  if (!Number.isInteger(randomLength) || randomLength < MIN_SERIAL_RANDOM_LENGTH || randomLength + 1 > AI21_MAX_LENGTH) {
    throw new RangeError(`a serial needs ${MIN_SERIAL_RANDOM_LENGTH}–${AI21_MAX_LENGTH - 1} random symbols, got ${randomLength}`);
  }
  const bytes = randomBytes(Math.ceil((randomLength * BITS_PER_SYMBOL) / 8));
  let payload = '';
  for (let i = 0; i < randomLength; i += 1) payload += symbolAt(readBits(bytes, i * BITS_PER_SYMBOL, BITS_PER_SYMBOL));
  return payload + luhnCheckSymbol(payload);
}

/** `count` bits from `bytes` starting at bit `offset` (most significant bit first). */
function readBits(bytes: Uint8Array, offset: number, count: number): number {
  let value = 0;
  for (let i = offset; i < offset + count; i += 1) {
    const byte = bytes[i >> 3];
    if (byte === undefined) throw new RangeError('randomBytes returned too few bytes');
    value = (value << 1) | ((byte >> (7 - (i & 7))) & 1);
  }
  return value;
}

export type SerialProblem = 'length' | 'characters' | 'check-symbol';

/** Why `serial` (already normalised) is not a platform serial, or undefined when it is one. */
export function serialProblem(serial: string, randomLength: number = SERIAL_RANDOM_LENGTH): SerialProblem | undefined {
  if (serial.length !== randomLength + 1) return 'length';
  for (const c of serial) if (symbolValue(c) < 0) return 'characters';
  return hasValidCheckSymbol(serial) ? undefined : 'check-symbol';
}

export function isPlatformSerial(serial: string): boolean {
  return serialProblem(serial) === undefined;
}

/**
 * What a person typed, in the form serials are stored: upper case, without the spaces or hyphens
 * printed between groups, and with Crockford's decoding of look-alikes (O → 0, I and L → 1).
 * U stays U and so fails validation: it is outside the alphabet on purpose.
 */
export function normaliseSerialInput(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** The serial as printed under the QR code: groups of four, e.g. "7K3M 9QXA 2B4F Z1X". */
export function formatSerialForPrint(serial: string): string {
  return serial.replace(/(.{4})(?=.)/g, '$1 ');
}

/** Bits of entropy carried by the random part of a serial. */
export function serialEntropyBits(randomLength: number = SERIAL_RANDOM_LENGTH): number {
  return randomLength * Math.log2(N);
}
