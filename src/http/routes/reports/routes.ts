import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { pageOutput } from '../../../services/paging.js';
import { getReport, getReportForm } from '../../../services/reports/get-report.js';
import { listReports } from '../../../services/reports/list-reports.js';
import { listMissingReports } from '../../../services/reports/missing-reports.js';
import {
  MissingReportsOutput, RemindInput, RemindOutput, ReportFormOutput, ReportOutput, ReportSummaryOutput, SaveReportInput,
} from '../../../services/reports/report-input.js';
import { saveReport } from '../../../services/reports/save-report.js';
import { sendReportReminders } from '../../../services/reports/send-report-reminders.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import { MissingQuery, ReportFormQuery, ReportListQuery } from './schema.js';

// Producers' yearly reports: the producer files its own; offices see their scope, the producers
// that have not filed, and remind them.

const tags = ['reports'];

export const reportRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/reports', {
    schema: { tags, summary: 'Yearly reports visible to the caller (own producer, own commune, or all for province staff)', querystring: ReportListQuery, response: { 200: pageOutput(ReportSummaryOutput), ...problems(400, 401, 403) } },
  }, async (request) => {
    const { page, pageSize, ...filter } = request.query;
    return listReports(ctx, { actor: requireActor(request), filter, page: { page, pageSize } });
  });

  app.get('/reports/missing', {
    schema: { tags, summary: 'Producers owing a report for the year (certificate in force) that have not filed it, with their unit (offices)', querystring: MissingQuery, response: { 200: MissingReportsOutput, ...problems(400, 401, 403) } },
  }, async (request) => listMissingReports(ctx, { actor: requireActor(request), year: request.query.year }));

  app.post('/reports/reminders', {
    schema: { tags, summary: 'Notify (in-app) the members of every producer in the caller\'s scope that has not filed its report for the year (offices)', body: RemindInput, response: { 200: RemindOutput, ...problems(400, 401, 403) } },
  }, async (request) => sendReportReminders(ctx, { actor: requireActor(request), input: request.body }));

  app.get('/reports/form', {
    schema: { tags, summary: 'The producer\'s report for a year (null if not started) and its products, for the report form', querystring: ReportFormQuery, response: { 200: ReportFormOutput, ...problems(400, 401, 403, 404, 422) } },
  }, async (request) => getReportForm(ctx, { actor: requireActor(request), producerId: request.query.producerId, year: request.query.year }));

  app.put('/reports', {
    schema: { tags, summary: 'Save the producer\'s report for a year: draft, file it, or correct it after filing (audited with before/after)', body: SaveReportInput, response: { 200: ReportOutput, ...problems(400, 401, 403, 404, 409, 422) } },
  }, async (request) => saveReport(ctx, { actor: requireActor(request), input: request.body }));

  app.get('/reports/:id', {
    schema: { tags, summary: 'One yearly report with its product lines', params: IdParams, response: { 200: ReportOutput, ...problems(400, 401, 403, 404) } },
  }, async (request) => getReport(ctx, { actor: requireActor(request), reportId: request.params.id }));
};
