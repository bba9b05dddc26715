import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { certifiedProductIdsNamed, insertFair, replaceFairProducts } from '../../db/repositories/fairs.js';
import type { Tx } from '../context.js';

// Demo fairs (inside the demo seed's transaction): a few events in the coming months in Hạ Long,
// Móng Cái and Tiên Yên and one past one, each with demo products attached by name. Dates count
// from the seed day, so a fresh demo always has upcoming fairs.

const DemoFairs = z.object({
  note: z.string(),
  fairs: z.array(z.object({
    nameVi: z.string(), nameEn: z.string(), place: z.string(), unitId: z.string(), startsInDays: z.number().int(), days: z.number().int().min(1),
    description: z.string().nullable(), url: z.string().nullable(), products: z.array(z.string()),
  })),
});

const DEMO_FAIRS_FILE = new URL('../../rules/demo/fairs.json', import.meta.url);

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Returns how many fairs were written; products missing from the register are skipped. */
export async function loadDemoFairs(trx: Tx, opts: { today: string; at: string }): Promise<number> {
  const file = DemoFairs.parse(JSON.parse(readFileSync(DEMO_FAIRS_FILE, 'utf8')));
  for (const f of file.fairs) {
    const startsOn = addDays(opts.today, f.startsInDays);
    const row = await insertFair(trx, {
      name_vi: f.nameVi, name_en: f.nameEn, place: f.place, unit_id: f.unitId, starts_on: startsOn, ends_on: addDays(startsOn, f.days - 1),
      description: f.description, url: f.url, created_by: null, created_at: opts.at, updated_at: opts.at,
    });
    await replaceFairProducts(trx, row.id, await certifiedProductIdsNamed(trx, f.products));
  }
  return file.fairs.length;
}
