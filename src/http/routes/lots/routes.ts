import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { pageOutput } from '../../../services/paging.js';
import { bindStampsToLot } from '../../../services/stamps/bind-stamps.js';
import { createLot } from '../../../services/stamps/create-lot.js';
import { getLot, listLots } from '../../../services/stamps/get-lot.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import { BindOutput, CreateLotInput, LotListInput, LotOutput, StampSelectionInput } from './schema.js';

const tags = ['lots'];

export const lotRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.post('/lots', {
    schema: { tags, summary: 'Record a production lot (code, production and expiry dates, quantity, raw-material area, quality certificates)', body: CreateLotInput, response: { 201: LotOutput, ...problems(400, 401, 403, 404, 409) } },
  }, async (request, reply) => reply.code(201).send(await createLot(ctx, { actor: requireActor(request), input: request.body })));

  app.get('/lots', {
    schema: { tags, summary: 'Lots of the producers visible to the caller', querystring: LotListInput, response: { 200: pageOutput(LotOutput), ...problems(400, 401) } },
  }, async (request) => {
    const { page, pageSize, productId } = request.query;
    return listLots(ctx, { actor: requireActor(request), productId, page: { page, pageSize } });
  });

  app.get('/lots/:id', {
    schema: { tags, summary: 'One lot with the number of codes bound to it', params: IdParams, response: { 200: LotOutput, ...problems(400, 401, 404) } },
  }, async (request) => getLot(ctx, { actor: requireActor(request), lotId: request.params.id }));

  app.post('/lots/:id/stamps', {
    schema: {
      tags, summary: 'Bind issued codes to the lot (a label range of a batch, a serial range, or a list of serials); binding activates them',
      params: IdParams, body: StampSelectionInput, response: { 200: BindOutput, ...problems(400, 401, 403, 404, 422) },
    },
  }, async (request) => bindStampsToLot(ctx, { actor: requireActor(request), lotId: request.params.id, selection: request.body }));
};
