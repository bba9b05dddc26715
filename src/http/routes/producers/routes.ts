import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../../services/context.js';
import { PageQuery, pageOutput } from '../../../services/paging.js';
import { createProducer } from '../../../services/producers/create-producer.js';
import { getProducer } from '../../../services/producers/get-producer.js';
import { listProducers } from '../../../services/producers/list-producers.js';
import { CreateProducerInput, ProducerOutput, ProducerTypeInput, UpdateProducerInput } from '../../../services/producers/producer-input.js';
import { updateProducer } from '../../../services/producers/update-producer.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';

const ProducerListQuery = PageQuery.extend({ q: z.string().max(100).optional(), type: ProducerTypeInput.optional() });

export const producerRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/producers', {
    schema: { tags: ['producers'], summary: 'Producers visible to the caller (scoped by role)', querystring: ProducerListQuery, response: { 200: pageOutput(ProducerOutput), ...problems(400, 401) } },
  }, async (request) => {
    const { page, pageSize, q, type } = request.query;
    return listProducers(ctx, { actor: requireActor(request), q, type, page: { page, pageSize } });
  });

  app.get('/producers/:id', {
    schema: { tags: ['producers'], summary: 'One producer', params: IdParams, response: { 200: ProducerOutput, ...problems(400, 401, 404) } },
  }, async (request) => getProducer(ctx, { actor: requireActor(request), producerId: request.params.id }));

  app.post('/producers', {
    schema: { tags: ['producers'], summary: 'Register a producer (province staff, or a commune officer in their commune)', body: CreateProducerInput, response: { 201: ProducerOutput, ...problems(400, 401, 403, 409, 422) } },
  }, async (request, reply) => reply.code(201).send(await createProducer(ctx, { actor: requireActor(request), input: request.body })));

  app.patch('/producers/:id', {
    schema: { tags: ['producers'], summary: "Edit a producer's record", params: IdParams, body: UpdateProducerInput, response: { 200: ProducerOutput, ...problems(400, 401, 403, 404, 409, 422) } },
  }, async (request) => updateProducer(ctx, { actor: requireActor(request), producerId: request.params.id, input: request.body }));
};
