import { createHmac } from 'node:crypto';

// Who is scanning, coarsely: a phone, a computer, or a robot (link previews, crawlers,
// monitoring). Robots are not buyers, so their requests are never written to the scan log.

export type ClientKind = 'mobile' | 'desktop' | 'bot';

const BOT = /bot\b|bot\/|crawl|spider|slurp|preview|facebookexternalhit|embedly|curl\/|wget\/|python-requests|python-urllib|go-http-client|okhttp|java\/|httpclient|headless|lighthouse|pingdom|uptime|monitor/i;
const MOBILE = /mobi|android|iphone|ipad|ipod|windows phone|zalo|kaios/i;

export function classifyClient(userAgent: string | undefined): ClientKind {
  if (userAgent === undefined || userAgent.trim() === '' || BOT.test(userAgent)) return 'bot';
  return MOBILE.test(userAgent) ? 'mobile' : 'desktop';
}

/** A pseudonymous key for a client address: stable per secret, useless without it. */
export function clientKey(secret: string, address: string): string {
  return createHmac('sha256', secret).update(`ocop-client\0${address}`).digest('base64url').slice(0, 22);
}
