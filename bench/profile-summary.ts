import { readFileSync } from 'node:fs';
import { z } from 'zod';

// Summarises a V8 CPU profile (node --cpu-prof; the bench writes them with BENCH_CPU_PROF=dir):
// self time by function and by package, top entries, leaving out the first `skip` seconds (start-up).
// Run: npx tsx bench/profile-summary.ts <file.cpuprofile> [top] [skip seconds]

const Profile = z.object({
  nodes: z.array(z.object({ id: z.number(), callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }) })),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

const file = process.argv[2];
if (file === undefined) throw new Error('usage: tsx bench/profile-summary.ts <file.cpuprofile> [top]');
const top = Number(process.argv[3] ?? 25);
const skipUs = Number(process.argv[4] ?? 0) * 1e6;
let elapsed = 0;
const profile = Profile.parse(JSON.parse(readFileSync(file, 'utf8')));
const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
const selfUs = new Map<string, number>();
const byPackage = new Map<string, number>();
let total = 0;

function packageOf(url: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m?.[1] !== undefined) return m[1];
  if (url.includes('/src/')) return `src/${url.split('/src/')[1]?.split('/')[0] ?? ''}`;
  return url.startsWith('node:') ? 'node internals' : url === '' ? '(native/gc/idle)' : url;
}

profile.samples.forEach((id, i) => {
  const frame = byId.get(id);
  const dt = profile.timeDeltas[i] ?? 0;
  elapsed += dt;
  if (frame === undefined || elapsed < skipUs) return;
  total += dt;
  const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(node_modules|src)\//, '$1/')}:${frame.lineNumber + 1}`;
  selfUs.set(key, (selfUs.get(key) ?? 0) + dt);
  const pkg = packageOf(frame.url);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
});

const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
process.stdout.write(`total ${(total / 1e6).toFixed(1)} s sampled\n\nself time by package:\n`);
for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15)) process.stdout.write(`${pct(v)}  ${k}\n`);
process.stdout.write('\nself time by function:\n');
for (const [k, v] of [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${pct(v)}  ${k}\n`);
