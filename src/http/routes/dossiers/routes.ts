import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { renderResultLetterPdf } from '../../../documents/result-letter-pdf.js';
import { resultLetterDocument } from '../../../services/certificates/certificate-documents.js';
import type { ServiceContext } from '../../../services/context.js';
import { listScores } from '../../../services/councils/list-scores.js';
import { submitScore } from '../../../services/councils/submit-score.js';
import { createDossier } from '../../../services/dossiers/create-dossier.js';
import { getDossier } from '../../../services/dossiers/get-dossier.js';
import { getDossierGap } from '../../../services/dossiers/get-dossier-gap.js';
import { listDossiers } from '../../../services/dossiers/list-dossiers.js';
import { saveSelfAssessment } from '../../../services/dossiers/save-self-assessment.js';
import { type Mailer, logMailer } from '../../../services/notifications/mailer.js';
import { pageOutput } from '../../../services/paging.js';
import { requireActor } from '../../plugins/auth.js';
import { sendPdf } from '../certificates/send-file.js';
import { IdParams, problems } from '../../schemas.js';
import { dossierActionRoutes } from './actions.js';
import { evidenceRoutes } from './evidence.js';
import {
  ClassificationOutput, CreateDossierInput, DossierDetailOutput, DossierListQuery, DossierOutput, GapQuery, ScoreInput, ScoresOutput, SelfAssessmentInput, UpgradeOutput,
} from './schema.js';

const tags = ['evaluation'];

export const dossierRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext; mailer?: Mailer }> = async (app, { ctx, mailer = logMailer(app.log) }) => {
  app.get('/dossiers', {
    schema: { tags, summary: "Evaluation dossiers visible to the caller (own producer, own commune, own council's, or all for province staff)", querystring: DossierListQuery, response: { 200: pageOutput(DossierOutput), ...problems(400, 401) } },
  }, async (request) => {
    const { page, pageSize, ...filter } = request.query;
    return listDossiers(ctx, { actor: requireActor(request), filter, page: { page, pageSize } });
  });

  app.post('/dossiers', {
    schema: { tags, summary: 'Open a dossier for a product (producer member, or province staff on its behalf): first evaluation, re-evaluation or upgrade', body: CreateDossierInput, response: { 201: DossierDetailOutput, ...problems(400, 401, 403, 409, 422) } },
  }, async (request, reply) => reply.code(201).send(await createDossier(ctx, { actor: requireActor(request), input: request.body })));

  app.get('/dossiers/:id', {
    schema: { tags, summary: 'One dossier: history, clock, evidence, what is still needed and the steps open to the caller', params: IdParams, response: { 200: DossierDetailOutput, ...problems(400, 401, 404) } },
  }, async (request) => getDossier(ctx, { actor: requireActor(request), dossierId: request.params.id }));

  app.put('/dossiers/:id/self-assessment', {
    schema: { tags, summary: "Save the producer's self-assessment (complete answers) and classify it on the dossier's sheet", params: IdParams, body: SelfAssessmentInput, response: { 200: ClassificationOutput, ...problems(400, 401, 403, 404, 409, 422) } },
  }, async (request) => saveSelfAssessment(ctx, { actor: requireActor(request), dossierId: request.params.id, input: request.body }));

  app.get('/dossiers/:id/gap', {
    schema: { tags, summary: 'Gap analysis of the self-assessment: the cheapest improvements to the next (or target) star', params: IdParams, querystring: GapQuery, response: { 200: UpgradeOutput, ...problems(400, 401, 404, 409) } },
  }, async (request) => {
    const t = request.query.targetStar;
    return getDossierGap(ctx, { actor: requireActor(request), dossierId: request.params.id, targetStar: t === 2 || t === 3 || t === 4 || t === 5 ? t : undefined });
  });

  app.get('/dossiers/:id/scores', {
    schema: { tags, summary: "The council's scores as the caller may see them (a member sees others' sheets only after submitting their own)", params: IdParams, response: { 200: ScoresOutput, ...problems(400, 401, 404, 409) } },
  }, async (request) => listScores(ctx, { actor: requireActor(request), dossierId: request.params.id }));

  app.post('/dossiers/:id/scores', {
    schema: { tags, summary: "A council member's score sheet (once; again only when the spread rule flags them)", params: IdParams, body: ScoreInput, response: { 201: ScoresOutput, ...problems(400, 401, 403, 404, 409, 422) } },
  }, async (request, reply) => reply.code(201).send(await submitScore(ctx, { actor: requireActor(request), dossierId: request.params.id, input: request.body, mailer })));

  app.get('/dossiers/:id/result-letter.pdf', {
    schema: { tags, summary: 'The result letter (PDF) of a dossier ranked 1★–2★', params: IdParams, response: problems(400, 401, 404) },
  }, async (request, reply) => {
    const { number, data } = await resultLetterDocument(ctx, { actor: requireActor(request), dossierId: request.params.id });
    return sendPdf(reply, `thong-bao-${number}.pdf`, (out) => renderResultLetterPdf(data, out));
  });

  await app.register(dossierActionRoutes, { ctx, mailer });
  await app.register(evidenceRoutes, { ctx });
};
