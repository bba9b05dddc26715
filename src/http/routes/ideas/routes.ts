import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { changeIdeaStatus } from '../../../services/ideas/change-idea-status.js';
import { createIdea } from '../../../services/ideas/create-idea.js';
import { getIdea } from '../../../services/ideas/get-idea.js';
import { CreateIdeaInput, IdeaDetailOutput, IdeaOutput, UpdateIdeaInput } from '../../../services/ideas/idea-input.js';
import { listIdeas } from '../../../services/ideas/list-ideas.js';
import { updateIdea } from '../../../services/ideas/update-idea.js';
import { type Mailer, logMailer } from '../../../services/notifications/mailer.js';
import { pageOutput } from '../../../services/paging.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import { IDEA_ACTION_ROUTES, IdeaListQuery } from './schema.js';

export const ideaRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext; mailer?: Mailer }> = async (app, { ctx, mailer = logMailer(app.log) }) => {
  app.get('/ideas', {
    schema: { tags: ['cycle'], summary: 'Product ideas visible to the caller (own producer, own commune, or all for province staff)', querystring: IdeaListQuery, response: { 200: pageOutput(IdeaOutput), ...problems(400, 401, 403) } },
  }, async (request) => {
    const { page, pageSize, ...filter } = request.query;
    return listIdeas(ctx, { actor: requireActor(request), filter, page: { page, pageSize } });
  });

  app.get('/ideas/:id', {
    schema: { tags: ['cycle'], summary: 'One idea with its history and the actions open to the caller', params: IdParams, response: { 200: IdeaDetailOutput, ...problems(400, 401, 403, 404) } },
  }, async (request) => getIdea(ctx, { actor: requireActor(request), ideaId: request.params.id }));

  app.post('/ideas', {
    schema: { tags: ['cycle'], summary: 'Register a product idea as a draft (producer member, or commune officer on its behalf)', body: CreateIdeaInput, response: { 201: IdeaDetailOutput, ...problems(400, 401, 403, 422) } },
  }, async (request, reply) => reply.code(201).send(await createIdea(ctx, { actor: requireActor(request), input: request.body })));

  app.patch('/ideas/:id', {
    schema: { tags: ['cycle'], summary: 'Edit a draft or returned idea (the applicant)', params: IdParams, body: UpdateIdeaInput, response: { 200: IdeaDetailOutput, ...problems(400, 401, 403, 404, 409, 422) } },
  }, async (request) => updateIdea(ctx, { actor: requireActor(request), ideaId: request.params.id, input: request.body }));

  for (const { action, body, summary } of IDEA_ACTION_ROUTES) {
    app.post(`/ideas/:id/${action}`, {
      schema: { tags: ['cycle'], summary, params: IdParams, body, response: { 200: IdeaDetailOutput, ...problems(400, 401, 403, 404, 409, 422) } },
    }, async (request) => changeIdeaStatus(ctx, { actor: requireActor(request), ideaId: request.params.id, action, reason: request.body?.reason, mailer }));
  }
};
