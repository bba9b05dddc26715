import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServiceContext } from '../../../services/context.js';
import { createUser } from '../../../services/users/create-user.js';
import { listUsers } from '../../../services/users/list-users.js';
import { updateUser } from '../../../services/users/update-user.js';
import { CreateUserInput, UpdateUserInput, UserOutput } from '../../../services/users/user-input.js';
import { pageOutput } from '../../../services/paging.js';
import { requireActor } from '../../plugins/auth.js';
import { IdParams, problems } from '../../schemas.js';
import { UserListQuery } from './schema.js';

export const userRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext }> = async (app, { ctx }) => {
  app.get('/users', {
    schema: { tags: ['users'], summary: 'List accounts (province admin)', querystring: UserListQuery, response: { 200: pageOutput(UserOutput), ...problems(400, 401, 403) } },
  }, async (request) => {
    const { q, role, page, pageSize } = request.query;
    return listUsers(ctx, { actor: requireActor(request), q, role, page: { page, pageSize } });
  });

  app.post('/users', {
    schema: { tags: ['users'], summary: 'Create an account (province admin)', body: CreateUserInput, response: { 201: UserOutput, ...problems(400, 401, 403, 409, 422) } },
  }, async (request, reply) => {
    const user = await createUser(ctx, { actor: requireActor(request), input: request.body });
    return reply.code(201).send(user);
  });

  app.patch('/users/:id', {
    schema: { tags: ['users'], summary: 'Edit an account: name, role, scope, active, password (province admin)', params: IdParams, body: UpdateUserInput, response: { 200: UserOutput, ...problems(400, 401, 403, 404, 422) } },
  }, async (request) => updateUser(ctx, { actor: requireActor(request), userId: request.params.id, input: request.body }));
};
