// Per-account login throttling as a pure rule: after FREE_ATTEMPTS failures the account is
// locked for a delay that doubles with each further failure, capped at MAX_LOCK_SECONDS.
// A success resets the counter. (Per-address limits live at the HTTP edge.)

export const FREE_ATTEMPTS = 5;
const BASE_LOCK_SECONDS = 30;
export const MAX_LOCK_SECONDS = 15 * 60;

export function lockSecondsAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_LOCK_SECONDS, BASE_LOCK_SECONDS * 2 ** (failures - FREE_ATTEMPTS));
}

export function secondsUntilUnlocked(lockedUntil: string | null, now: Date): number {
  if (lockedUntil === null) return 0;
  return Math.max(0, Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 1000));
}
