import { z } from 'zod';
import type { Engine } from '../lib/args.js';
import { runJob } from '../lib/child.js';
import { type Row, notMeasured, progress } from '../lib/report.js';
import { median, percentile, round } from '../lib/stats.js';
import { epcisDocument } from './epcis-doc.js';
import { timedGets } from './latency.js';
import type { NationalOptions, Target } from './national-figures.js';

// Catalogue search (public pages, with and without diacritics) and EPCIS capture over the
// national-scale set.

/** The same searches typed with and without Vietnamese diacritics, plus filters. */
export const CATALOGUE_QUERIES = [
  'q=chè', 'q=che', 'q=mật ong', 'q=mat ong', 'q=Tiên Yên', 'q=tien yen', 'q=nước mắm', 'q=nuoc mam', 'q=trà hoa vàng', 'q=tra hoa vang',
  'q=miến dong bình liêu', 'q=mien dong binh lieu', 'star=5', 'star=4&page=3', 'q=rượu&star=3',
] as const;

const CATALOGUE_TARGET = 'p95 < 50 ms';

export async function catalogueFigure(engine: Engine, t: Target, opts: NationalOptions): Promise<Row> {
  const probe = await fetch(`${t.url}/catalogue/?q=che`);
  await probe.arrayBuffer();
  if (probe.status !== 200) return notMeasured('catalogue-search', engine, CATALOGUE_TARGET, `GET /catalogue/?q=che answered ${probe.status}`);
  progress(`national/${engine}: catalogue search`);
  const samples: number[] = [];
  const failures: string[] = [];
  // The public pages allow 120 requests a minute per client: stay under it.
  const perQuery = Math.max(2, Math.min(6, Math.floor(100 / CATALOGUE_QUERIES.length)));
  for (const q of CATALOGUE_QUERIES) {
    const l = await timedGets(`${t.url}/catalogue/?${encodeURI(q)}`, {}, { requests: perQuery, seconds: opts.seconds });
    samples.push(...l.samples);
    failures.push(...l.failures);
  }
  const p95 = percentile(samples, 95);
  return {
    figure: 'catalogue-search', engine, value: p95, unit: 'ms p95', baseline: undefined, ratio: undefined, target: CATALOGUE_TARGET, met: failures.length === 0 && p95 < 50,
    detail: `${failures.length === 0 ? '' : `FAILED: ${failures[0] ?? ''}; `}median ${round(percentile(samples, 50), 1)} ms; ${CATALOGUE_QUERIES.length} searches × ${perQuery}, with and without diacritics`,
  };
}

const Validation = z.object({ events: z.number(), perSecond: z.array(z.number()) });
const Captured = z.object({ success: z.boolean(), storedCount: z.number(), eventCount: z.number() });
const EPCIS_TARGET = '≥ 0.5';

export async function epcisFigure(engine: Engine, t: Target, opts: NationalOptions): Promise<Row> {
  const probe = await fetch(`${t.url}/epcis/capture`, { method: 'OPTIONS', headers: t.auth });
  await probe.arrayBuffer();
  if (probe.status === 404) return notMeasured('epcis-capture', engine, EPCIS_TARGET, 'POST /epcis/capture does not exist yet');
  progress(`national/${engine}: EPCIS capture`);
  const validation = Validation.parse(await runJob('bench/national/validate-only.ts', [String(opts.epcisEvents), String(opts.rounds)], {}, { core: 0 }));
  const perSecond: number[] = [];
  for (let r = 0; r < opts.rounds; r += 1) {
    const body = JSON.stringify(epcisDocument(opts.epcisEvents, `${engine}${r}`));
    const started = performance.now();
    const res = await fetch(`${t.url}/epcis/capture`, { method: 'POST', headers: { ...t.auth, 'content-type': 'application/ld+json' }, body });
    const text = await res.text();
    const seconds = (performance.now() - started) / 1000;
    const job = res.status === 202 ? Captured.safeParse(JSON.parse(text)) : undefined;
    if (job?.success !== true || !job.data.success || job.data.storedCount !== opts.epcisEvents) {
      throw new Error(`EPCIS capture did not store every event (HTTP ${res.status}): ${text.slice(0, 500)}`);
    }
    perSecond.push(opts.epcisEvents / seconds);
  }
  const value = median(perSecond);
  const baseline = median(validation.perSecond);
  return {
    figure: 'epcis-capture', engine, value, unit: 'events/s', baseline, ratio: value / baseline, target: EPCIS_TARGET, met: value / baseline >= 0.5,
    detail: `${opts.rounds} captures of ${opts.epcisEvents} ObjectEvents (HTTP, JSON parse, schema, store); baseline: ajv schema validation alone`,
  };
}
