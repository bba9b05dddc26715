import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../../services/context.js';
import { CreateFairInput, FairOutput, UpdateFairInput } from '../../../services/fairs/fair-input.js';
import { createFair, deleteFair, updateFair } from '../../../services/fairs/manage-fairs.js';
import { getFair, listFairs } from '../../../services/fairs/read-fairs.js';
import { pageOutput } from '../../../services/paging.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import { FairListQuery } from './schema.js';

const tags = ['catalogue'];

export const fairRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/fairs', {
    schema: { tags, summary: 'Fairs and events calendar, by start date (any signed-in user)', querystring: FairListQuery, response: { 200: pageOutput(FairOutput), ...problems(400, 401) } },
  }, async (request) => {
    const { from, to, page, pageSize } = request.query;
    return listFairs(ctx, { actor: requireActor(request), from, to, page: { page, pageSize } });
  });

  app.get('/fairs/:id', {
    schema: { tags, summary: 'One fair with the products it shows', params: IdParams, response: { 200: FairOutput, ...problems(400, 401, 404) } },
  }, async (request) => getFair(ctx, { actor: requireActor(request), fairId: request.params.id }));

  app.post('/fairs', {
    schema: { tags, summary: 'Add a fair to the calendar (province staff)', body: CreateFairInput, response: { 201: FairOutput, ...problems(400, 401, 403, 422) } },
  }, async (request, reply) => reply.code(201).send(await createFair(ctx, { actor: requireActor(request), input: request.body })));

  app.patch('/fairs/:id', {
    schema: { tags, summary: 'Change a fair; productIds, when sent, replaces the list (province staff)', params: IdParams, body: UpdateFairInput, response: { 200: FairOutput, ...problems(400, 401, 403, 404, 422) } },
  }, async (request) => updateFair(ctx, { actor: requireActor(request), fairId: request.params.id, input: request.body }));

  app.delete('/fairs/:id', {
    schema: { tags, summary: 'Remove a fair from the calendar (province staff)', params: IdParams, response: { 204: z.null(), ...problems(400, 401, 403, 404) } },
  }, async (request, reply) => {
    await deleteFair(ctx, { actor: requireActor(request), fairId: request.params.id });
    return reply.code(204).send(null);
  });
};
