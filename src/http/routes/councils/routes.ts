import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { createCouncil } from '../../../services/councils/create-council.js';
import { getCouncil, listCouncils } from '../../../services/councils/list-councils.js';
import { updateCouncil } from '../../../services/councils/update-council.js';
import { pageOutput } from '../../../services/paging.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import { CouncilListQuery, CouncilOutput, CreateCouncilInput, UpdateCouncilInput } from './schema.js';

const tags = ['evaluation'];

export const councilRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/councils', {
    schema: { tags, summary: 'Councils (province staff: all; council members: the ones they sit on)', querystring: CouncilListQuery, response: { 200: pageOutput(CouncilOutput), ...problems(400, 401, 403) } },
  }, async (request) => {
    const { page, pageSize, roundId } = request.query;
    return listCouncils(ctx, { actor: requireActor(request), roundId, page: { page, pageSize } });
  });

  app.post('/councils', {
    schema: { tags, summary: 'Form a council for a session: chair, secretary and members (province staff)', body: CreateCouncilInput, response: { 201: CouncilOutput, ...problems(400, 401, 403, 422) } },
  }, async (request, reply) => reply.code(201).send(await createCouncil(ctx, { actor: requireActor(request), input: request.body })));

  app.get('/councils/:id', {
    schema: { tags, summary: 'One council with its seats', params: IdParams, response: { 200: CouncilOutput, ...problems(400, 401, 404) } },
  }, async (request) => getCouncil(ctx, { actor: requireActor(request), councilId: request.params.id }));

  app.patch('/councils/:id', {
    schema: { tags, summary: 'Change a council: name, date, notes, or its seats (e.g. a member recorded absent)', params: IdParams, body: UpdateCouncilInput, response: { 200: CouncilOutput, ...problems(400, 401, 403, 404, 422) } },
  }, async (request) => updateCouncil(ctx, { actor: requireActor(request), councilId: request.params.id, input: request.body }));
};
