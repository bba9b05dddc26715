import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { pageOutput } from '../../../services/paging.js';
import { getSupport } from '../../../services/support/get-support.js';
import { listSupport } from '../../../services/support/list-support.js';
import { recordSupport } from '../../../services/support/record-support.js';
import { summarizeSupport } from '../../../services/support/summarize-support.js';
import { RecordSupportInput, SupportOutput, SupportSummaryOutput, UpdateSupportInput } from '../../../services/support/support-input.js';
import { updateSupport } from '../../../services/support/update-support.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import { SupportListQuery, SupportSummaryQuery } from './schema.js';

export const supportRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/support', {
    schema: { tags: ['cycle'], summary: 'Support activities visible to the caller (own producer, own commune, or all for province staff)', querystring: SupportListQuery, response: { 200: pageOutput(SupportOutput), ...problems(400, 401, 403) } },
  }, async (request) => {
    const { page, pageSize, ...filter } = request.query;
    return listSupport(ctx, { actor: requireActor(request), filter, page: { page, pageSize } });
  });

  app.get('/support/summary', {
    schema: { tags: ['cycle'], summary: 'Money mobilised in a year by funding source, and the State budget share (over the caller\'s scope)', querystring: SupportSummaryQuery, response: { 200: SupportSummaryOutput, ...problems(400, 401, 403) } },
  }, async (request) => summarizeSupport(ctx, { actor: requireActor(request), year: request.query.year, producerId: request.query.producerId }));

  app.get('/support/:id', {
    schema: { tags: ['cycle'], summary: 'One support activity', params: IdParams, response: { 200: SupportOutput, ...problems(400, 401, 403, 404) } },
  }, async (request) => getSupport(ctx, { actor: requireActor(request), supportId: request.params.id }));

  app.post('/support', {
    schema: { tags: ['cycle'], summary: 'Record a support activity for a producer (province staff, or the commune officer in their commune)', body: RecordSupportInput, response: { 201: SupportOutput, ...problems(400, 401, 403, 422) } },
  }, async (request, reply) => reply.code(201).send(await recordSupport(ctx, { actor: requireActor(request), input: request.body })));

  app.patch('/support/:id', {
    schema: { tags: ['cycle'], summary: 'Correct a support activity (province staff, or the commune officer in their commune)', params: IdParams, body: UpdateSupportInput, response: { 200: SupportOutput, ...problems(400, 401, 403, 404, 422) } },
  }, async (request) => updateSupport(ctx, { actor: requireActor(request), supportId: request.params.id, input: request.body }));
};
