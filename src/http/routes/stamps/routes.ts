import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { pageOutput } from '../../../services/paging.js';
import { approveStampBatch } from '../../../services/stamps/approve-stamp-batch.js';
import { getStampBatch, listStampBatches } from '../../../services/stamps/get-stamp-batch.js';
import { prepareLabelSheet, prepareStampCodes } from '../../../services/stamps/label-sheet.js';
import { rejectStampBatch } from '../../../services/stamps/reject-stamp-batch.js';
import { releasePins } from '../../../services/stamps/release-pins.js';
import { requestStampBatch } from '../../../services/stamps/request-stamp-batch.js';
import type { StampRuntime } from '../../../services/stamps/stamp-runtime.js';
import { voidStampCodes } from '../../../services/stamps/void-stamps.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import { sendCodeList, sendLabelSheet, sendPinFile } from './download-reply.js';
import { BatchListInput, BatchOutput, LabelsQuery, RejectBatchInput, RequestBatchInput, VoidOutput, VoidStampsInput } from './schema.js';

const tags = ['stamps'];

export const stampRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext; stamps: StampRuntime }> = async (app, { ctx, stamps }) => {
  app.post('/stamp-batches', {
    schema: { tags, summary: 'Request a batch of stamps for a certified product (producer member or province staff)', body: RequestBatchInput, response: { 201: BatchOutput, ...problems(400, 401, 403, 422) } },
  }, async (request, reply) => reply.code(201).send(await requestStampBatch(ctx, { actor: requireActor(request), input: request.body })));

  app.get('/stamp-batches', {
    schema: { tags, summary: 'Stamp batches of the producers visible to the caller, newest first', querystring: BatchListInput, response: { 200: pageOutput(BatchOutput), ...problems(400, 401) } },
  }, async (request) => {
    const { page, pageSize, ...query } = request.query;
    return listStampBatches(ctx, { actor: requireActor(request), query, page: { page, pageSize } });
  });

  app.get('/stamp-batches/:id', {
    schema: { tags, summary: 'One batch with its issuing progress (codes written / quantity)', params: IdParams, response: { 200: BatchOutput, ...problems(400, 401, 404) } },
  }, async (request) => getStampBatch(ctx, { actor: requireActor(request), batchId: request.params.id }));

  app.post('/stamp-batches/:id/approve', {
    schema: { tags, summary: 'Approve a requested batch (province staff); issuing starts at once', params: IdParams, response: { 200: BatchOutput, ...problems(400, 401, 403, 404, 409, 422) } },
  }, async (request) => {
    const view = await approveStampBatch(ctx, { actor: requireActor(request), batchId: request.params.id });
    stamps.issuer.kick();
    return view;
  });

  app.post('/stamp-batches/:id/reject', {
    schema: { tags, summary: 'Reject a requested batch with a reason (province staff)', params: IdParams, body: RejectBatchInput, response: { 200: BatchOutput, ...problems(400, 401, 403, 404, 409) } },
  }, async (request) => rejectStampBatch(ctx, { actor: requireActor(request), batchId: request.params.id, reason: request.body.reason }));

  app.get('/stamp-batches/:id/labels.pdf', {
    schema: { tags, summary: 'Label sheets of an issued batch (PDF, streamed)', params: IdParams, querystring: LabelsQuery, produces: ['application/pdf'], response: problems(400, 401, 404, 409, 422) },
  }, async (request, reply) => {
    const abort = new AbortController();
    const job = await prepareLabelSheet(ctx, { actor: requireActor(request), batchId: request.params.id, ...request.query, signal: abort.signal });
    return sendLabelSheet(request, reply, job, abort);
  });

  app.get('/stamp-batches/:id/codes.csv', {
    schema: { tags, summary: 'The codes of an issued batch as CSV (serial, QR URL), for producers who print their own labels', params: IdParams, querystring: LabelsQuery.omit({ layout: true }), produces: ['text/csv'], response: problems(400, 401, 404, 409, 422) },
  }, async (request, reply) => {
    const abort = new AbortController();
    const codes = await prepareStampCodes(ctx, { actor: requireActor(request), batchId: request.params.id, ...request.query, signal: abort.signal }, 'codes');
    return sendCodeList(reply, codes, abort);
  });

  app.post('/stamp-batches/:id/pins', {
    schema: {
      tags, summary: 'Download the PINs of a qr_pin batch (CSV serial,pin) — once, by the requester; 410 afterwards',
      params: IdParams, produces: ['text/csv'], response: problems(400, 401, 403, 404, 409, 410),
    },
  }, async (request, reply) => {
    return sendPinFile(reply, await releasePins(ctx, { actor: requireActor(request), batchId: request.params.id }));
  });

  app.post('/stamps/void', {
    schema: { tags, summary: 'Void damaged, lost or stolen codes (a label range, a serial range or a list), with a reason', body: VoidStampsInput, response: { 200: VoidOutput, ...problems(400, 401, 403, 404, 422) } },
  }, async (request) => voidStampCodes(ctx, { actor: requireActor(request), input: request.body }));
};
