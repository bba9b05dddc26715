import { describe, expect, it } from 'vitest';
import { canMoveStatus, starProblem } from './product-status.js';
import { sniffImageType } from './image-type.js';

describe('product status', () => {
  it('moves along the cycle and not across it', () => {
    expect(canMoveStatus('idea', 'plan')).toBe(true);
    expect(canMoveStatus('evaluating', 'certified')).toBe(true);
    expect(canMoveStatus('idea', 'certified')).toBe(false);
    expect(canMoveStatus('revoked', 'certified')).toBe(false);
  });

  it('ties the star rating to rated statuses', () => {
    expect(starProblem('certified', 4)).toBeUndefined();
    expect(starProblem('expired', 3)).toBeUndefined();
    expect(starProblem('certified', null)).toMatch(/needs its star/);
    expect(starProblem('developing', 3)).toMatch(/no star rating/);
    expect(starProblem('certified', 2)).toMatch(/3 to 5/);
  });
});

describe('image type sniffing', () => {
  it('recognises JPEG, PNG and WebP by their magic bytes only', () => {
    expect(sniffImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))?.mime).toBe('image/jpeg');
    expect(sniffImageType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.ext).toBe('png');
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))?.mime).toBe('image/webp');
    expect(sniffImageType(Buffer.from('GIF89a'))).toBeUndefined();
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(sniffImageType(new Uint8Array())).toBeUndefined();
  });
});
