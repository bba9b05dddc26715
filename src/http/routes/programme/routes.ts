import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { createFunding, deleteFunding, listFunding, updateFunding } from '../../../services/programme/funding.js';
import {
  FundingInput, FundingListOutput, FundingOutput, FundingPatch, ProgrammeYearQuery, TargetInput, TargetOutput, TargetPatch,
} from '../../../services/programme/programme-input.js';
import { createTarget, deleteTarget, listTargets, updateTarget } from '../../../services/programme/targets.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';

// Funding mobilised per year and source, and the province's targets (kept by province staff,
// read by every OCOP office).

const tags = ['programme'];

export const programmeRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/programme/funding', {
    schema: { tags, summary: 'Funding records and per-year totals with the provincial budget share', querystring: ProgrammeYearQuery, response: { 200: FundingListOutput, ...problems(400, 401, 403) } },
  }, async (request) => listFunding(ctx, { actor: requireActor(request), year: request.query.year }));

  app.post('/programme/funding', {
    schema: { tags, summary: 'Record money mobilised in a year from one source (province staff)', body: FundingInput, response: { 201: FundingOutput, ...problems(400, 401, 403, 422) } },
  }, async (request, reply) => reply.code(201).send(await createFunding(ctx, { actor: requireActor(request), input: request.body })));

  app.patch('/programme/funding/:id', {
    schema: { tags, summary: 'Correct a funding record (province staff)', params: IdParams, body: FundingPatch, response: { 200: FundingOutput, ...problems(400, 401, 403, 404, 422) } },
  }, async (request) => updateFunding(ctx, { actor: requireActor(request), fundingId: request.params.id, input: request.body }));

  app.delete('/programme/funding/:id', {
    schema: { tags, summary: 'Remove a funding record (province staff)', params: IdParams, response: { 204: z.null(), ...problems(400, 401, 403, 404) } },
  }, async (request, reply) => {
    await deleteFunding(ctx, { actor: requireActor(request), fundingId: request.params.id });
    return reply.code(204).send(null);
  });

  app.get('/programme/targets', {
    schema: { tags, summary: 'Targets the province has set', querystring: ProgrammeYearQuery, response: { 200: z.object({ items: z.array(TargetOutput) }), ...problems(400, 401, 403) } },
  }, async (request) => ({ items: await listTargets(ctx, { actor: requireActor(request), year: request.query.year }) }));

  app.post('/programme/targets', {
    schema: { tags, summary: 'Set a target (one per year, metric and unit; province staff)', body: TargetInput, response: { 201: TargetOutput, ...problems(400, 401, 403, 409, 422) } },
  }, async (request, reply) => reply.code(201).send(await createTarget(ctx, { actor: requireActor(request), input: request.body })));

  app.patch('/programme/targets/:id', {
    schema: { tags, summary: 'Change a target (province staff)', params: IdParams, body: TargetPatch, response: { 200: TargetOutput, ...problems(400, 401, 403, 404, 409, 422) } },
  }, async (request) => updateTarget(ctx, { actor: requireActor(request), targetId: request.params.id, input: request.body }));

  app.delete('/programme/targets/:id', {
    schema: { tags, summary: 'Remove a target (province staff)', params: IdParams, response: { 204: z.null(), ...problems(400, 401, 403, 404) } },
  }, async (request, reply) => {
    await deleteTarget(ctx, { actor: requireActor(request), targetId: request.params.id });
    return reply.code(204).send(null);
  });
};
