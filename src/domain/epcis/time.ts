// EPCIS timestamps: xsd:dateTime with a mandatory offset, any sub-second precision. The event
// hash and storage both want UTC at millisecond precision ("2022-02-17T02:33:31.116Z"); digits
// beyond the millisecond are rounded (half up), as the CBV 2.0 hash rules require.

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch, or undefined when the text is not an EPCIS date-time. */
export function epcisInstant(text: string): number | undefined {
  const m = DATE_TIME.exec(text.trim());
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, frac = '', zone = 'Z'] = m;
  const digits = frac.padEnd(4, '0');
  const ms = Number(digits.slice(0, 3)) + (Number(digits.charAt(3)) >= 5 ? 1 : 0);
  const base = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(base) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return undefined;
  const sign = zone.startsWith('-') ? -1 : 1;
  const offset = zone === 'Z' ? 0 : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  return base + ms - offset;
}

/** UTC ISO at millisecond precision; the text unchanged when it is not a date-time. */
export function utcMillis(text: string): string {
  const t = epcisInstant(text);
  return t === undefined ? text.trim() : new Date(t).toISOString();
}
