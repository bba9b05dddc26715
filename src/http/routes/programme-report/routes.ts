import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { XLSX_MIME } from '../../../services/dashboard/table-files.js';
import { prepareProgrammeReportPdf, programmeReportWorkbook } from '../../../services/programme-report/programme-report.js';
import { requireActor } from '../../plugins/auth.js';
import { problems } from '../../schemas.js';
import { sendPdf } from '../certificates/send-file.js';
import { sendTableFile } from '../dashboard/routes.js';
import { ProgrammeReportInput, ProgrammeReportParams } from './schema.js';

const tags = ['dashboard'];

export const programmeReportRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/programme-report/:year.:format', {
    schema: {
      tags, summary: 'Yearly programme report (Vietnamese): PDF for the province leadership, or .xlsx with one sheet per table',
      params: ProgrammeReportParams, querystring: ProgrammeReportInput, response: problems(400, 401, 403, 404),
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const query = { year: request.params.year, ...request.query };
    if (request.params.format === 'xlsx') {
      const file = await programmeReportWorkbook(ctx, { actor, query });
      return sendTableFile(reply, { filename: file.filename, contentType: XLSX_MIME, body: file.body });
    }
    const pdf = await prepareProgrammeReportPdf(ctx, { actor, query });
    reply.header('cache-control', 'private, no-store');
    return sendPdf(reply, pdf.filename, pdf.render);
  });
};
