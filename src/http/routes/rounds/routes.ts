import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { pageOutput } from '../../../services/paging.js';
import { createRound } from '../../../services/rounds/create-round.js';
import { getRound } from '../../../services/rounds/get-round.js';
import { listRounds } from '../../../services/rounds/list-rounds.js';
import { CreateRoundInput, RoundOutput, UpdateRoundInput } from '../../../services/rounds/round-input.js';
import { updateRound } from '../../../services/rounds/update-round.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import { RoundListQuery } from './schema.js';

export const roundRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/rounds', {
    schema: { tags: ['cycle'], summary: 'Rounds of the yearly OCOP cycle, newest first (any signed-in user)', querystring: RoundListQuery, response: { 200: pageOutput(RoundOutput), ...problems(400, 401) } },
  }, async (request) => {
    const { year, page, pageSize } = request.query;
    return listRounds(ctx, { actor: requireActor(request), year, page: { page, pageSize } });
  });

  app.get('/rounds/:id', {
    schema: { tags: ['cycle'], summary: 'One round with its step dates and current step', params: IdParams, response: { 200: RoundOutput, ...problems(400, 401, 404) } },
  }, async (request) => getRound(ctx, { actor: requireActor(request), roundId: request.params.id }));

  app.post('/rounds', {
    schema: { tags: ['cycle'], summary: 'Open a round with its step dates (province staff)', body: CreateRoundInput, response: { 201: RoundOutput, ...problems(400, 401, 403, 409, 422) } },
  }, async (request, reply) => reply.code(201).send(await createRound(ctx, { actor: requireActor(request), input: request.body })));

  app.patch('/rounds/:id', {
    schema: { tags: ['cycle'], summary: "Change a round's name or dates (province staff); dates must stay in order", params: IdParams, body: UpdateRoundInput, response: { 200: RoundOutput, ...problems(400, 401, 403, 404, 409, 422) } },
  }, async (request) => updateRound(ctx, { actor: requireActor(request), roundId: request.params.id, input: request.body }));
};
