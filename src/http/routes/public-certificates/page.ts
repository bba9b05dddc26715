import { formatDateVi } from '../../../documents/format.js';
import type { PublicCertificateView } from '../../../services/certificates/public-certificate.js';
import { LABELS, type Lang, STATUS_TEXT } from './texts.js';

// The public verification page, rendered on the server: no script at all (the CSP forbids inline
// scripts anyway), one small inline style sheet, every value escaped. Works on any phone that
// scans the certificate's QR code.

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function date(lang: Lang, iso: string): string {
  if (lang === 'vi') return formatDateVi(iso);
  return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`;
}

/** Fills {name} placeholders with escaped values (the template itself is trusted text). */
function fill(template: string, values: Readonly<Record<string, string>>): string {
  return escapeHtml(template).replace(/\{(\w+)\}/g, (_, k: string) => escapeHtml(values[k] ?? ''));
}

const STYLE = `body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1f1f1f;background:#faf7ef}main{max-width:40rem;margin:0 auto;padding:1rem}
header{display:flex;justify-content:space-between;gap:1rem;font-size:.9rem;color:#5b5b5b}a{color:#a31d1d}
.status{border-radius:.5rem;padding:.75rem 1rem;margin:1rem 0;border:2px solid}.ok{border-color:#2e7d32;background:#e8f5e9}
.warn{border-color:#b26a00;background:#fff4e0}.bad{border-color:#a31d1d;background:#fdecea}.status h1{margin:0;font-size:1.4rem}
h2{margin:.5rem 0 0;font-size:1.3rem}.stars{color:#b8860b;font-size:1.6rem;letter-spacing:.1em;margin:0}dl{display:grid;grid-template-columns:auto 1fr;gap:.35rem 1rem}
dt{color:#5b5b5b}dd{margin:0}footer{font-size:.85rem;color:#5b5b5b;margin-top:1.5rem}`;

function shell(lang: Lang, title: string, body: string, otherHref: string): string {
  const l = LABELS[lang];
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>`
    + `<header><span>${escapeHtml(l.brand)}</span><a href="${escapeHtml(otherHref)}" hreflang="${lang === 'vi' ? 'en' : 'vi'}">${escapeHtml(l.other)}</a></header>`
    + `${body}</main></body></html>`;
}

const TONE: Readonly<Record<string, string>> = { valid: 'ok', extended: 'ok', expiring: 'warn', not_yet_valid: 'warn', expired: 'bad', revoked: 'bad', superseded: 'bad' };

function statusBlock(lang: Lang, c: PublicCertificateView): string {
  const s = c.status;
  const values = {
    until: date(lang, s.validUntil ?? c.expiresOn), days: String(s.daysLeft ?? ''), expires: date(lang, c.expiresOn), issued: date(lang, c.issuedOn),
    revoked: s.revokedOn === null ? '' : date(lang, s.revokedOn), reason: s.reasonLabel?.[lang] ?? '',
  };
  return `<section class="status ${TONE[s.code] ?? 'bad'}"><h1>${escapeHtml(s.label[lang])}</h1><p>${fill(STATUS_TEXT[lang][s.code], values)}</p></section>`;
}

function row(term: string, value: string): string {
  return `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`;
}

export function certificatePage(lang: Lang, c: PublicCertificateView, otherHref: string): string {
  const l = LABELS[lang];
  const commune = escapeHtml(c.commune.name) + (c.commune.nowPartOf.length > 0 ? ` (${escapeHtml(l.nowPartOf)} ${escapeHtml(c.commune.nowPartOf.join(', '))})` : '');
  const decision = fill(l.decisionLine, { number: c.decision.number, date: date(lang, c.decision.date), authority: c.decision.authorityLabel[lang] });
  const body = statusBlock(lang, c)
    + `<h2>${escapeHtml(c.productName)}</h2><p class="stars" aria-label="${fill(l.stars, { n: String(c.star) })}">${'★'.repeat(c.star)}${'☆'.repeat(5 - c.star)}</p><dl>`
    + row(l.number, escapeHtml(c.number)) + row(l.producer, escapeHtml(c.producerName)) + row(l.commune, commune)
    + row(l.star, fill(l.stars, { n: String(c.star) })) + row(l.legalVersion, escapeHtml(c.legalVersion))
    + row(l.issuedOn, escapeHtml(date(lang, c.issuedOn))) + row(l.expiresOn, escapeHtml(date(lang, c.expiresOn))) + row(l.decision, decision)
    + `</dl><footer>${fill(l.checked, { date: date(lang, c.checkedOn) })}</footer>`;
  return shell(lang, `${l.title} ${c.number}`, body, otherHref);
}

export function notFoundPage(lang: Lang, number: string, otherHref: string): string {
  const l = LABELS[lang];
  return shell(lang, l.notFound, `<section class="status bad"><h1>${escapeHtml(l.notFound)}</h1><p>${fill(l.notFoundText, { number })}</p></section>`, otherHref);
}
