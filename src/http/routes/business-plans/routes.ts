import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { changePlanStatus } from '../../../services/business-plans/change-plan-status.js';
import { createPlan } from '../../../services/business-plans/create-plan.js';
import { getPlan } from '../../../services/business-plans/get-plan.js';
import { listPlans } from '../../../services/business-plans/list-plans.js';
import { CreatePlanInput, PlanDetailOutput, PlanOutput, UpdatePlanInput } from '../../../services/business-plans/plan-input.js';
import { updatePlan } from '../../../services/business-plans/update-plan.js';
import type { ServiceContext } from '../../../services/context.js';
import { type Mailer, logMailer } from '../../../services/notifications/mailer.js';
import { pageOutput } from '../../../services/paging.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import { PLAN_ACTION_ROUTES, PlanListQuery } from './schema.js';

export const businessPlanRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext; mailer?: Mailer }> = async (app, { ctx, mailer = logMailer(app.log) }) => {
  app.get('/business-plans', {
    schema: { tags: ['cycle'], summary: 'Business plans visible to the caller (own producer, own commune, or all for province staff)', querystring: PlanListQuery, response: { 200: pageOutput(PlanOutput), ...problems(400, 401, 403) } },
  }, async (request) => {
    const { page, pageSize, ...filter } = request.query;
    return listPlans(ctx, { actor: requireActor(request), filter, page: { page, pageSize } });
  });

  app.get('/business-plans/:id', {
    schema: { tags: ['cycle'], summary: 'One business plan with its history and the actions open to the caller', params: IdParams, response: { 200: PlanDetailOutput, ...problems(400, 401, 403, 404) } },
  }, async (request) => getPlan(ctx, { actor: requireActor(request), planId: request.params.id }));

  app.post('/business-plans', {
    schema: { tags: ['cycle'], summary: 'Draft the business plan of an accepted idea (the producer or its commune officer)', body: CreatePlanInput, response: { 201: PlanDetailOutput, ...problems(400, 401, 403, 409, 422) } },
  }, async (request, reply) => reply.code(201).send(await createPlan(ctx, { actor: requireActor(request), input: request.body })));

  app.patch('/business-plans/:id', {
    schema: { tags: ['cycle'], summary: 'Edit a draft or returned business plan (the applicant)', params: IdParams, body: UpdatePlanInput, response: { 200: PlanDetailOutput, ...problems(400, 401, 403, 404, 409, 422) } },
  }, async (request) => updatePlan(ctx, { actor: requireActor(request), planId: request.params.id, input: request.body }));

  for (const { action, body, summary } of PLAN_ACTION_ROUTES) {
    app.post(`/business-plans/:id/${action}`, {
      schema: { tags: ['cycle'], summary, params: IdParams, body, response: { 200: PlanDetailOutput, ...problems(400, 401, 403, 404, 409, 422) } },
    }, async (request) => changePlanStatus(ctx, { actor: requireActor(request), planId: request.params.id, action, reason: request.body?.reason, mailer }));
  }
};
