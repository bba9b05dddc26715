import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RandomBytes } from './serial.js';

// Scratch-off PINs. The PIN under the coating proves the buyer holds the physical stamp (the QR
// alone can be photographed and copied). A PIN is short (6–8 digits), so a plain hash could be
// brute-forced offline from a database copy in seconds; it is stored only as a keyed hash,
// HMAC-SHA256(key, "ocop-pin/v1" NUL serial NUL pin), with a key the database never holds. The
// serial in the message stops one hash being tried against every stamp at once.
//
// Keys rotate: each record names the key id it was made with, verification uses that key, and
// a successful check reports `rehash` when a newer key is current so the caller can re-store it.
// HMAC is deterministic computation, so this stays a pure module (node:crypto has no I/O here).

export const PIN_MIN_DIGITS = 6;
export const PIN_MAX_DIGITS = 8;
const DOMAIN_TAG = 'ocop-pin/v1';

export type PinKeyring = {
  /** The key id new hashes are made with. */
  readonly current: string;
  /** Key id → secret. Old ids stay until no record names them. */
  readonly keys: Readonly<Record<string, string | Uint8Array>>;
};

/** What is stored per stamp; never the PIN itself. */
export type PinHashRecord = { readonly keyId: string; readonly hash: string };

/** A PIN of `digits` decimal digits, uniformly distributed (rejection sampling on 32-bit draws). */
export function generatePin(randomBytes: RandomBytes, digits: number = PIN_MIN_DIGITS): string {
  if (!Number.isInteger(digits) || digits < PIN_MIN_DIGITS || digits > PIN_MAX_DIGITS) {
    throw new RangeError(`a PIN has ${PIN_MIN_DIGITS}–${PIN_MAX_DIGITS} digits, got ${digits}`);
  }
  const range = 10 ** digits;
  // Values at or above the largest multiple of `range` would make small PINs likelier.
  const limit = Math.floor(2 ** 32 / range) * range;
  for (let attempt = 0; attempt < 64; attempt += 1) {
    const b = randomBytes(4);
    if (b.length < 4) throw new RangeError('randomBytes returned too few bytes');
    const value = (((b[0] ?? 0) << 24) | ((b[1] ?? 0) << 16) | ((b[2] ?? 0) << 8) | (b[3] ?? 0)) >>> 0;
    if (value < limit) return String(value % range).padStart(digits, '0');
  }
  throw new Error('randomBytes keeps returning values outside the sampling range');
}

/** The PIN as typed, with spaces and hyphens removed, or undefined when it cannot be a PIN. */
export function normalisePinInput(input: string): string | undefined {
  const digits = input.replace(/[\s-]/g, '');
  const ok = /^\d+$/.test(digits) && digits.length >= PIN_MIN_DIGITS && digits.length <= PIN_MAX_DIGITS;
  return ok ? digits : undefined;
}

/** HMAC-SHA256 of the PIN for this serial, base64url. */
export function pinHash(secret: string | Uint8Array, serial: string, pin: string): string {
  return createHmac('sha256', secret).update(`${DOMAIN_TAG}\0${serial}\0${pin}`, 'utf8').digest('base64url');
}

/** Hashes a new PIN with the keyring's current key. */
export function hashPin(keyring: PinKeyring, serial: string, pin: string): PinHashRecord {
  const secret = keyring.keys[keyring.current];
  if (secret === undefined) throw new RangeError(`the current PIN key "${keyring.current}" is not in the keyring`);
  return { keyId: keyring.current, hash: pinHash(secret, serial, pin) };
}

/** String comparison whose time does not depend on where the strings first differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  // Lengths are not secret here (every hash has the same length); only contents are.
  return x.length === y.length && timingSafeEqual(x, y);
}

export type PinCheck =
  | { readonly result: 'match'; readonly rehash: boolean }
  | { readonly result: 'mismatch' }
  /** The record names a key that is no longer in the keyring: an operations problem, not a wrong PIN. */
  | { readonly result: 'unknown-key'; readonly keyId: string };

/** Checks a typed PIN against the stored record, using the key the record names. */
export function verifyPin(keyring: PinKeyring, serial: string, typed: string, record: PinHashRecord): PinCheck {
  const secret = keyring.keys[record.keyId];
  if (secret === undefined) return { result: 'unknown-key', keyId: record.keyId };
  const pin = normalisePinInput(typed);
  // Still hash a malformed PIN so a wrong format costs the same time as a wrong PIN.
  const candidate = pinHash(secret, serial, pin ?? typed);
  if (pin === undefined || !constantTimeEqual(candidate, record.hash)) return { result: 'mismatch' };
  return { result: 'match', rehash: record.keyId !== keyring.current };
}
