import type { FastifyReply, FastifyRequest } from 'fastify';

// HTTP caching of the open data: validators on every answer, 304 when the client's copy is
// current (If-None-Match wins over If-Modified-Since, RFC 9110 §13.2.2).

export const OPEN_DATA_CACHE = 'public, max-age=300';

function etagMatches(header: string, etag: string): boolean {
  const weak = (t: string) => t.trim().replace(/^W\//, '');
  return header.trim() === '*' || header.split(',').some((t) => weak(t) === weak(etag));
}

/** Sets the validators; true when the answer is 304 Not Modified (already sent). */
export function answerNotModified(request: FastifyRequest, reply: FastifyReply, v: { etag: string; lastModified: Date | null }): boolean {
  reply.header('etag', v.etag).header('cache-control', OPEN_DATA_CACHE).header('vary', 'Accept-Encoding');
  if (v.lastModified !== null) reply.header('last-modified', v.lastModified.toUTCString());
  const inm = request.headers['if-none-match'];
  const ims = request.headers['if-modified-since'];
  let fresh = false;
  if (inm !== undefined) fresh = etagMatches(inm, v.etag);
  else if (ims !== undefined && v.lastModified !== null) {
    const since = Date.parse(ims);
    // HTTP dates have whole seconds: compare at that precision.
    fresh = Number.isFinite(since) && Math.floor(v.lastModified.getTime() / 1000) <= Math.floor(since / 1000);
  }
  if (fresh) void reply.code(304).send();
  return fresh;
}
