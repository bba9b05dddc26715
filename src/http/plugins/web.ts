import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

// Serves the built portal (dist/web) under /portal/. Any /portal/* path that is not a file gets
// index.html, so deep links into the single-page app work on reload.
export const webPlugin = fp(async function web(app: FastifyInstance, opts: { webDir: string }) {
  const index = join(opts.webDir, 'index.html');
  if (!existsSync(index)) {
    app.log.warn(`portal bundle not found in ${opts.webDir}; run \`npm run build\``);
    app.get('/portal/*', async (_req, reply) => reply.code(503).type('text/plain; charset=utf-8').send('Portal not built: run `npm run build`.'));
    return;
  }
  await app.register(fastifyStatic, { root: opts.webDir, prefix: '/portal/', index: ['index.html'], wildcard: false, maxAge: '1h', immutable: false });
  app.get('/portal', async (_req, reply) => reply.redirect('/portal/'));
  app.get('/portal/*', async (request, reply) => {
    // A missing asset is a real 404 (a stale bundle), not a page of the app.
    if (request.url.startsWith('/portal/assets/')) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  app.get('/', async (_req, reply) => reply.redirect('/portal/'));
});
