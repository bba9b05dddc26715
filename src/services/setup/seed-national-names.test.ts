import { describe, expect, it } from 'vitest';
import { gtinProblem } from '../../domain/gtin.js';
import { isValidTaxCode } from '../../domain/tax-code.js';
import { nationalGtin, nationalTaxCode, productName, seededRng, starFor } from './seed-national-names.js';

describe('national-scale generator ingredients', () => {
  it('draws the same names from the same seed', () => {
    const a = seededRng(42);
    const b = seededRng(42);
    expect(Array.from({ length: 50 }, () => productName(a))).toEqual(Array.from({ length: 50 }, () => productName(b)));
    expect(productName(seededRng(43))).not.toBe(productName(seededRng(42)));
  });

  it('makes valid, distinct GTINs and tax codes', () => {
    const gtins = Array.from({ length: 1000 }, (_, i) => nationalGtin(i + 1));
    expect(new Set(gtins).size).toBe(1000);
    expect(gtins.every((g) => gtinProblem(g) === undefined)).toBe(true);
    const codes = Array.from({ length: 1000 }, (_, i) => nationalTaxCode(i + 1)).filter((c): c is string => c !== undefined);
    expect(codes.length).toBeGreaterThan(850);
    expect(codes.every(isValidTaxCode)).toBe(true);
  });

  it('gives stars in national proportions', () => {
    const rng = seededRng(7);
    const stars = Array.from({ length: 20_000 }, () => starFor(rng));
    const share = (s: number) => stars.filter((x) => x === s).length / stars.length;
    expect(share(3)).toBeGreaterThan(0.7);
    expect(share(4)).toBeGreaterThan(0.2);
    expect(share(5)).toBeLessThan(0.02);
  });
});
