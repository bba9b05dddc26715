// All product templates, by id.
import { CRAFT_TEMPLATES } from './templates-craft.js';
import { FARM_TEMPLATES } from './templates-farm.js';
import { FOREST_TEMPLATES } from './templates-forest.js';
import { SEA_TEMPLATES } from './templates-sea.js';
import type { ProductTemplate } from './template-types.js';

export const TEMPLATES: readonly ProductTemplate[] = [...FOREST_TEMPLATES, ...FARM_TEMPLATES, ...SEA_TEMPLATES, ...CRAFT_TEMPLATES];

const BY_ID = new Map(TEMPLATES.map((t) => [t.id, t]));

export function template(id: string): ProductTemplate {
  const found = BY_ID.get(id);
  if (found === undefined) throw new Error(`unknown product template '${id}'`);
  return found;
}
