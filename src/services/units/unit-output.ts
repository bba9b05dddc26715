import { z } from 'zod';
import type { UnitRow } from '../../db/repositories/units.js';

export const UnitOutput = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  type: z.string(),
  level: z.enum(['province', 'district', 'commune']),
  parentId: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
});
export type UnitView = z.infer<typeof UnitOutput>;

export function presentUnit(u: UnitRow): UnitView {
  return { id: u.id, code: u.code, name: u.name, type: u.type, level: u.level, parentId: u.parent_id, validFrom: u.valid_from, validTo: u.valid_to };
}
