import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type { Lang } from './messages.js';

// The frame of every public page: tiny, server-rendered, readable without JavaScript on a 360 px
// screen. The stylesheet is inline (one round trip fewer on a slow phone connection) and allowed
// by its SHA-256 hash, so the Content-Security-Policy stays strict: no script at all, no inline
// style except this exact one, images only from this site, forms only to this site.

export const CSS = [
  ':root{--ok:#0b6b2f;--okbg:#e3f4e8;--ca:#7a4b00;--cabg:#fff3d1;--da:#a4161a;--dabg:#fde8e8;--ink:#1c1c1c;--mu:#555;--ln:#e2e2e2;--ac:#0b4f8a}',
  '*{box-sizing:border-box}',
  'body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:#f6f6f4}',
  'main{max-width:34rem;margin:0 auto;padding-bottom:1rem}',
  '.verdict{padding:.9rem 1rem 1rem;border-bottom:4px solid}',
  '.verdict h1{font-size:1.3rem;line-height:1.25;margin:.2rem 0 .35rem}',
  '.mark{font-size:1.9rem;font-weight:700;line-height:1;margin:0}',
  '.ok{background:var(--okbg);color:var(--ok);border-color:var(--ok)}',
  '.caution{background:var(--cabg);color:var(--ca);border-color:var(--ca)}',
  '.danger{background:var(--dabg);color:var(--da);border-color:var(--da)}',
  '.serial{font-family:ui-monospace,Menlo,Consolas,monospace;margin:0;color:var(--ink);word-break:break-all}',
  '.card{background:#fff;margin:.7rem .7rem 0;padding:.8rem 1rem;border:1px solid var(--ln);border-radius:.6rem}',
  '.product{display:flex;gap:.75rem;align-items:flex-start}',
  '.product img{width:88px;height:88px;object-fit:cover;border-radius:.4rem;flex:none;background:#eee}',
  'h2{font-size:1.05rem;margin:0 0 .3rem}p{margin:.25rem 0}',
  '.stars{color:#a86a00;letter-spacing:.08em}',
  'dl{margin:0;display:grid;grid-template-columns:minmax(0,auto) minmax(0,1fr);gap:.2rem .75rem}dt{color:var(--mu)}dd{margin:0;overflow-wrap:anywhere}',
  'ul,ol{margin:.2rem 0;padding-left:1.2rem}li{margin:.2rem 0}',
  'form{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.4rem}label{flex-basis:100%}',
  'input,select,button{font:inherit;padding:.5rem .7rem;border-radius:.4rem;border:1px solid #8a8a8a;min-width:0}',
  'input,select{flex:1 1 10rem}button{background:var(--ac);color:#fff;border-color:var(--ac)}',
  '.note{color:var(--mu);font-size:.9rem}.msg{padding:.55rem .75rem;border-radius:.4rem;margin:.7rem .7rem 0}',
  'footer{margin:1rem;color:var(--mu);font-size:.9rem}a{color:var(--ac)}',
].join('');

const CSS_HASH = createHash('sha256').update(CSS).digest('base64');

export const PUBLIC_PAGE_CSP = `default-src 'none'; style-src 'sha256-${CSS_HASH}'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe to place in HTML content and quoted attributes. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export function page(lang: Lang, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`
    + `<meta name="robots" content="noindex"><title>${esc(title)}</title><style>${CSS}</style></head><body><main>${body}</main></body></html>`;
}

export function sendPage(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('content-security-policy', PUBLIC_PAGE_CSP)
    .header('cache-control', 'no-store').header('vary', 'Accept-Language').header('referrer-policy', 'no-referrer').send(html);
}
