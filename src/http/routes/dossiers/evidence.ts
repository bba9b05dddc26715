import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { addEvidence } from '../../../services/dossiers/add-evidence.js';
import { getDossier } from '../../../services/dossiers/get-dossier.js';
import { deleteEvidence, getEvidenceFile } from '../../../services/dossiers/evidence-files.js';
import { MAX_EVIDENCE_BYTES } from '../../../services/dossiers/evidence-store.js';
import { notFound } from '../../../services/errors.js';
import { requireActor } from '../../plugins/auth.js';
import { readUpload } from '../../plugins/multipart.js';
import { sendStream } from '../certificates/send-file.js';
import { IdParams, problems } from '../../schemas.js';
import { EvidenceOutput, EvidenceParams, EvidenceQuery } from './schema.js';

const tags = ['evaluation'];

export const evidenceRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.post('/dossiers/:id/evidence', {
    schema: {
      tags, summary: `Upload a typed evidence document (multipart/form-data, one file: PDF, JPEG, PNG or WebP up to ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB)`,
      consumes: ['multipart/form-data'], params: IdParams, querystring: EvidenceQuery, response: { 201: EvidenceOutput, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const bytes = await readUpload(request, MAX_EVIDENCE_BYTES);
    return reply.code(201).send(await addEvidence(ctx, { actor, dossierId: request.params.id, type: request.query.type, validUntil: request.query.validUntil, bytes }));
  });

  app.get('/dossiers/:id/evidence', {
    schema: { tags, summary: "The dossier's evidence documents", params: IdParams, response: { 200: z.object({ items: z.array(EvidenceOutput) }), ...problems(400, 401, 404) } },
  }, async (request) => ({ items: (await getDossier(ctx, { actor: requireActor(request), dossierId: request.params.id })).evidence }));

  app.get('/dossiers/:id/evidence/:evidenceId', {
    schema: { tags, summary: 'One evidence document as uploaded (served as an attachment)', params: EvidenceParams, response: problems(400, 401, 404) },
  }, async (request, reply) => {
    const file = await getEvidenceFile(ctx, { actor: requireActor(request), dossierId: request.params.id, evidenceId: request.params.evidenceId });
    const size = await stat(file.path).then((s) => s.size).catch(() => undefined);
    if (size === undefined) throw notFound('Evidence file');
    reply.header('cache-control', 'private, no-cache').header('etag', file.etag).header('x-content-type-options', 'nosniff');
    reply.header('content-disposition', `attachment; filename="${file.downloadName}"`);
    return sendStream(reply.header('content-length', size), file.mime, createReadStream(file.path));
  });

  app.delete('/dossiers/:id/evidence/:evidenceId', {
    schema: { tags, summary: 'Remove an evidence document while the dossier is with the producer', params: EvidenceParams, response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    await deleteEvidence(ctx, { actor: requireActor(request), dossierId: request.params.id, evidenceId: request.params.evidenceId });
    return reply.code(204).send(null);
  });
};
