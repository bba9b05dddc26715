import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { captureDocument } from '../../../services/epcis/capture-document.js';
import { getCaptureJob, listCaptureJobViews } from '../../../services/epcis/capture-jobs.js';
import { CAPTURE_MAX_BYTES, CAPTURE_MAX_EVENTS, CBV_VERSION, EPCIS_VERSION } from '../../../services/epcis/limits.js';
import { epcFormatOf } from '../../../services/epcis/present-event.js';
import { getEvent, queryEvents } from '../../../services/epcis/query-events.js';
import type { ServiceContext } from '../../../services/context.js';
import { problems } from '../../schemas.js';
import {
  CaptureHeaders, CaptureIdParams, CaptureInput, CaptureJobOutput, CaptureListQuery, EpcFormatHeaders, EpcisDocumentOutput, EventIdParams,
  EventOutput, EventsQuery,
} from './schema.js';

// The EPCIS 2.0 REST binding at /epcis (design §4: at the root, not under /api/v1): capture with
// jobs, the event query with the standard parameters, single events. Authentication is the
// platform's (session cookie or bearer token); authorization is in the services.

const tags = ['epcis'];

/** The identifier format a response uses, echoed in GS1-EPC-Format. */
function formatHeader(reply: FastifyReply, format: string | undefined): void {
  reply.header('GS1-EPC-Format', format === 'Always_EPC_URN' ? 'Always_EPC_URN' : format === 'Never_Translates' ? 'Never_Translates' : 'Always_GS1_Digital_Link');
}

/** The URL of the next page: the same query with nextPageToken replaced. */
function nextLink(url: string, token: string): string {
  const u = new URL(url, 'http://x');
  u.searchParams.set('nextPageToken', token);
  return `<${u.pathname}${u.search}>; rel="next"`;
}

export const epcisRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  // EPCIS clients send JSON-LD; parse it like JSON.
  app.addContentTypeParser('application/ld+json', { parseAs: 'string', bodyLimit: CAPTURE_MAX_BYTES }, app.getDefaultJsonParser('error', 'error'));
  // Every EPCIS response, errors included, names the standard versions it speaks.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('GS1-EPCIS-Version', EPCIS_VERSION).header('GS1-CBV-Version', CBV_VERSION);
  });

  app.options('/epcis/capture', { schema: { tags, summary: 'Capture interface discovery: versions, limits, error behaviour', response: { 204: z.null() } } }, async (_request, reply) => {
    return reply.code(204).headers({
      allow: 'OPTIONS, POST, GET', 'GS1-EPCIS-Min': EPCIS_VERSION, 'GS1-EPCIS-Max': EPCIS_VERSION, 'GS1-CBV-Min': CBV_VERSION, 'GS1-CBV-Max': CBV_VERSION,
      'GS1-EPC-Format': 'Always_GS1_Digital_Link', 'GS1-EPCIS-Capture-Limit': String(CAPTURE_MAX_EVENTS),
      'GS1-EPCIS-Capture-File-Size-Limit': String(CAPTURE_MAX_BYTES), 'GS1-Capture-Error-Behaviour': 'rollback, proceed',
    }).send(null);
  });

  app.post('/epcis/capture', {
    bodyLimit: CAPTURE_MAX_BYTES,
    schema: {
      tags, summary: 'Capture an EPCIS document; answers 202 with the capture job in Location', headers: CaptureHeaders, body: CaptureInput,
      response: { 202: CaptureJobOutput, ...problems(400, 401, 403, 413, 415) },
    },
  }, async (request, reply) => {
    const job = await captureDocument(ctx, { actor: request.actor, document: request.body, errorBehaviour: request.headers['gs1-capture-error-behaviour'] ?? 'rollback' });
    return reply.code(202).header('location', `/epcis/capture/${job.captureID}`).send(job);
  });

  app.get('/epcis/capture', {
    schema: { tags, summary: 'Capture jobs (province staff: all; producer members: their own), newest first', querystring: CaptureListQuery, response: { 200: z.array(CaptureJobOutput), ...problems(400, 401, 403) } },
  }, async (request, reply) => {
    const { perPage, nextPageToken } = request.query;
    const page = await listCaptureJobViews(ctx, { actor: request.actor, perPage, beforeId: nextPageToken === undefined ? undefined : Number(nextPageToken) });
    if (page.nextBeforeId !== undefined) reply.header('link', nextLink(request.url, String(page.nextBeforeId)));
    return page.jobs;
  });

  app.get('/epcis/capture/:captureID', {
    schema: { tags, summary: 'One capture job', params: CaptureIdParams, response: { 200: CaptureJobOutput, ...problems(400, 401, 403, 404) } },
  }, async (request) => {
    return getCaptureJob(ctx, { actor: request.actor, id: request.params.captureID });
  });

  app.get('/epcis/events', {
    schema: {
      tags, summary: 'Query events with the standard EPCIS 2.0 parameters (pipe-separated values); pages via Link rel="next"',
      querystring: EventsQuery, headers: EpcFormatHeaders, response: { 200: EpcisDocumentOutput, ...problems(400, 401, 403) },
    },
  }, async (request, reply) => {
    const header = request.headers['gs1-epc-format'];
    const result = await queryEvents(ctx, { actor: request.actor, params: request.query, format: epcFormatOf(header) });
    formatHeader(reply, header);
    if (result.nextPageToken !== undefined) reply.header('link', nextLink(request.url, result.nextPageToken));
    return reply.type('application/ld+json; charset=utf-8').send(result.document);
  });

  app.get('/epcis/events/:eventID', {
    schema: { tags, summary: 'One event by its (URL-encoded) eventID', params: EventIdParams, headers: EpcFormatHeaders, response: { 200: EventOutput, ...problems(401, 403, 404) } },
  }, async (request, reply) => {
    const header = request.headers['gs1-epc-format'];
    const event = await getEvent(ctx, { actor: request.actor, eventId: request.params.eventID, format: epcFormatOf(header) });
    formatHeader(reply, header);
    return reply.type('application/ld+json; charset=utf-8').send(event);
  });
};
