import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isCset82 } from './gs1-ai.js';
import {
  SERIAL_ALPHABET, SERIAL_LENGTH, formatSerialForPrint, generateSerial, hasValidCheckSymbol, isPlatformSerial, luhnCheckSymbol,
  normaliseSerialInput, serialEntropyBits, serialProblem,
} from './serial.js';

/** A randomBytes that replays fixed bytes (and fails loudly if asked for more). */
const fixed = (...bytes: number[]) => (n: number): Uint8Array => {
  expect(n).toBeLessThanOrEqual(bytes.length);
  return Uint8Array.from(bytes.slice(0, n));
};

describe('serial alphabet', () => {
  it('is Crockford base32: 32 symbols, no I L O U, all in GS1 CSET 82 and URI-unreserved', () => {
    expect(SERIAL_ALPHABET).toHaveLength(32);
    expect(new Set(SERIAL_ALPHABET).size).toBe(32);
    for (const c of 'ILOU') expect(SERIAL_ALPHABET).not.toContain(c);
    expect(isCset82(SERIAL_ALPHABET)).toBe(true);
    expect(encodeURIComponent(SERIAL_ALPHABET)).toBe(SERIAL_ALPHABET);
  });

  it('gives at least 64 bits of entropy in at most 20 characters (AI 21 is X..20)', () => {
    expect(serialEntropyBits()).toBe(70);
    expect(SERIAL_LENGTH).toBe(15);
    expect(SERIAL_LENGTH).toBeLessThanOrEqual(20);
  });
});

describe('Luhn mod N check symbol', () => {
  it('is the ordinary Luhn digit over 0-9 (7992739871 → 3, the textbook example)', () => {
    expect(luhnCheckSymbol('7992739871', '0123456789')).toBe('3');
    expect(hasValidCheckSymbol('79927398713', '0123456789')).toBe(true);
    expect(hasValidCheckSymbol('79927398710', '0123456789')).toBe(false);
  });

  it('matches a hand computation over the serial alphabet', () => {
    // Payload 0123456789ABCD (values 0..13). From the right, factors 2,1,2,1,…; a doubled value
    // 2v ≥ 32 would count as 1 + (2v − 32). Sum = 26+12+22+10+18+8+14+6+10+4+6+2+2+0 = 140;
    // 140 mod 32 = 12; check = 32 − 12 = 20 → "M".
    expect(luhnCheckSymbol('0123456789ABCD')).toBe('M');
    // All Z (31): seven doubled 62 → 1 + 30 = 31, seven plain 31: 434 mod 32 = 18 → 14 → "E".
    expect(luhnCheckSymbol('ZZZZZZZZZZZZZZ')).toBe('E');
  });

  it('catches every single mistyped symbol', () => {
    const serial = generateSerial(randomBytes);
    for (let i = 0; i < serial.length; i += 1) {
      for (const c of SERIAL_ALPHABET) {
        if (c === serial[i]) continue;
        expect(hasValidCheckSymbol(serial.slice(0, i) + c + serial.slice(i + 1))).toBe(false);
      }
    }
  });

  it('catches every swap of two different neighbours except 0 ↔ Z (the known blind spot of Luhn mod N)', () => {
    for (const a of SERIAL_ALPHABET) {
      for (const b of SERIAL_ALPHABET) {
        if (a === b) continue;
        const payload = `7K3M9QXA2B${a}${b}FZ`;
        const swapped = `7K3M9QXA2B${b}${a}FZ`;
        const blind = new Set([a, b]).has('0') && new Set([a, b]).has('Z');
        expect(hasValidCheckSymbol(swapped + luhnCheckSymbol(payload)), `${a}${b}`).toBe(blind);
      }
    }
  });
});

describe('generateSerial', () => {
  it('reads 5 bits per symbol from the injected bytes, most significant bit first', () => {
    // Symbols 0,1,2,…,13 as 5-bit groups: 00000 00001 00010 … 01101, then 2 padding bits.
    expect(generateSerial(fixed(0x00, 0x44, 0x32, 0x14, 0xc7, 0x42, 0x54, 0xb6, 0x34))).toBe('0123456789ABCDM');
    expect(generateSerial(fixed(0, 0, 0, 0, 0, 0, 0, 0, 0))).toBe('000000000000000');
    expect(generateSerial(fixed(255, 255, 255, 255, 255, 255, 255, 255, 255))).toBe('ZZZZZZZZZZZZZZE');
  });

  it('refuses lengths below 64 bits or beyond AI 21', () => {
    expect(() => generateSerial(randomBytes, 12)).toThrow(RangeError);
    expect(() => generateSerial(randomBytes, 20)).toThrow(RangeError);
    expect(generateSerial(randomBytes, 13)).toHaveLength(14);
  });

  it('uses every symbol about equally often in every position (χ², 20 000 serials)', () => {
    const n = 20_000;
    const counts = Array.from({ length: SERIAL_LENGTH - 1 }, () => new Array<number>(32).fill(0));
    const seen = new Set<string>();
    for (let i = 0; i < n; i += 1) {
      const s = generateSerial(randomBytes);
      seen.add(s);
      for (let p = 0; p < SERIAL_LENGTH - 1; p += 1) counts[p]![SERIAL_ALPHABET.indexOf(s[p]!)]! += 1;
    }
    expect(seen.size).toBe(n);
    const expected = n / 32;
    for (const row of counts) {
      const chi2 = row.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
      expect(chi2).toBeLessThan(61.1); // 31 degrees of freedom, p = 0.001
    }
  });
});

describe('validating and reading typed serials', () => {
  it('names what is wrong', () => {
    const good = generateSerial(randomBytes);
    expect(serialProblem(good)).toBeUndefined();
    expect(isPlatformSerial(good)).toBe(true);
    expect(serialProblem(good.slice(1))).toBe('length');
    expect(serialProblem(`U${good.slice(1)}`)).toBe('characters');
    const wrongCheck = good.slice(0, -1) + (good.endsWith('0') ? '1' : '0');
    expect(serialProblem(wrongCheck)).toBe('check-symbol');
  });

  it('accepts what people type: case, spaces, hyphens, O for 0 and I/L for 1', () => {
    expect(normaliseSerialInput('7k3m-9qxa 2b4f z1x')).toBe('7K3M9QXA2B4FZ1X');
    expect(normaliseSerialInput('OIL')).toBe('011');
    expect(normaliseSerialInput('u')).toBe('U');
  });

  it('prints in groups of four', () => {
    expect(formatSerialForPrint('7K3M9QXA2B4FZ1X')).toBe('7K3M 9QXA 2B4F Z1X');
    expect(normaliseSerialInput(formatSerialForPrint('7K3M9QXA2B4FZ1X'))).toBe('7K3M9QXA2B4FZ1X');
  });
});
