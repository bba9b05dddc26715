import { describe, expect, it } from 'vitest';
import { FREE_ATTEMPTS, MAX_LOCK_SECONDS, lockSecondsAfter, secondsUntilUnlocked } from './login-throttle.js';

describe('login throttle', () => {
  it('allows the first few failures, then locks for a doubling delay with a cap', () => {
    expect(lockSecondsAfter(FREE_ATTEMPTS - 1)).toBe(0);
    expect(lockSecondsAfter(FREE_ATTEMPTS)).toBe(30);
    expect(lockSecondsAfter(FREE_ATTEMPTS + 1)).toBe(60);
    expect(lockSecondsAfter(FREE_ATTEMPTS + 20)).toBe(MAX_LOCK_SECONDS);
  });

  it('counts down to unlock', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(secondsUntilUnlocked(null, now)).toBe(0);
    expect(secondsUntilUnlocked('2026-01-01T00:00:29.500Z', now)).toBe(30);
    expect(secondsUntilUnlocked('2025-12-31T23:59:00Z', now)).toBe(0);
  });
});
