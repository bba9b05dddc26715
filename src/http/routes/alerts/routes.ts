import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { pageOutput } from '../../../services/paging.js';
import { getAlert, listAlerts, settleAlert } from '../../../services/scans/alerts.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import { AlertAckInput, AlertListInput, AlertNoteInput, AlertOutput } from './schema.js';

const tags = ['alerts'];

export const alertRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/alerts', {
    schema: { tags, summary: 'Counterfeit alerts: a producer its own, a commune officer its commune, province staff all', querystring: AlertListInput, response: { 200: pageOutput(AlertOutput), ...problems(400, 401, 403) } },
  }, async (request) => {
    const { page, pageSize, ...query } = request.query;
    return listAlerts(ctx, { actor: requireActor(request), query, page: { page, pageSize } });
  });

  app.get('/alerts/:id', {
    schema: { tags, summary: 'One alert', params: IdParams, response: { 200: AlertOutput, ...problems(400, 401, 403, 404) } },
  }, async (request) => getAlert(ctx, { actor: requireActor(request), alertId: request.params.id }));

  app.post('/alerts/:id/acknowledge', {
    schema: { tags, summary: 'Acknowledge an open alert, optionally with a note', params: IdParams, body: AlertAckInput, response: { 200: AlertOutput, ...problems(400, 401, 403, 404, 409) } },
  }, async (request) => settleAlert(ctx, { actor: requireActor(request), alertId: request.params.id, action: 'acknowledge', note: request.body.note }));

  app.post('/alerts/:id/close', {
    schema: { tags, summary: 'Close an alert with a note saying what was done', params: IdParams, body: AlertNoteInput, response: { 200: AlertOutput, ...problems(400, 401, 403, 404, 409) } },
  }, async (request) => settleAlert(ctx, { actor: requireActor(request), alertId: request.params.id, action: 'close', note: request.body.note }));
};
