import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type PinKeyring, constantTimeEqual, generatePin, hashPin, normalisePinInput, pinHash, verifyPin } from './pin.js';

/** Replays 4-byte draws in order. */
function draws(...values: number[]) {
  let i = 0;
  return (n: number): Uint8Array => {
    expect(n).toBe(4);
    const v = values[i++] ?? 0;
    return Uint8Array.from([v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255]);
  };
}

describe('generatePin', () => {
  it('turns a 32-bit draw into zero-padded digits', () => {
    expect(generatePin(draws(42))).toBe('000042');
    expect(generatePin(draws(123_456_789), 8)).toBe('23456789');
    expect(generatePin(draws(9_999_999), 7)).toBe('9999999');
  });

  it('rejects draws in the last incomplete block, so every PIN is equally likely', () => {
    // 6 digits: 2^32 = 4 294 967 296; the largest multiple of 10^6 below it is 4 294 000 000.
    expect(generatePin(draws(4_294_000_000, 7))).toBe('000007');
    expect(generatePin(draws(4_293_999_999))).toBe('999999');
  });

  it('only makes 6 to 8 digits', () => {
    expect(() => generatePin(randomBytes, 5)).toThrow(RangeError);
    expect(() => generatePin(randomBytes, 9)).toThrow(RangeError);
    expect(generatePin(randomBytes, 8)).toMatch(/^\d{8}$/);
  });
});

describe('PIN hashing', () => {
  const SERIAL = '7K3M9QXA2B4FZ1X';

  it('is HMAC-SHA256(secret, "ocop-pin/v1" NUL serial NUL pin), base64url', () => {
    const expected = createHmac('sha256', 'k-secret').update(`ocop-pin/v1\u0000${SERIAL}\u0000123456`).digest('base64url');
    expect(pinHash('k-secret', SERIAL, '123456')).toBe(expected);
    expect(pinHash('k-secret', SERIAL, '123456')).toHaveLength(43);
  });

  it('depends on the key, the serial and the PIN', () => {
    const h = pinHash('a', SERIAL, '123456');
    expect(pinHash('b', SERIAL, '123456')).not.toBe(h);
    expect(pinHash('a', '0123456789ABCDM', '123456')).not.toBe(h);
    expect(pinHash('a', SERIAL, '123457')).not.toBe(h);
  });

  it('reads typed PINs with spaces or hyphens, and refuses anything else', () => {
    expect(normalisePinInput(' 123-456 ')).toBe('123456');
    expect(normalisePinInput('12345')).toBeUndefined();
    expect(normalisePinInput('123456789')).toBeUndefined();
    expect(normalisePinInput('12345a')).toBeUndefined();
  });
});

describe('key rotation', () => {
  const SERIAL = '0123456789ABCDM';
  const old: PinKeyring = { current: 'k2025', keys: { k2025: 'old secret' } };
  const rotated: PinKeyring = { current: 'k2026', keys: { k2025: 'old secret', k2026: 'new secret' } };

  it('records the key id with the hash', () => {
    expect(hashPin(rotated, SERIAL, '123456')).toEqual({ keyId: 'k2026', hash: pinHash('new secret', SERIAL, '123456') });
    expect(() => hashPin({ current: 'gone', keys: {} }, SERIAL, '123456')).toThrow(/not in the keyring/);
  });

  it('verifies with the key the record names, and asks for a rehash when that key is not current', () => {
    const before = hashPin(old, SERIAL, '123456');
    expect(verifyPin(rotated, SERIAL, '123456', before)).toEqual({ result: 'match', rehash: true });
    expect(verifyPin(rotated, SERIAL, '123 456', hashPin(rotated, SERIAL, '123456'))).toEqual({ result: 'match', rehash: false });
    expect(verifyPin(rotated, SERIAL, '654321', before)).toEqual({ result: 'mismatch' });
    expect(verifyPin(rotated, SERIAL, 'abc', before)).toEqual({ result: 'mismatch' });
  });

  it('reports a retired key instead of calling the PIN wrong', () => {
    const record = hashPin(old, SERIAL, '123456');
    expect(verifyPin({ current: 'k2026', keys: { k2026: 'new secret' } }, SERIAL, '123456', record)).toEqual({ result: 'unknown-key', keyId: 'k2025' });
  });

  it('compares in constant time without throwing on different lengths', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
  });
});
