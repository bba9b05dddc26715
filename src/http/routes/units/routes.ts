import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../../services/context.js';
import { getUnit, listUnits } from '../../../services/units/list-units.js';
import { UnitOutput } from '../../../services/units/unit-output.js';
import { DateString, problems } from '../../schemas.js';

const UnitQuery = z.object({
  level: z.enum(['province', 'district', 'commune']).optional(),
  at: DateString.optional().describe('only units valid on this date'),
  q: z.string().max(100).optional().describe('name (diacritics-insensitive) or code'),
  parentId: z.string().max(40).optional(),
});

const UnitLink = z.object({ unit: UnitOutput, partial: z.boolean(), effective: z.string() });

// Units are public reference data: no sign-in needed.
export const unitRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/units', {
    schema: { tags: ['units'], summary: 'List administrative units, before and after the 2025 reorganisation', querystring: UnitQuery, response: { 200: z.object({ items: z.array(UnitOutput) }), ...problems(400) } },
  }, async (request) => ({ items: await listUnits(ctx, request.query) }));

  app.get('/units/:id', {
    schema: { tags: ['units'], summary: 'One unit with the units it became part of and the units it was formed from', params: z.object({ id: z.string().max(40) }), response: { 200: z.object({ unit: UnitOutput, successors: z.array(UnitLink), predecessors: z.array(UnitLink) }), ...problems(404) } },
  }, async (request) => getUnit(ctx, request.params.id));
};
