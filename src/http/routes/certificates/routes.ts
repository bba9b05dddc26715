import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { renderCertificatePdf } from '../../../documents/certificate-pdf.js';
import { certificateDocument } from '../../../services/certificates/certificate-documents.js';
import { getCertificate } from '../../../services/certificates/get-certificate.js';
import { listCertificates } from '../../../services/certificates/list-certificates.js';
import { getPublicCertificate, PublicCertificateOutput } from '../../../services/certificates/public-certificate.js';
import { revokeCertificate } from '../../../services/certificates/revoke-certificate.js';
import type { ServiceContext } from '../../../services/context.js';
import { type Mailer, logMailer } from '../../../services/notifications/mailer.js';
import { pageOutput } from '../../../services/paging.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import { NumberParams, PUBLIC_RATE_LIMIT } from '../public-certificates/schema.js';
import { CertificateListQuery, CertificateOutput, RevokeInput } from './schema.js';
import { sendPdf } from './send-file.js';

const tags = ['certificates'];

export const certificateRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext; mailer?: Mailer }> = async (app, { ctx, mailer = logMailer(app.log) }) => {
  app.get('/certificates', {
    schema: { tags, summary: 'The register of OCOP certificates in the caller\'s scope, with their status today', querystring: CertificateListQuery, response: { 200: pageOutput(CertificateOutput), ...problems(400, 401) } },
  }, async (request) => {
    const { page, pageSize, ...filter } = request.query;
    return listCertificates(ctx, { actor: requireActor(request), filter, page: { page, pageSize } });
  });

  app.get('/certificates/:id', {
    schema: { tags, summary: 'One certificate', params: IdParams, response: { 200: CertificateOutput, ...problems(400, 401, 404) } },
  }, async (request) => getCertificate(ctx, { actor: requireActor(request), certificateId: request.params.id }));

  app.get('/certificates/:id/pdf', {
    schema: { tags, summary: 'The certificate as a PDF (A4 landscape; its QR code opens the public verification page)', params: IdParams, response: problems(400, 401, 404) },
  }, async (request, reply) => {
    const { number, data } = await certificateDocument(ctx, { actor: requireActor(request), certificateId: request.params.id });
    return sendPdf(reply, `${number}.pdf`, (out) => renderCertificatePdf(data, out));
  });

  app.post('/certificates/:id/revoke', {
    schema: { tags, summary: 'Revoke a certificate on recorded grounds (province staff)', params: IdParams, body: RevokeInput, response: { 200: CertificateOutput, ...problems(400, 401, 403, 404, 409, 422) } },
  }, async (request) => revokeCertificate(ctx, { actor: requireActor(request), certificateId: request.params.id, input: request.body, mailer }));

  app.get('/public/certificates/:number', {
    config: { rateLimit: PUBLIC_RATE_LIMIT },
    schema: { tags, summary: 'Public check of a certificate by its number (no sign-in): what it certifies and its status today', params: NumberParams, response: { 200: PublicCertificateOutput, ...problems(400, 404, 429) } },
  }, async (request) => getPublicCertificate(ctx, { number: request.params.number }));
};
