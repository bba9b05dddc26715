import type { ImageRow } from '../../db/repositories/product-parts.js';
import { PRODUCER_TYPE_LABELS, SALES_POINT_KIND_LABELS } from '../../domain/registry-kinds.js';
import type { CatalogueProduct } from '../../services/catalogue/catalogue-pages.js';
import { certBadge, productName, setName } from './catalogue-list.js';
import { type PageMeta, cataloguePage, href, jsonLd, starsHtml } from './catalogue-shell.js';
import { CATALOGUE_TEXTS, type CatalogueTexts } from './catalogue-texts.js';
import { type Lang, formatDay } from './messages.js';
import { esc } from './page-shell.js';

// A product's public page: photos, stars, producer, certificate status (linking to the public
// certificate page), description and story, price, where to buy, upcoming fairs, and a
// schema.org Product block for search engines.

const PRICE = new Intl.NumberFormat('vi-VN');
const THUMB_WIDTH = 320;
const MAX_PHOTOS = 6;

function imageUrl(p: CatalogueProduct, img: ImageRow): string {
  return `/p/${p.product.id}/img/${img.id}`;
}

function gallery(p: CatalogueProduct, name: string, t: CatalogueTexts): string {
  if (p.images.length === 0) return '';
  const imgs = p.images.slice(0, MAX_PHOTOS).map((img, i) => {
    const height = img.width > 0 ? Math.round((THUMB_WIDTH * img.height) / img.width) : THUMB_WIDTH;
    return `<img src="${imageUrl(p, img)}" alt="${esc(t.photoOf(name))}" width="${THUMB_WIDTH}" height="${height}"${i === 0 ? '' : ' loading="lazy"'} decoding="async">`;
  });
  return `<div class="gallery">${imgs.join('')}</div>`;
}

function row(label: string, valueHtml: string | null): string {
  return valueHtml === null ? '' : `<dt>${esc(label)}</dt><dd>${valueHtml}</dd>`;
}

function certificateCard(p: CatalogueProduct, lang: Lang, t: CatalogueTexts): string {
  const c = p.certificate;
  const tone = c.state === 'valid' ? 'ok' : 'danger';
  const number = c.number === null ? null : `<a href="${esc(`/certificates/${encodeURIComponent(c.number)}${lang === 'en' ? '?lang=en' : ''}`)}">${esc(c.number)}</a>`;
  const note = c.state === 'expired' ? t.expiredNote : c.state === 'revoked' ? t.revokedNote : null;
  return `<section class="card" id="certificate"><h2>${esc(t.certificate)}</h2><dl>`
    + row(t.certState, `<span class="badge ${tone}">${esc(t.states[c.state])}</span>`) + row(t.certNumber, number)
    + row(t.certIssued, c.issuedOn === null ? null : esc(formatDay(c.issuedOn))) + row(t.certValidTo, c.expiresOn === null ? null : esc(formatDay(c.expiresOn)))
    + `</dl>${note === null ? '' : `<p class="note">${esc(note)}</p>`}</section>`;
}

function whereToBuy(p: CatalogueProduct, lang: Lang, t: CatalogueTexts): string {
  const points = p.salesPoints.map((s) => `<li><strong>${esc(s.name)}</strong> <span class="note">(${esc(SALES_POINT_KIND_LABELS[s.kind][lang])})</span>${s.address === null ? '' : `<br>${esc(s.address)}`}</li>`);
  const list = points.length === 0 ? `<p class="note">${esc(t.noSalesPoints)}</p>` : `<ul>${points.join('')}</ul>`;
  const fairs = p.fairs.map((f) => `<li><a href="${esc(href('/catalogue/fairs', lang))}#fair-${f.id}">${esc(lang === 'en' && f.name_en !== null ? f.name_en : f.name_vi)}</a>`
    + ` <span class="note">${esc(formatDay(f.starts_on))}–${esc(formatDay(f.ends_on))}, ${esc(f.place)}</span></li>`);
  const fairList = fairs.length === 0 ? '' : `<h3>${esc(t.fairsAttending)}</h3><ul>${fairs.join('')}</ul>`;
  return `<section class="card" id="where-to-buy"><h2>${esc(t.whereToBuy)}</h2>${list}${fairList}</section>`;
}

function textCard(title: string, text: string | null): string {
  return text === null || text.trim() === '' ? '' : `<section class="card"><h2>${esc(title)}</h2><p>${esc(text)}</p></section>`;
}

function structuredData(p: CatalogueProduct, lang: Lang, base: string): string {
  const url = `${base}${href(`/catalogue/products/${p.product.id}`, lang)}`;
  const producerUrl = `${base}${href(`/catalogue/producers/${p.producer.id}`, lang)}`;
  const org = { '@type': 'Organization', name: p.producer.name, url: producerUrl };
  const properties: object[] = [];
  if (p.product.star !== null) properties.push({ '@type': 'PropertyValue', name: 'OCOP star rating', value: p.product.star, minValue: 3, maxValue: 5 });
  if (p.certificate.number !== null) {
    properties.push({ '@type': 'PropertyValue', name: 'OCOP certificate', value: p.certificate.number, description: p.certificate.state, ...(p.certificate.expiresOn === null ? {} : { validThrough: p.certificate.expiresOn }) });
  }
  const data = {
    '@context': 'https://schema.org', '@type': 'Product', name: productName(p.product, lang), url, inLanguage: lang,
    ...(p.product.description === null ? {} : { description: p.product.description }),
    ...(p.images.length === 0 ? {} : { image: p.images.slice(0, MAX_PHOTOS).map((img) => `${base}${imageUrl(p, img)}`) }),
    ...(p.product.gtin === null ? {} : { gtin14: p.product.gtin }),
    category: setName(p.product.set_number, lang), brand: org, manufacturer: org, additionalProperty: properties,
    ...(p.product.price_vnd === null ? {} : { offers: { '@type': 'Offer', price: Number(p.product.price_vnd), priceCurrency: 'VND', url } }),
  };
  return jsonLd(data);
}

export function renderCatalogueProduct(p: CatalogueProduct, lang: Lang, base: string): string {
  const t = CATALOGUE_TEXTS[lang];
  const name = productName(p.product, lang);
  const producer = `<a href="${esc(href(`/catalogue/producers/${p.producer.id}`, lang))}">${esc(p.producer.name)}</a>`;
  const price = p.product.price_vnd === null ? '' : `<p>${esc(t.price)}: <span class="price">${esc(PRICE.format(Number(p.product.price_vnd)))} ₫</span></p>`;
  const summary = `<section class="card"><h1>${esc(name)}</h1><p class="big">${starsHtml(p.product.star, lang)}</p>`
    + `<p>${esc(t.producer)}: ${producer} <span class="note">(${esc(PRODUCER_TYPE_LABELS[p.producer.type][lang])})</span></p>`
    + `${p.producer.unitName === null ? '' : `<p class="note">${esc(p.producer.unitName)}</p>`}<p class="note">${esc(t.set)}: ${esc(setName(p.product.set_number, lang))}</p>`
    + `${price}${certBadge(p.product.status, t)}</section>`;
  const body = gallery(p, name, t) + summary + certificateCard(p, lang, t) + textCard(t.description, p.product.description)
    + textCard(t.story, p.product.story) + whereToBuy(p, lang, t);
  const meta: PageMeta = {
    lang, base, title: `${name} – ${t.site}`, path: `/catalogue/products/${p.product.id}`, head: structuredData(p, lang, base),
    description: `${name}: ${t.stars(p.product.star ?? 0)} OCOP, ${p.producer.name}${p.producer.unitName === null ? '' : `, ${p.producer.unitName}`}.`,
  };
  return cataloguePage(meta, body);
}
