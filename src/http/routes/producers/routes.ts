import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { pageOutput } from '../../../services/paging.js';
import { createProducer } from '../../../services/producers/create-producer.js';
import { deleteProducer } from '../../../services/producers/delete-producer.js';
import { getProducer } from '../../../services/producers/get-producer.js';
import { listProducerMembers } from '../../../services/producers/list-producer-members.js';
import { listProducers } from '../../../services/producers/list-producers.js';
import { updateProducer } from '../../../services/producers/update-producer.js';
import { prepareProducerExport } from '../../../services/registry-io/export-registry.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import { sendExport } from '../registry-io/export-reply.js';
import { CreateProducerInput, MembersOutput, ProducerExportInput, ProducerListInput, ProducerOutput, UpdateProducerInput } from './schema.js';

const tags = ['producers'];

export const producerRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/producers', {
    schema: { tags, summary: 'Producers visible to the caller (scoped by role), searchable and filterable', querystring: ProducerListInput, response: { 200: pageOutput(ProducerOutput), ...problems(400, 401) } },
  }, async (request) => {
    const { page, pageSize, ...query } = request.query;
    return listProducers(ctx, { actor: requireActor(request), query, page: { page, pageSize } });
  });

  for (const format of ['xlsx', 'csv'] as const) {
    app.get(`/producers.${format}`, {
      schema: { tags, summary: `Export the filtered producer list as .${format} (import layout)`, querystring: ProducerExportInput, response: problems(400, 401) },
    }, async (request, reply) => sendExport(reply, await prepareProducerExport(ctx, { actor: requireActor(request), query: request.query, format })));
  }

  app.get('/producers/:id', {
    schema: { tags, summary: 'One producer', params: IdParams, response: { 200: ProducerOutput, ...problems(400, 401, 404) } },
  }, async (request) => getProducer(ctx, { actor: requireActor(request), producerId: request.params.id }));

  app.get('/producers/:id/members', {
    schema: { tags, summary: "The producer's member accounts", params: IdParams, response: { 200: MembersOutput, ...problems(400, 401, 404) } },
  }, async (request) => ({ items: await listProducerMembers(ctx, { actor: requireActor(request), producerId: request.params.id }) }));

  app.post('/producers', {
    schema: { tags, summary: 'Register a producer (province staff, or a commune officer in their commune)', body: CreateProducerInput, response: { 201: ProducerOutput, ...problems(400, 401, 403, 409, 422) } },
  }, async (request, reply) => reply.code(201).send(await createProducer(ctx, { actor: requireActor(request), input: request.body })));

  app.patch('/producers/:id', {
    schema: { tags, summary: "Edit a producer's record", params: IdParams, body: UpdateProducerInput, response: { 200: ProducerOutput, ...problems(400, 401, 403, 404, 409, 422) } },
  }, async (request) => updateProducer(ctx, { actor: requireActor(request), producerId: request.params.id, input: request.body }));

  app.delete('/producers/:id', {
    schema: { tags, summary: 'Remove a producer registered by mistake (no products, no member accounts)', params: IdParams, response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    await deleteProducer(ctx, { actor: requireActor(request), producerId: request.params.id });
    return reply.code(204).send(null);
  });
};
