import { PRODUCER_TYPE_LABELS } from '../../domain/registry-kinds.js';
import type { CatalogueItem } from '../../services/catalogue/catalogue-search.js';
import type { PublicFair } from '../../services/catalogue/public-fairs.js';
import type { PublicProducer } from '../../services/catalogue/catalogue-pages.js';
import { productCard, productName } from './catalogue-list.js';
import { cataloguePage, href, jsonLd, starsHtml } from './catalogue-shell.js';
import { CATALOGUE_TEXTS, type CatalogueTexts } from './catalogue-texts.js';
import { type Lang, formatDay } from './messages.js';
import { esc } from './page-shell.js';

// The producer page (name, type, commune, website for organisations, certified products) and the
// fairs calendar.

export function renderCatalogueProducer(v: { producer: PublicProducer; products: CatalogueItem[] }, lang: Lang, base: string): string {
  const t = CATALOGUE_TEXTS[lang];
  const p = v.producer;
  const site = p.website === null || !isWebUrl(p.website) ? '' : `<p>${esc(t.website)}: <a href="${esc(p.website)}" rel="nofollow noopener">${esc(p.website)}</a></p>`;
  const path = `/catalogue/producers/${p.id}`;
  const org = jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: p.name, url: `${base}${href(path, lang)}`, ...(p.unitName === null ? {} : { address: { '@type': 'PostalAddress', addressLocality: p.unitName, addressRegion: 'Quảng Ninh', addressCountry: 'VN' } }) });
  const body = `<section class="card"><h1>${esc(p.name)}</h1><p>${esc(PRODUCER_TYPE_LABELS[p.type][lang])}</p>${p.unitName === null ? '' : `<p class="note">${esc(p.unitName)}</p>`}${site}</section>`
    + `<h2 class="count">${esc(t.products)} (${v.products.length})</h2><ul class="grid">${v.products.map((x) => productCard(x, lang, false)).join('')}</ul>`;
  return cataloguePage({ lang, base, path, title: `${p.name} – ${t.site}`, description: `${p.name}: ${t.results(v.products.length)} OCOP.`, head: org }, body);
}

/** Only http(s) links are rendered: a stored `javascript:` URL must never become a link. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function fairName(f: PublicFair, lang: Lang): string {
  return lang === 'en' && f.name_en !== null ? f.name_en : f.name_vi;
}

function fairBlock(f: PublicFair, lang: Lang, t: CatalogueTexts): string {
  const when = f.starts_on === f.ends_on ? formatDay(f.starts_on) : `${formatDay(f.starts_on)} – ${formatDay(f.ends_on)}`;
  const where = f.unitName === null || f.place.includes(f.unitName) ? f.place : `${f.place}, ${f.unitName}`;
  const link = f.url === null || !isWebUrl(f.url) ? '' : `<p><a href="${esc(f.url)}" rel="nofollow noopener">${esc(t.moreInfo)}</a></p>`;
  const products = f.products.map((p) => `<li><a href="${esc(href(`/catalogue/products/${p.id}`, lang))}">${esc(productName(p, lang))}</a> ${starsHtml(p.star, lang)}</li>`);
  const list = products.length === 0 ? '' : `<details><summary>${esc(t.productsAtFair)} (${products.length})</summary><ul>${products.join('')}</ul></details>`;
  return `<article class="fair" id="fair-${f.id}"><h3>${esc(fairName(f, lang))}</h3><p><strong>${esc(when)}</strong></p><p class="note">${esc(where)}</p>`
    + `${f.description === null ? '' : `<p>${esc(f.description)}</p>`}${link}${list}</article>`;
}

export function renderCatalogueFairs(v: { upcoming: PublicFair[]; past: PublicFair[] }, lang: Lang, base: string): string {
  const t = CATALOGUE_TEXTS[lang];
  const upcoming = v.upcoming.length === 0 ? `<p class="note">${esc(t.noFairs)}</p>` : v.upcoming.map((f) => fairBlock(f, lang, t)).join('');
  const past = v.past.length === 0 ? '' : `<section class="card"><h2>${esc(t.pastFairs)}</h2>${v.past.map((f) => fairBlock(f, lang, t)).join('')}</section>`;
  const body = `<div class="hero"><h1>${esc(t.fairs)}</h1></div><section class="card"><h2>${esc(t.upcomingFairs)}</h2>${upcoming}</section>${past}`;
  return cataloguePage({ lang, base, path: '/catalogue/fairs', title: `${t.fairs} – ${t.site}`, description: `${t.fairs}: ${t.site}` }, body);
}
