import { createHmac } from 'node:crypto';
import { constantTimeEqual } from '../../domain/stamps/pin.js';

// The PIN form is plain HTML without cookies, so there is no session to bind a CSRF token to.
// Instead the page embeds a token signed with OCOP_SECRET over the serial and the time it was
// served: a POST must come from a form this server rendered for this stamp within the last hour.
// (There is no ambient authority to abuse cross-site here; the token stops blind replays and
// scripted posts that never loaded the page, and the stamp's failure limit bounds guessing.)

const sign = (secret: string, serial: string, issued: number): string =>
  createHmac('sha256', secret).update(`ocop-pin-form\0${serial}\0${issued}`).digest('base64url').slice(0, 32);

export function pinFormToken(secret: string, serial: string, now: Date): string {
  const issued = Math.floor(now.getTime() / 1000);
  return `${issued}.${sign(secret, serial, issued)}`;
}

export function pinFormTokenValid(secret: string, serial: string, token: string, now: Date, maxMinutes: number): boolean {
  const [issuedText = '', mac = ''] = token.split('.');
  const issued = Number(issuedText);
  if (!Number.isInteger(issued)) return false;
  const age = now.getTime() / 1000 - issued;
  return age >= -60 && age <= maxMinutes * 60 && constantTimeEqual(mac, sign(secret, serial, issued));
}
