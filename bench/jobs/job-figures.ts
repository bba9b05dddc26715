import { z } from 'zod';
import type { Engine } from '../lib/args.js';
import { runJob } from '../lib/child.js';
import { freshDb } from '../lib/engines.js';
import { type Row, progress } from '../lib/report.js';
import { median, round } from '../lib/stats.js';

// The figures measured by one-shot jobs: stamp issuance against a bare insert, and the label
// PDF against encoding the QR codes alone. Each round runs in fresh processes on a fresh database.

const Issued = z.object({ quantity: z.number(), rows: z.number(), seconds: z.number(), perSecond: z.number(), peakRssMb: z.number(), maxEventLoopStallMs: z.number() });
const Bare = z.object({ seconds: z.number(), perSecond: z.number() });
const Labels = z.object({
  quantity: z.number(),
  rounds: z.array(z.object({ seconds: z.number(), baselineSeconds: z.number(), labels: z.number(), pages: z.number(), bytes: z.number(), startRssMb: z.number(), maxRssMb: z.number() })),
});

const RSS_LIMIT_MB = 300;

export async function issuanceFigure(engine: Engine, opts: { rounds: number; quantity: number }): Promise<Row> {
  const runs: { issued: z.infer<typeof Issued>; bare: z.infer<typeof Bare> }[] = [];
  for (let r = 1; r <= opts.rounds; r += 1) {
    const db = await freshDb(engine);
    try {
      const bare = Bare.parse(await runJob('bench/jobs/bare-insert.ts', [String(opts.quantity)], db.env, { core: 0 }));
      const issued = Issued.parse(await runJob('bench/jobs/issue-codes.ts', [String(opts.quantity)], db.env, { core: 0 }));
      if (issued.rows < opts.quantity) throw new Error(`issuance wrote ${issued.rows} rows, expected at least ${opts.quantity}`);
      progress(`  round ${r}: ${Math.round(issued.perSecond)} codes/s (bare insert ${Math.round(bare.perSecond)}/s), peak RSS ${Math.round(issued.peakRssMb)} MB`);
      runs.push({ issued, bare });
    } finally {
      await db.dispose();
    }
  }
  const ratio = median(runs.map((r) => r.issued.perSecond / r.bare.perSecond));
  const peak = Math.max(...runs.map((r) => r.issued.peakRssMb));
  return {
    figure: 'stamp-issuance', engine, value: median(runs.map((r) => r.issued.perSecond)), unit: 'codes/s', baseline: median(runs.map((r) => r.bare.perSecond)), ratio,
    target: `≥ 0.5, peak RSS < ${RSS_LIMIT_MB} MB`, met: ratio >= 0.5 && peak < RSS_LIMIT_MB,
    detail: `${opts.quantity.toLocaleString('en-US')} codes in ${round(median(runs.map((r) => r.issued.seconds)), 1)} s; peak RSS ${Math.round(peak)} MB; worst event-loop stall ${Math.round(median(runs.map((r) => r.issued.maxEventLoopStallMs)))} ms`,
    rounds: runs,
  };
}

export async function labelFigure(engine: Engine, opts: { rounds: number; quantity: number }): Promise<Row> {
  const db = await freshDb(engine);
  try {
    const out = Labels.parse(await runJob('bench/jobs/label-sheet.ts', [String(opts.quantity), 'a4-5x13', String(opts.rounds)], db.env, { core: 0 }));
    const runs = out.rounds;
    const perSecond = median(runs.map((r) => r.labels / r.seconds));
    const ratio = median(runs.map((r) => r.baselineSeconds / r.seconds));
    const growth = median(runs.map((r) => r.maxRssMb - r.startRssMb));
    const first = runs[0];
    return {
      figure: 'label-pdf', engine, value: perSecond, unit: 'labels/s', baseline: median(runs.map((r) => r.labels / r.baselineSeconds)), ratio,
      target: '≥ 0.5, memory flat', met: ratio >= 0.5 && growth < 64,
      detail: `${opts.quantity.toLocaleString('en-US')} labels, ${first?.pages ?? 0} pages, ${Math.round((first?.bytes ?? 0) / 1048576)} MB PDF in ${round(median(runs.map((r) => r.seconds)), 1)} s; RSS max − start ${Math.round(growth)} MB (flat: < 64 MB)`,
      rounds: runs,
    };
  } finally {
    await db.dispose();
  }
}
