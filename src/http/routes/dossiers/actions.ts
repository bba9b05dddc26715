import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recordDecision } from '../../../services/certificates/record-decision.js';
import { recordNationalResult } from '../../../services/certificates/record-national-result.js';
import type { ServiceContext } from '../../../services/context.js';
import { closeScoring } from '../../../services/councils/close-scoring.js';
import { provideEvidence, requestEvidence, sendToCouncil } from '../../../services/dossiers/advisory-review.js';
import { changeDossierState } from '../../../services/dossiers/change-dossier-state.js';
import { passCommuneReview, returnDossier } from '../../../services/dossiers/commune-review.js';
import { submitDossier } from '../../../services/dossiers/submit-dossier.js';
import type { Mailer } from '../../../services/notifications/mailer.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import {
  CloseScoringInput, DecisionInput, DossierDetailOutput, NationalResultInput, NoteInput, PassCommuneInput, RequestEvidenceInput, RequiredReasonInput,
  ReturnInput, SendToCouncilInput,
} from './schema.js';

// One route per workflow step (POST /dossiers/{id}/{action}); who may take it, from which state
// and with what reason is decided by the workflow data (src/rules/evaluation/dossier-workflow.json).

const tags = ['evaluation'];
const response = { 200: DossierDetailOutput, ...problems(400, 401, 403, 404, 409, 422) };
const schema = <B>(summary: string, body: B) => ({ tags, summary, params: IdParams, body, response });

export const dossierActionRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext; mailer: Mailer }> = async (app, { ctx, mailer }) => {
  const base = (request: { params: { id: number } } & Parameters<typeof requireActor>[0]) => ({ actor: requireActor(request), dossierId: request.params.id, mailer });

  app.post('/dossiers/:id/submit', { schema: schema('File the dossier at the commune (the producer); it must be complete', NoteInput.nullish()) },
    async (request) => submitDossier(ctx, { ...base(request), reason: request.body?.reason }));
  app.post('/dossiers/:id/accept_for_review', { schema: schema("Accept a filed dossier for the commune's pre-assessment (commune officer)", NoteInput.nullish()) },
    async (request) => changeDossierState(ctx, { ...base(request), action: 'accept_for_review', reason: request.body?.reason }));
  app.post('/dossiers/:id/return_to_producer', { schema: schema('Return the dossier to the producer with reasons (commune officer); the failed assessment contents can be the reasons', ReturnInput) },
    async (request) => returnDossier(ctx, { ...base(request), reason: request.body.reason, assessment: request.body.assessment }));
  app.post('/dossiers/:id/pass_commune_review', { schema: schema('Pass the dossier to the province: all 4 contents of Mẫu 03 satisfied (commune officer)', PassCommuneInput) },
    async (request) => passCommuneReview(ctx, { ...base(request), assessment: request.body.assessment, reason: request.body.reason }));
  app.post('/dossiers/:id/request_evidence', { schema: schema('Ask the producer for more evidence (province staff)', RequestEvidenceInput) },
    async (request) => requestEvidence(ctx, { ...base(request), reason: request.body.reason, types: request.body.types }));
  app.post('/dossiers/:id/provide_evidence', { schema: schema('Send the requested evidence back (the producer, after uploading it)', NoteInput.nullish()) },
    async (request) => provideEvidence(ctx, { ...base(request), reason: request.body?.reason }));
  app.post('/dossiers/:id/send_to_council', { schema: schema('Send the dossier to a council for scoring (province staff)', SendToCouncilInput) },
    async (request) => sendToCouncil(ctx, { ...base(request), councilId: request.body.councilId, reason: request.body.reason }));
  app.post('/dossiers/:id/close_scoring', { schema: schema("Close scoring (the council's chair or secretary): quorum, all scores, no spread left — or the chair's written override", CloseScoringInput.nullish()) },
    async (request) => closeScoring(ctx, { ...base(request), override: request.body?.override, reason: request.body?.reason }));
  app.post('/dossiers/:id/record_decision', { schema: schema('Record the decision (province staff): a certificate for 3★–4★, a result letter for 1★–2★, forwarding for a 5★ candidate', DecisionInput) },
    async (request) => recordDecision(ctx, { ...base(request), input: request.body }));
  app.post('/dossiers/:id/withdraw', { schema: schema('Withdraw the dossier (the producer)', NoteInput.nullish()) },
    async (request) => changeDossierState(ctx, { ...base(request), action: 'withdraw', reason: request.body?.reason }));
  app.post('/dossiers/:id/reject', { schema: schema('Reject the dossier with reasons (province staff in review; the council chair in scoring)', RequiredReasonInput) },
    async (request) => changeDossierState(ctx, { ...base(request), action: 'reject', reason: request.body.reason }));
  app.post('/dossiers/:id/national-result', { schema: schema("Record the Ministry's answer for a 5★ candidate (province staff)", NationalResultInput) },
    async (request) => recordNationalResult(ctx, { ...base(request), input: request.body }));
};
