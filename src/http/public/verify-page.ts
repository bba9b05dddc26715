import { VOID_REASONS } from '../../db/schema-stamps.js';
import { formatSerialForPrint } from '../../domain/stamps/serial.js';
import { allProvinces } from '../../services/scans/provinces.js';
import type { VerifyView } from '../../services/stamps/verify-output.js';
import { type Lang, MESSAGES, type Messages, formatDay, formatInstant } from './messages.js';
import { esc, page } from './page-shell.js';

// The verify page a buyer sees after scanning: the verdict first (above the fold on a phone),
// then the product, certificate and lot, the PIN form for scratch-off stamps, how often and
// where the code was scanned, and the stamp's timeline.

export type PinMessage = { tone: 'ok' | 'caution' | 'danger'; text: string };
export type VerifyPageOptions = { lang: Lang; formToken: string | null; pinMessage?: PinMessage | undefined; province: string | null };

const MARK = { ok: '✓', caution: '!', danger: '✕' } as const;

function verdictBlock(v: VerifyView, lang: Lang, m: Messages): string {
  const reason = VOID_REASONS.find((r) => r === v.stamp?.voidReason);
  const voided = reason === undefined ? [] : [`${m.voided}: ${m.voidReasons[reason]}`];
  const warnings = [...voided, ...v.warnings.map((w) => w.explanation[lang])].map((t) => `<li>${esc(t)}</li>`).join('');
  return `<header class="verdict ${v.tone}" role="status"><p class="mark" aria-hidden="true">${MARK[v.tone]}</p><h1>${esc(v.headline[lang])}</h1>`
    + `<p class="serial">${esc(m.code)}: ${esc(formatSerialForPrint(v.serial))}</p>${warnings === '' ? '' : `<ul>${warnings}</ul>`}</header>`;
}

function productCard(v: VerifyView, lang: Lang, m: Messages): string {
  if (v.product === null) return '';
  const name = lang === 'en' && v.product.nameEn !== null ? v.product.nameEn : v.product.name;
  const img = v.product.imageUrl === null ? '' : `<img src="${esc(v.product.imageUrl)}" alt="" width="88" height="88">`;
  const stars = v.product.star === null ? '' : `<p class="stars" aria-label="${v.product.star} ${esc(m.stars)}">${'★'.repeat(v.product.star)}</p>`;
  const producer = v.producer === null ? '' : `<p>${esc(v.producer.name)}</p>${v.producer.commune === null ? '' : `<p class="note">${esc(v.producer.commune)}</p>`}`;
  const catalogue = `/catalogue/products/${v.product.id}${lang === 'en' ? '?lang=en' : ''}`;
  return `<section class="card product">${img}<div><h2><a href="${esc(catalogue)}">${esc(name)}</a></h2>${stars}${producer}</div></section>`;
}

function row(label: string, value: string | null): string {
  return value === null ? '' : `<dt>${esc(label)}</dt><dd>${esc(value)}</dd>`;
}

function certificateCard(v: VerifyView, m: Messages): string {
  if (v.certificate === null) return '';
  const c = v.certificate;
  const number = c.url === null ? row(m.certNumber, c.number) : `<dt>${esc(m.certNumber)}</dt><dd><a href="${esc(c.url)}">${esc(c.number ?? '')}</a></dd>`;
  const lot = v.lot === null ? '' : row(m.lot, v.lot.code) + row(m.produced, v.lot.productionDate === null ? null : formatDay(v.lot.productionDate)) + row(m.expires, v.lot.expiryDate === null ? null : formatDay(v.lot.expiryDate));
  const inactive = v.stamp?.status === 'issued' ? `<p class="note">${esc(m.notActivated)}</p>` : '';
  return `<section class="card"><h2>${esc(m.certificate)}</h2><dl>${row(m.certState, m.states[c.state])}${number}${row(m.certValidTo, c.expiresOn === null ? null : formatDay(c.expiresOn))}${lot}</dl>${inactive}</section>`;
}

function firstUse(v: VerifyView, lang: Lang, m: Messages): string {
  const s = v.stamp;
  if (s?.firstAuthenticatedAt == null) return '';
  const where = s.firstAuthenticatedIn === null ? '' : ` ${m.in} ${s.firstAuthenticatedIn.name[lang]}`;
  return `${m.at} ${formatInstant(s.firstAuthenticatedAt, lang)}${where}`;
}

function pinCard(v: VerifyView, lang: Lang, m: Messages, opts: VerifyPageOptions): string {
  const s = v.stamp;
  if (s === null || s.type !== 'qr_pin' || s.status === 'voided') return '';
  if (s.pinLocked) return `<section class="card"><p>${esc(m.pinLocked)}</p></section>`;
  if (!s.pinRequired) return `<section class="card"><p>${esc(m.pinUsed)} ${esc(firstUse(v, lang, m))}.</p></section>`;
  const action = `/v/${encodeURIComponent(v.serial)}/pin${lang === 'en' ? '?lang=en' : ''}`;
  const province = opts.province === null ? '' : `<input type="hidden" name="province" value="${esc(opts.province)}">`;
  return `<section class="card" id="pin"><h2>${esc(m.pinTitle)}</h2><form method="post" action="${esc(action)}">`
    + `<label for="pin-input">${esc(m.pinLabel)}</label><input id="pin-input" name="pin" inputmode="numeric" autocomplete="off" maxlength="12" required>`
    + `<input type="hidden" name="token" value="${esc(opts.formToken ?? '')}">${province}<button type="submit">${esc(m.pinButton)}</button></form></section>`;
}

function provinceOptions(lang: Lang, selected: string | null): string {
  return ['<option value="">—</option>', ...allProvinces().map((p) => `<option value="${p.id}"${p.id === selected ? ' selected' : ''}>${esc(p[lang])}</option>`)].join('');
}

function scansCard(v: VerifyView, lang: Lang, m: Messages, opts: VerifyPageOptions): string {
  const first = v.scans.firstAt === null ? '' : `, ${m.firstScan} ${m.at} ${formatInstant(v.scans.firstAt, lang)}${v.scans.firstIn === null ? '' : ` ${m.in} ${v.scans.firstIn.name[lang]}`}`;
  const langField = lang === 'en' ? '<input type="hidden" name="lang" value="en">' : '';
  return `<section class="card"><p>${esc(m.scans(v.scans.count) + first)}.</p><form method="get" action="/v/${encodeURIComponent(v.serial)}">`
    + `<label for="province">${esc(m.shareTitle)}</label><select id="province" name="province">${provinceOptions(lang, opts.province)}</select>${langField}`
    + `<button type="submit">${esc(m.shareButton)}</button></form><p class="note">${esc(m.shareNote)}</p></section>`;
}

function timelineCard(v: VerifyView, lang: Lang, m: Messages): string {
  if (v.stamp === null) return '';
  const items = v.timeline.map((e) => {
    const what = e.event === 'journey' ? (e.label?.[lang] ?? '') : m[e.event];
    const where = e.place == null ? '' : ` – ${e.place}`;
    return `<li>${esc(formatInstant(e.at, lang))}: ${esc(what + where)}</li>`;
  }).join('');
  return `<section class="card" id="trace"><h2>${esc(m.timeline)}</h2><ol>${items}</ol></section>`;
}

export function codeForm(lang: Lang, m: Messages, value = ''): string {
  const langField = lang === 'en' ? '<input type="hidden" name="lang" value="en">' : '';
  return `<section class="card"><form method="get" action="/v"><label for="code">${esc(m.typeCode)}</label>`
    + `<input id="code" name="code" value="${esc(value)}" autocomplete="off" autocapitalize="characters" maxlength="40">${langField}<button type="submit">${esc(m.check)}</button></form></section>`;
}

export function footer(lang: Lang, path: string): string {
  const m = MESSAGES[lang];
  const other = lang === 'vi' ? 'en' : 'vi';
  const joiner = path.includes('?') ? '&' : '?';
  return `<footer><a href="${esc(`${path}${joiner}lang=${other}`)}" hreflang="${other}" lang="${other}">${esc(m.other)}</a> · ${esc(m.site)}</footer>`;
}

export function renderVerifyPage(v: VerifyView, opts: VerifyPageOptions): string {
  const { lang } = opts;
  const m = MESSAGES[lang];
  const message = opts.pinMessage === undefined ? '' : `<p class="msg ${opts.pinMessage.tone}" role="alert">${esc(opts.pinMessage.text)}</p>`;
  const body = v.stamp === null
    ? verdictBlock(v, lang, m) + codeForm(lang, m)
    : verdictBlock(v, lang, m) + message + productCard(v, lang, m) + certificateCard(v, m) + pinCard(v, lang, m, opts) + scansCard(v, lang, m, opts) + timelineCard(v, lang, m);
  return page(lang, `${v.headline[lang]} – ${m.site}`, body + footer(lang, `/v/${encodeURIComponent(v.serial)}`));
}

export function renderNoticePage(lang: Lang, title: string, hint: string, typed: string): string {
  const m = MESSAGES[lang];
  const body = `<header class="verdict caution" role="status"><p class="mark" aria-hidden="true">!</p><h1>${esc(title)}</h1><p>${esc(hint)}</p></header>${codeForm(lang, m, typed)}`;
  return page(lang, `${title} – ${m.site}`, body + footer(lang, '/v'));
}
