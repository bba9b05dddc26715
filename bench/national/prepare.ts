import { SYSTEM_ACTOR } from '../../src/domain/roles.js';
import { createApiToken } from '../../src/services/auth/create-api-token.js';
import { seedNational } from '../../src/services/setup/seed-national.js';
import { openBenchRuntime } from '../lib/bench-runtime.js';

// The national-scale database for the dashboard, catalogue and EPCIS figures: demo data (for
// the accounts), an API token of the province admin, then `ocop seed --scale national`'s
// generator. Run: tsx bench/national/prepare.ts <scans> <seed>

const scans = Number(process.argv[2] ?? 20_000_000);
const seed = Number(process.argv[3] ?? 1);
const rt = await openBenchRuntime({ demo: true });
const { token } = await createApiToken(rt.ctx, { actor: SYSTEM_ACTOR, username: 'admin', name: 'bench' });
const result = await seedNational(rt.ctx, { seed, scale: { scans }, progress: (line) => process.stderr.write(`progress: ${line}\n`) });
// The commune with the most producers: the commune-level dashboard request.
const unit = await rt.ctx.db.selectFrom('producer').select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('unit_id').orderBy('n', 'desc').executeTakeFirstOrThrow();
await rt.database.close();
process.stdout.write(`${JSON.stringify({ token, unitId: unit.unit_id, generator: result })}\n`);
