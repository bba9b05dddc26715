import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { type PinKeyring, generatePin } from '../../domain/stamps/pin.js';
import { stampPolicy } from './stamp-policy.js';

// Keys for scratch-off PINs, all derived from OCOP_SECRET so the database alone never suffices:
// - the PIN keyring: key id → HMAC(secret, "ocop-pin-key/<id>"); rotating = adding an id to
//   stamp-policy.json and making it current (old ids stay until no stamp names them);
// - the per-batch PIN seed: 32 random bytes, stored AES-256-GCM encrypted under
//   HMAC(secret, "ocop-pin-seed/v1") until the requester downloads the PINs once, then erased.
//   A PIN is derived from the seed and the serial, so the seed alone regenerates every PIN of the
//   batch for that one download and nothing can regenerate them afterwards.

export function pinKeyring(secret: string): PinKeyring {
  const { current, ids } = stampPolicy().pinKeys;
  const keys: Record<string, Buffer> = {};
  for (const id of ids) keys[id] = createHmac('sha256', secret).update(`ocop-pin-key/${id}`).digest();
  return { current, keys };
}

const SEED_VERSION = 'v1';
const seedKey = (secret: string): Buffer => createHmac('sha256', secret).update('ocop-pin-seed/v1').digest();

export function newPinSeed(): Buffer {
  return randomBytes(32);
}

export function sealPinSeed(secret: string, seed: Buffer, batchId: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', seedKey(secret), iv);
  cipher.setAAD(Buffer.from(`batch:${batchId}`));
  const body = Buffer.concat([cipher.update(seed), cipher.final()]);
  return [SEED_VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

export function openPinSeed(secret: string, sealed: string, batchId: number): Buffer {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== SEED_VERSION || iv === undefined || tag === undefined || body === undefined) throw new Error('unreadable PIN seed');
  const decipher = createDecipheriv('aes-256-gcm', seedKey(secret), Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(`batch:${batchId}`));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]);
}

/** The PIN of one serial: uniform digits drawn from an HMAC stream keyed by the batch seed. */
export function pinFromSeed(seed: Buffer, serial: string, digits: number): string {
  let counter = 0;
  return generatePin(() => {
    const block = createHmac('sha256', seed).update(`${serial}\0${counter}`).digest();
    counter += 1;
    return block.subarray(0, 4);
  }, digits);
}
