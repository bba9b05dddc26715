import { percentile } from '../lib/stats.js';

// Sequential request latency (one client, the server otherwise idle), bounded by a number of
// requests and a time budget, with every answer's status checked.

export type Latency = { samples: number[]; p95: number; median: number; failures: string[] };

export async function timedGets(url: string, headers: Record<string, string>, opts: { requests: number; seconds: number; status?: number; minimum?: number; warm?: boolean }): Promise<Latency> {
  const samples: number[] = [];
  const failures: string[] = [];
  const deadline = performance.now() + opts.seconds * 1000;
  // One unmeasured request: the first answer pays for cold caches and lazy initialisation.
  if (opts.warm !== false) await (await fetch(url, { headers })).arrayBuffer();
  const minimum = opts.minimum ?? 3;
  while (samples.length < opts.requests && (samples.length < minimum || performance.now() < deadline)) {
    const started = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    samples.push(performance.now() - started);
    if (res.status !== (opts.status ?? 200)) failures.push(`${res.status} ${url}`);
  }
  return { samples, p95: percentile(samples, 95), median: percentile(samples, 50), failures };
}
