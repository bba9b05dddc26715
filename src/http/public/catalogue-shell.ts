import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CATALOGUE_TEXTS } from './catalogue-texts.js';
import type { Lang } from './messages.js';
import { CSS, esc } from './page-shell.js';

// The frame of the catalogue's pages: the public pages' stylesheet plus a few catalogue rules,
// indexable (no noindex), with hreflang alternates and a canonical URL. Vietnamese lives at the
// bare URL, English at the same URL with ?lang=en, so a page's two versions are one parameter
// apart and every link carries the reader's language along. Pages are the same for everyone
// (no session is read), so they may be cached publicly; the ETag lets a phone revalidate cheaply.

const EXTRA_CSS = [
  'main{max-width:60rem}',
  '.top{background:var(--ac);color:#fff;padding:.5rem .9rem;display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:.2rem 1rem;font-size:.95rem}',
  '.top a{color:#fff;text-decoration:none}.top .brand{font-weight:700}.top nav{display:flex;gap:.9rem;white-space:nowrap}.top nav a{text-decoration:underline}',
  '.hero{padding:.8rem 1rem 0}.hero h1{font-size:1.3rem;margin:.2rem 0}',
  '.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.6rem;margin:.7rem;padding:0;list-style:none}.grid li{margin:0}',
  '.item{display:flex;gap:.7rem;background:#fff;border:1px solid var(--ln);border-radius:.6rem;padding:.55rem;color:inherit;text-decoration:none;height:100%}',
  '.item h2,.item h3{font-size:1rem;margin:0 0 .15rem;color:var(--ac)}.item p{margin:0;font-size:.9rem}',
  '.thumb,.ph{width:72px;height:72px;border-radius:.4rem;flex:none;object-fit:cover;background:#e9efe6}',
  '.ph{display:flex;align-items:center;justify-content:center;font-size:1.8rem;font-weight:700;color:#5c7a52}',
  '.badge{display:inline-block;padding:0 .45rem;border-radius:1rem;font-size:.8rem;margin-top:.2rem}',
  'details{margin-top:.5rem;flex-basis:100%}summary{cursor:pointer;color:var(--ac);font-weight:600;padding:.2rem 0}',
  '.filters{display:grid;grid-template-columns:repeat(auto-fill,minmax(8.5rem,1fr));gap:.5rem;margin-top:.4rem}.filters select{flex:none;width:100%}',
  '.filters label{display:flex;flex-direction:column;gap:.15rem;font-size:.9rem;color:var(--mu)}',
  '.count{margin:.7rem 1rem 0;color:var(--mu)}',
  '.pager{display:flex;justify-content:space-between;align-items:center;gap:.5rem;margin:.7rem 1rem}',
  '.pager a{background:#fff;border:1px solid var(--ln);border-radius:.4rem;padding:.45rem .8rem;text-decoration:none}',
  '.gallery{display:flex;gap:.5rem;overflow-x:auto;margin:.7rem .7rem 0}.gallery img{border-radius:.5rem;max-width:85vw;height:auto;background:#eee}',
  '.card h1{font-size:1.35rem;line-height:1.25;margin:0 0 .2rem}.big{font-size:1.5rem;margin:0}.price{font-weight:700}h3{font-size:1rem;margin:.6rem 0 .2rem}',
  '.fair{border-top:1px solid var(--ln);padding-top:.5rem;margin-top:.5rem}.fair:first-of-type{border-top:0;margin-top:0;padding-top:0}',
].join('');

const STYLE = CSS + EXTRA_CSS;
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

export const CATALOGUE_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

export type Params = Readonly<Record<string, string | number | undefined>>;

/** A catalogue link in the reader's language: Vietnamese bare, English with lang=en. */
export function href(path: string, lang: Lang, params: Params = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
  if (lang === 'en') search.set('lang', 'en');
  const qs = search.toString();
  return qs === '' ? path : `${path}?${qs}`;
}

export type PageMeta = {
  lang: Lang;
  title: string;
  description: string;
  /** Site-relative path plus parameters of this page, without the language. */
  path: string;
  params?: Params;
  /** Base of absolute URLs (OCOP_PUBLIC_URL). */
  base: string;
  /** Extra head content, already safe (JSON-LD). */
  head?: string;
  /** False for pages that must not be indexed (404, deep result pages). */
  index?: boolean;
};

function header(m: PageMeta): string {
  const t = CATALOGUE_TEXTS[m.lang];
  const other: Lang = m.lang === 'vi' ? 'en' : 'vi';
  const otherHref = href(m.path, other, m.params);
  return `<header class="top"><a class="brand" href="${esc(href('/catalogue', m.lang))}">${esc(t.site)}</a>`
    + `<nav><a href="${esc(href('/catalogue/fairs', m.lang))}">${esc(t.fairs)}</a><a href="${esc(otherHref)}" hreflang="${other}" lang="${other}">${esc(t.other)}</a></nav></header>`;
}

export function cataloguePage(m: PageMeta, body: string): string {
  const t = CATALOGUE_TEXTS[m.lang];
  const abs = (lang: Lang) => esc(`${m.base}${href(m.path, lang, m.params)}`);
  const robots = m.index === false ? '<meta name="robots" content="noindex,follow">' : '';
  return `<!doctype html><html lang="${m.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`
    + `<title>${esc(m.title)}</title><meta name="description" content="${esc(m.description)}">${robots}`
    + `<link rel="canonical" href="${abs(m.lang)}"><link rel="alternate" hreflang="vi" href="${abs('vi')}"><link rel="alternate" hreflang="en" href="${abs('en')}">`
    + `<link rel="alternate" hreflang="x-default" href="${abs('vi')}"><meta property="og:title" content="${esc(m.title)}"><meta property="og:locale" content="${m.lang === 'vi' ? 'vi_VN' : 'en_GB'}">`
    + `<style>${STYLE}</style>${m.head ?? ''}</head><body>${header(m)}<main>${body}</main>`
    + `<footer>${esc(t.dataNote)}</footer></body></html>`;
}

/** JSON for a <script type="application/ld+json"> block: nothing in it can close the element. */
export function jsonLd(data: unknown): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}

export const CATALOGUE_CACHE = 'public, max-age=300, stale-while-revalidate=600';

/** Sends a page with a content hash as ETag; a matching If-None-Match gets 304 and no body. */
export function sendCatalogue(request: FastifyRequest, reply: FastifyReply, status: number, html: string, lang: Lang): FastifyReply {
  const etag = `"${createHash('sha1').update(html).digest('base64url')}"`;
  reply.type('text/html; charset=utf-8').header('content-security-policy', CATALOGUE_CSP).header('content-language', lang)
    .header('referrer-policy', 'strict-origin-when-cross-origin');
  if (status !== 200) return reply.code(status).header('cache-control', 'no-cache').send(html);
  reply.header('cache-control', CATALOGUE_CACHE).header('etag', etag);
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.code(200).send(html);
}

export function starsHtml(star: number | null, lang: Lang, cls = 'stars'): string {
  if (star === null) return '';
  const label = `${CATALOGUE_TEXTS[lang].stars(star)} OCOP`;
  return `<span class="${cls}" role="img" aria-label="${esc(label)}">${'★'.repeat(star)}${'☆'.repeat(Math.max(0, 5 - star))}</span>`;
}

export function notFoundBody(lang: Lang): string {
  const t = CATALOGUE_TEXTS[lang];
  return `<header class="verdict caution"><h1>${esc(t.notFound)}</h1><p>${esc(t.notFoundText)}</p></header>`
    + `<section class="card"><a href="${esc(href('/catalogue', lang))}">${esc(t.backHome)}</a></section>`;
}
