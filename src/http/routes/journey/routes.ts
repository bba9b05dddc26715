import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { getLotJourney } from '../../../services/epcis/journey-read.js';
import { recordJourneyStep } from '../../../services/epcis/journey-record.js';
import { type AdapterResult, exportLotForNationalPortal } from '../../../services/epcis/national-export.js';
import { exportLotScans } from '../../../services/epcis/platform-scans.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import { JourneyOutput, NationalExportInput, RecordJourneyInput, RecordJourneyOutput, ScanExportInput, ScanExportOutput } from './schema.js';

// A lot's journey (the producer's steps as EPCIS events), its national-portal export
// (Circular 02/2024/TT-BKHCN) and its buyers' scans as EPCIS OBSERVE events.

const tags = ['lots', 'epcis'];

function sendDataset(reply: FastifyReply, out: AdapterResult, disposition: 'attachment' | 'inline'): FastifyReply {
  return reply.type(out.contentType).header('content-disposition', `${disposition}; filename="${out.filename}"`).header('cache-control', 'no-store').send(out.body);
}

export const journeyRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/lots/:id/journey', {
    schema: { tags, summary: "The lot's journey: its EPCIS events in words, oldest first, with the producer's sales points and the step catalogue", params: IdParams, response: { 200: JourneyOutput, ...problems(400, 401, 404) } },
  }, async (request) => getLotJourney(ctx, { actor: requireActor(request), lotId: request.params.id }));

  app.post('/lots/:id/journey', {
    schema: {
      tags, summary: 'Record a journey step (raising, vaccinating, slaughter, packing, shipping, …); slaughter and packing may link leg rings to package stamps',
      params: IdParams, body: RecordJourneyInput, response: { 201: RecordJourneyOutput, ...problems(400, 401, 403, 404, 422) },
    },
  }, async (request, reply) => reply.code(201).send(await recordJourneyStep(ctx, { actor: requireActor(request), lotId: request.params.id, input: request.body })));

  app.get('/lots/:id/national-export', {
    schema: {
      tags, summary: 'The lot as the national traceability portal data set (Circular 02/2024/TT-BKHCN), JSON or CSV',
      params: IdParams, querystring: NationalExportInput, response: problems(400, 401, 404),
    },
  }, async (request, reply) => {
    const out = await exportLotForNationalPortal(ctx, { actor: requireActor(request), lotId: request.params.id, format: request.query.format });
    return sendDataset(reply, out, request.query.format === 'csv' ? 'attachment' : 'inline');
  });

  app.get('/lots/:id/scan-events', {
    schema: { tags, summary: "Buyers' scans of the lot's codes as an EPCIS 2.0 document of OBSERVE events (newest `limit`, in time order)", params: IdParams, querystring: ScanExportInput, response: { 200: ScanExportOutput, ...problems(400, 401, 404) } },
  }, async (request) => exportLotScans(ctx, { actor: requireActor(request), lotId: request.params.id, limit: request.query.limit }));
};
