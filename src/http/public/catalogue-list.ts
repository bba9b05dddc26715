import { PRODUCER_TYPE_LABELS } from '../../domain/registry-kinds.js';
import { findProductSet, productSets } from '../../domain/scoring/catalogue.js';
import { productCatalogue } from '../../rules/catalogue/index.js';
import type { CatalogueItem, CatalogueQuery, CatalogueResult } from '../../services/catalogue/catalogue-search.js';
import { type Params, href, starsHtml } from './catalogue-shell.js';
import { CATALOGUE_TEXTS, type CatalogueTexts } from './catalogue-texts.js';
import type { Lang } from './messages.js';
import { esc } from './page-shell.js';

// The catalogue's home: the search box, the filters (a <details> block that opens without
// script) and one page of results as cards, with plain previous/next links.

export function setName(setNumber: number, lang: Lang): string {
  const placed = findProductSet(productCatalogue(), setNumber);
  if (placed === undefined) return String(setNumber);
  return lang === 'en' ? (placed.set.name.en ?? placed.set.name.vi) : placed.set.name.vi;
}

export function productName(p: { name: string; name_en: string | null }, lang: Lang): string {
  return lang === 'en' && p.name_en !== null ? p.name_en : p.name;
}

function options(choices: readonly (readonly [string, string])[], selected: string | undefined, t: CatalogueTexts): string {
  return [`<option value="">${esc(t.any)}</option>`, ...choices.map(([v, label]) => `<option value="${esc(v)}"${v === selected ? ' selected' : ''}>${esc(label)}</option>`)].join('');
}

function select(name: string, label: string, choices: readonly (readonly [string, string])[], selected: string | undefined, t: CatalogueTexts): string {
  return `<label>${esc(label)}<select name="${name}">${options(choices, selected, t)}</select></label>`;
}

export function queryParams(q: CatalogueQuery): Params {
  return { q: q.q, star: q.star, set: q.set, unit: q.unit, type: q.type };
}

function searchForm(q: CatalogueQuery, r: CatalogueResult, lang: Lang): string {
  const t = CATALOGUE_TEXTS[lang];
  const active = q.star !== undefined || q.set !== undefined || q.unit !== undefined || q.type !== undefined;
  const stars = [5, 4, 3].map((n) => [String(n), t.stars(n)] as const);
  const sets = productSets(productCatalogue()).map((p) => [String(p.set.number), lang === 'en' ? (p.set.name.en ?? p.set.name.vi) : p.set.name.vi] as const);
  const units = r.units.communes.map((u) => [u.id, u.name] as const);
  const types = Object.entries(PRODUCER_TYPE_LABELS).map(([k, v]) => [k, v[lang]] as const);
  const langField = lang === 'en' ? '<input type="hidden" name="lang" value="en">' : '';
  const clear = active ? ` <a href="${esc(href('/catalogue', lang, { q: q.q }))}">${esc(t.clear)}</a>` : '';
  return `<section class="card"><form method="get" action="/catalogue" role="search"><label for="q">${esc(t.searchLabel)}</label>`
    + `<input id="q" name="q" type="search" value="${esc(q.q ?? '')}" placeholder="${esc(t.searchPlaceholder)}" maxlength="100" enterkeyhint="search">`
    + `<button type="submit">${esc(t.search)}</button>${langField}`
    + `<details${active ? ' open' : ''}><summary>${esc(t.filters)}</summary><div class="filters">`
    + select('star', t.star, stars, q.star === undefined ? undefined : String(q.star), t)
    + select('set', t.set, sets, q.set === undefined ? undefined : String(q.set), t)
    + select('unit', t.unit, units, q.unit, t)
    + select('type', t.type, types, q.type, t)
    + `</div><p><button type="submit">${esc(t.apply)}</button>${clear}</p></details></form></section>`;
}

export function thumb(p: { id: number; name: string }, imageId: number | null, size: number): string {
  if (imageId === null) return `<span class="ph" aria-hidden="true">${esc(p.name.trim().charAt(0).toUpperCase())}</span>`;
  return `<img class="thumb" src="/p/${p.id}/img/${imageId}" alt="" width="${size}" height="${size}" loading="lazy" decoding="async">`;
}

export function certBadge(status: string, t: CatalogueTexts): string {
  if (status === 'expired') return `<span class="badge danger">${esc(t.expiredBadge)}</span>`;
  if (status === 'revoked') return `<span class="badge danger">${esc(t.revokedBadge)}</span>`;
  return '';
}

export function productCard(p: CatalogueItem, lang: Lang, showProducer = true): string {
  const t = CATALOGUE_TEXTS[lang];
  const name = productName(p, lang);
  const producer = showProducer ? `<p>${esc(p.producer_name)}</p>` : '';
  const unit = p.unitName === null ? '' : `<p class="note">${esc(p.unitName)}</p>`;
  return `<li><a class="item" href="${esc(href(`/catalogue/products/${p.id}`, lang))}">${thumb(p, p.imageId, 72)}<div>`
    + `<h2>${esc(name)}</h2>${starsHtml(p.star, lang)}${producer}${unit}${certBadge(p.status, t)}</div></a></li>`;
}

function pager(q: CatalogueQuery, r: CatalogueResult, lang: Lang): string {
  const t = CATALOGUE_TEXTS[lang];
  const pages = Math.max(1, Math.ceil(r.total / r.pageSize));
  if (pages <= 1) return '';
  const link = (page: number, text: string, rel: string) => `<a href="${esc(href('/catalogue', lang, { ...queryParams(q), page: page === 1 ? undefined : page }))}" rel="${rel}">${esc(text)}</a>`;
  const prev = r.page > 1 ? link(r.page - 1, t.prev, 'prev') : '<span></span>';
  const next = r.page < pages ? link(r.page + 1, t.next, 'next') : '<span></span>';
  return `<nav class="pager" aria-label="${esc(t.pageOf(r.page, pages))}">${prev}<span>${esc(t.pageOf(r.page, pages))}</span>${next}</nav>`;
}

export function renderCatalogueHome(q: CatalogueQuery, r: CatalogueResult, lang: Lang): string {
  const t = CATALOGUE_TEXTS[lang];
  const list = r.items.length === 0 ? `<p class="card">${esc(t.noResults)}</p>` : `<ul class="grid">${r.items.map((p) => productCard(p, lang)).join('')}</ul>`;
  // The tagline is for the landing page; a search shows its results higher up instead.
  const searching = Object.values(queryParams(q)).some((v) => v !== undefined);
  const tagline = searching ? '' : `<p class="note">${esc(t.tagline)}</p>`;
  return `<div class="hero"><h1>${esc(t.products)}</h1>${tagline}</div>${searchForm(q, r, lang)}`
    + `<p class="count" role="status">${esc(t.results(r.total))}</p>${list}${pager(q, r, lang)}`;
}
