import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type FieldIssue, ServiceError } from '../../services/errors.js';

// Every error leaves the server as RFC 9457 application/problem+json. Validation errors list the
// offending fields as `errors: [{path: "body.username", message}]`. Bodies never carry stack
// traces, SQL or internal messages: unexpected errors are logged and answered with a generic 500.

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldIssue[];
};

const PROBLEM_BASE = '/problems/';

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  406: 'Not Acceptable', 409: 'Conflict', 413: 'Content Too Large', 415: 'Unsupported Media Type',
  422: 'Unprocessable Content', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable',
};

export function sendProblem(reply: FastifyReply, p: Omit<Problem, 'title'> & { title?: string }): FastifyReply {
  const body: Problem = { ...p, title: p.title ?? TITLES[p.status] ?? 'Error' };
  return reply.code(p.status).type('application/problem+json; charset=utf-8').send(body);
}

function validationProblem(error: FastifyError, request: FastifyRequest): Problem | undefined {
  if (!hasZodFastifySchemaValidationErrors(error)) return undefined;
  const where = error.validationContext ?? 'body';
  const errors = error.validation.map((v) => ({
    path: [where, ...v.instancePath.split('/').filter((s) => s !== '')].join('.'),
    message: v.message ?? 'invalid',
  }));
  return { type: `${PROBLEM_BASE}validation`, title: 'Invalid request', status: 400, detail: `The ${where} is not valid`, instance: request.url, errors };
}

function clientErrorProblem(error: FastifyError, request: FastifyRequest): Problem | undefined {
  const status = error.statusCode;
  if (status === undefined || status < 400 || status >= 500) return undefined;
  // Fastify's own 4xx errors (malformed JSON, body too large, bad content type) have safe messages.
  const path = error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ? 'body' : undefined;
  return {
    type: `${PROBLEM_BASE}${error.code ?? 'client-error'}`.toLowerCase(),
    title: TITLES[status] ?? 'Error',
    status,
    detail: error.message,
    instance: request.url,
    ...(path !== undefined ? { errors: [{ path, message: error.message }] } : {}),
  };
}

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof ServiceError) {
    reply.headers(error.headers);
    return sendProblem(reply, {
      type: `${PROBLEM_BASE}${error.code}`, status: error.status, detail: error.message, instance: request.url,
      ...(error.issues.length > 0 ? { errors: [...error.issues] } : {}),
    });
  }
  const known = validationProblem(error, request) ?? clientErrorProblem(error, request);
  if (known !== undefined) {
    if (known.status === 429 && error.statusCode === 429) reply.header('retry-after', reply.getHeader('retry-after') ?? '60');
    return sendProblem(reply, known);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, { type: `${PROBLEM_BASE}internal`, status: 500, detail: 'An unexpected error occurred; it has been logged.', instance: request.url });
}

export const problemPlugin = fp(async function problem(app: FastifyInstance) {
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, { type: `${PROBLEM_BASE}not-found`, status: 404, detail: `No resource at ${request.method} ${request.url.split('?')[0] ?? ''}`, instance: request.url }),
  );
});
