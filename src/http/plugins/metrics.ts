import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Ops } from '../../services/ops/ops.js';
import { sendProblem } from './problem.js';

// Observability of one instance: every answered request is counted and timed per route template
// (`/api/v1/producers/:id`, never the raw URL, so label values stay few) and status, and the
// registry is served at GET /metrics in the Prometheus text format.
//
// Who may read /metrics (docs/operations.md):
//  - OCOP_METRICS_TOKEN set: any address presenting `Authorization: Bearer <token>`;
//  - otherwise only direct loopback requests: the socket peer is 127.0.0.1/::1 and the request
//    carries no X-Forwarded-For / Forwarded header (a request relayed by nginx on the same host
//    comes from loopback too, but always with those headers);
//  - OCOP_METRICS=off: no /metrics at all.
// Anyone else gets 404, as if the route did not exist.
//
// Request ids: an incoming X-Request-Id (from nginx's $request_id) is kept when it looks like an
// id, otherwise a UUID is made; pino writes it as reqId on every request log line and it goes back
// to the client as X-Request-Id.

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function genRequestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function metricsAllowed(request: FastifyRequest, token: string | undefined): boolean {
  if (token !== undefined) {
    const auth = request.headers.authorization ?? '';
    return auth.startsWith('Bearer ') && sameSecret(auth.slice(7), token);
  }
  const relayed = request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined;
  return !relayed && LOOPBACK.has(request.socket.remoteAddress ?? '');
}

function routeOf(request: FastifyRequest, reply: FastifyReply): string {
  const url = request.routeOptions.url;
  if (url !== undefined) return url;
  return reply.statusCode === 404 ? 'unmatched' : 'other';
}

export const metricsPlugin = fp(async function metrics(app: FastifyInstance, opts: { ops: Ops }) {
  const m = opts.ops.instruments;
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    const labels = { method: request.method, route: routeOf(request, reply), status: String(reply.statusCode) };
    m.httpRequests.inc(labels);
    m.httpDuration.observe(labels, reply.elapsedTime / 1000);
  });
  if (!opts.ops.metrics.enabled) return;
  app.get('/metrics', { schema: { hide: true }, logLevel: 'warn' }, async (request, reply) => {
    if (!metricsAllowed(request, opts.ops.metrics.token)) {
      return sendProblem(reply, { type: '/problems/not-found', status: 404, detail: 'Not found', instance: request.url });
    }
    reply.header('content-type', m.registry.contentType);
    reply.header('cache-control', 'no-store');
    return m.registry.metrics();
  });
});
