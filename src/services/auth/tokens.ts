import { createHash, randomBytes } from 'node:crypto';

// Session ids and API tokens are 256-bit random values; only their SHA-256 is stored, so a
// leaked database cannot be replayed as logins. High entropy makes a slow hash unnecessary.

export function newToken(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
