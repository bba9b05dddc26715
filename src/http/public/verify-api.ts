import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServiceContext } from '../../services/context.js';
import { ServiceError } from '../../services/errors.js';
import { checkPin } from '../../services/stamps/check-pin.js';
import type { StampRuntime } from '../../services/stamps/stamp-runtime.js';
import { verifyStamp } from '../../services/stamps/verify-stamp.js';
import { PinInput, PinOutput, VerifyOutput } from '../../services/stamps/verify-output.js';
import { problems } from '../schemas.js';
import { scanClient } from './scan-client.js';

// The verify page's facts as JSON for apps (no login). An unknown code answers 404 with the
// same body (verdict "unknown-code"); a malformed one 400; too many failed lookups 429.

const tags = ['public'];
const SerialParams = z.object({ serial: z.string().min(1).max(60) });
const VerifyQuery = z.object({ province: z.string().max(40).optional().describe('where the buyer is, if they chose to say (province id)') });

function tooMany(retryAfter: number): ServiceError {
  return new ServiceError(429, 'too-many-requests', 'Too many unknown codes were looked up from this client', [], { 'retry-after': String(retryAfter) });
}

export const verifyApiRoutes: FastifyPluginAsyncZod<{ ctx: ServiceContext; stamps: StampRuntime }> = async (app, { ctx, stamps }) => {
  app.get('/public/verify/:serial', {
    schema: { tags, summary: 'Verify a stamp code: verdict, product, certificate, lot, scans', params: SerialParams, querystring: VerifyQuery, response: { 200: VerifyOutput, 404: VerifyOutput, ...problems(400, 429) } },
  }, async (request, reply) => {
    reply.header('access-control-allow-origin', '*').header('cache-control', 'no-store');
    const answer = await verifyStamp(ctx, { stamps, serial: request.params.serial, client: scanClient(ctx, request, request.query.province) });
    if (answer.kind === 'blocked') throw tooMany(answer.retryAfter);
    if (answer.kind === 'malformed') throw new ServiceError(400, 'bad-serial', `Not a stamp code (${answer.problem})`, [{ path: 'params.serial', message: answer.problem }]);
    return reply.code(answer.kind === 'unknown' ? 404 : 200).send(answer.view);
  });

  app.post('/public/verify/:serial/pin', {
    schema: {
      tags, summary: 'Check the scratch-off PIN: the first correct PIN authenticates the item, once', params: SerialParams, body: PinInput,
      response: { 200: PinOutput, 404: PinOutput, ...problems(400, 429, 503) },
    },
  }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const client = scanClient(ctx, request, request.body.province);
    if (stamps.probes.blocked(client.key, ctx.now().getTime())) throw tooMany(stamps.probes.retryAfter(client.key, ctx.now().getTime()));
    const result = await checkPin(ctx, { stamps, serial: request.params.serial, client, pin: request.body.pin });
    return reply.code(result.result === 'unknown-code' ? 404 : 200).send(result);
  });
};
