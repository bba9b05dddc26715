import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ServiceError } from '../../services/errors.js';

// Text containing U+0000 is never meaningful here, and PostgreSQL cannot store it in a text
// column (the insert fails with "invalid byte sequence", which would surface as a 500). Every
// request's parameters, query and JSON body are checked once, before validation, and a NUL is
// refused as a 400 problem naming the field. The walk is iterative: bodies may be deeply nested.

type Found = { path: string };

function findNul(root: unknown, where: string): Found | undefined {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: where }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (top === undefined) break;
    const { value, path } = top;
    if (value instanceof Uint8Array) continue;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return { path };
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: `${path}.${i}` }));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k.includes('\u0000')) return { path };
        stack.push({ value: v, path: `${path}.${k}` });
      }
    }
  }
  return undefined;
}

function check(request: FastifyRequest): void {
  const found = findNul(request.params, 'params') ?? findNul(request.query, 'querystring') ?? findNul(request.body, 'body');
  if (found !== undefined) {
    throw new ServiceError(400, 'validation', 'Text may not contain the NUL character (U+0000)', [{ path: found.path, message: 'contains U+0000' }]);
  }
}

export const inputGuardPlugin = fp(async function inputGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => check(request));
});
