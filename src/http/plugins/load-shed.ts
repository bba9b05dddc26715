import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './problem.js';

// Sheds load before the process falls over: when more than `maxInFlight` requests are being
// handled at once, or the event loop is lagging by more than `maxLagMs`, new requests get a
// 503 problem with Retry-After instead of queueing behind the others. Health checks and metrics
// are exempt so that an overloaded instance still answers its load balancer and its scraper.

export type LoadShedOptions = {
  /** Requests handled at the same time above which new ones are refused (OCOP_MAX_IN_FLIGHT). */
  maxInFlight: number;
  /** Event-loop delay (ms, median over the last sample window) above which new requests are refused (OCOP_MAX_LAG_MS); 0 disables. */
  maxLagMs: number;
  /** Seconds clients are told to wait. */
  retryAfterSeconds?: number;
};

export const DEFAULT_LOAD_SHED: LoadShedOptions = { maxInFlight: 512, maxLagMs: 1000 };

const EXEMPT = ['/healthz', '/metrics'];
const SAMPLE_MS = 500;
const MIN_SAMPLES = 5;

function exempt(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  return EXEMPT.includes(path);
}

/**
 * Event-loop delay of the last window (median, ms), refreshed every SAMPLE_MS. The median over a
 * window with at least MIN_SAMPLES timer turns means sustained lag (every turn late), not one long
 * synchronous task such as a PDF render, which would make the mean jump on its own.
 */
function lagMonitor(enabled: boolean): { lagMs(): number; stop(): void } {
  if (!enabled) return { lagMs: () => 0, stop: () => undefined };
  const histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: 20 });
  histogram.enable();
  let current = 0;
  const timer = setInterval(() => {
    current = histogram.count >= MIN_SAMPLES ? histogram.percentile(50) / 1e6 : 0;
    histogram.reset();
  }, SAMPLE_MS);
  timer.unref();
  return {
    lagMs: () => current,
    stop: () => {
      clearInterval(timer);
      histogram.disable();
    },
  };
}

export const loadShedPlugin = fp(async function loadShed(app: FastifyInstance, opts: LoadShedOptions) {
  const retryAfter = String(opts.retryAfterSeconds ?? 2);
  const lag = lagMonitor(opts.maxLagMs > 0);
  let inFlight = 0;
  const counted = new WeakSet<FastifyRequest>();
  app.addHook('onClose', async () => lag.stop());
  app.addHook('onRequest', async (request, reply) => {
    if (exempt(request)) return;
    const overloaded = inFlight >= opts.maxInFlight || (opts.maxLagMs > 0 && lag.lagMs() > opts.maxLagMs);
    if (overloaded) {
      reply.header('retry-after', retryAfter);
      return sendProblem(reply, { type: '/problems/overloaded', status: 503, detail: 'The server is busy; retry after the time in Retry-After', instance: request.url });
    }
    inFlight += 1;
    counted.add(request);
  });
  const release = async (request: FastifyRequest) => {
    if (!counted.has(request)) return;
    counted.delete(request);
    inFlight -= 1;
  };
  app.addHook('onResponse', release);
  app.addHook('onRequestAbort', release);
});
