import { createHash } from 'node:crypto';
import { readMeta, writeMeta } from '../../db/repositories/app-meta.js';
import { replaceSuccessions, upsertUnits } from '../../db/repositories/units.js';
import type { UnitsData } from '../../domain/units.js';
import type { ServiceContext } from '../context.js';
import { forgetUnitScopes } from '../unit-scope.js';

const UNITS_HASH = 'units-data-sha256';

/**
 * Loads the administrative-units data file into the database (idempotent). Parents come before
 * children in the file, so foreign keys hold row by row. Called at every start so a corrected
 * data file reaches the database with the next deployment; the data's hash is kept so an
 * unchanged file costs one read (and several instances starting together do not rewrite it).
 * Returns the number of units written (0 when the database already holds this data).
 */
export async function loadUnits(ctx: ServiceContext, data: UnitsData): Promise<number> {
  const hash = createHash('sha256').update(JSON.stringify(data)).digest('hex');
  if ((await readMeta(ctx.db, UNITS_HASH)) === hash) return 0;
  await ctx.db.transaction().execute(async (trx) => {
    const ordered = [...data.units].sort((a, b) => levelRank(a.level) - levelRank(b.level));
    await upsertUnits(trx, ordered.map((u) => ({
      id: u.id, code: u.code, name: u.name, type: u.type, level: u.level, parent_id: u.parentId,
      valid_from: u.validFrom, valid_to: u.validTo, legal_basis: u.legalBasis ?? null, notes: u.notes ?? null,
    })));
    await replaceSuccessions(trx, data.succession.map((s) => ({ from_id: s.fromId, to_id: s.toId, partial: s.partial ? 1 : 0, effective: s.effective, legal_basis: s.legalBasis ?? null, notes: s.notes ?? null })));
    await writeMeta(trx, UNITS_HASH, hash);
  });
  forgetUnitScopes(ctx.db);
  return data.units.length;
}

function levelRank(level: 'province' | 'district' | 'commune'): number {
  return level === 'province' ? 0 : level === 'district' ? 1 : 2;
}
