import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

// The OpenAPI 3.1 document is generated from the same zod schemas that validate requests, so the
// documentation cannot drift from what the server accepts.
export const openapiPlugin = fp(async function openapi(app: FastifyInstance, opts: { version: string }) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OCOP platform API',
        version: opts.version,
        description: 'JSON API of the OCOP (Mỗi xã một sản phẩm) platform. Errors are RFC 9457 problem+json. Portal clients use the session cookie and send x-csrf-token on writes; machine clients send `Authorization: Bearer <token>` (create one with `npx ocop token create --user <username>`).',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'ocop_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    hideUntagged: true,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { deepLinking: true }, staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
});
