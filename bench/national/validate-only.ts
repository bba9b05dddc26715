import { validateEpcisDocument } from '../../src/services/epcis/validate-document.js';
import { epcisDocument } from './epcis-doc.js';

// The EPCIS baseline: JSON Schema validation alone (the platform's ajv validator over GS1's
// schema) of the same documents the capture figure posts. Prints events/s per round as JSON.
// Run: npx tsx bench/national/validate-only.ts [events] [rounds]

const events = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 3);
validateEpcisDocument(epcisDocument(10, 'warm'));
const perSecond: number[] = [];
for (let r = 0; r < rounds; r += 1) {
  // The capture figure parses the JSON body too, so the baseline does as well.
  const body = JSON.stringify(epcisDocument(events, `v${r}`));
  const started = performance.now();
  const issues = validateEpcisDocument(JSON.parse(body));
  const seconds = (performance.now() - started) / 1000;
  if (issues.length > 0) throw new Error(`the benchmark document does not validate: ${JSON.stringify(issues.slice(0, 3))}`);
  perSecond.push(events / seconds);
}
process.stdout.write(`${JSON.stringify({ events, perSecond })}\n`);
