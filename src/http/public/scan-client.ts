import type { FastifyRequest } from 'fastify';
import type { ServiceContext } from '../../services/context.js';
import { classifyClient, clientKey } from '../../services/scans/client-class.js';
import { isProvinceId } from '../../services/scans/provinces.js';
import type { ScanClient } from '../../services/stamps/verify-stamp.js';

// Who is scanning, as far as the scan log and the probing rule need to know: robot or person,
// a keyed hash of the client address (never the address), and a province when the buyer chose
// one on the page or a reverse proxy with a GeoIP database names one in X-OCOP-Province.

export const REGION_HEADER = 'x-ocop-province';

export function scanClient(ctx: ServiceContext, request: FastifyRequest, chosen: string | undefined): ScanClient {
  const header = request.headers[REGION_HEADER];
  const fromProxy = typeof header === 'string' && isProvinceId(header) ? header : null;
  const province = chosen !== undefined && isProvinceId(chosen) ? chosen : fromProxy;
  return { kind: classifyClient(request.headers['user-agent']), key: clientKey(ctx.secret, request.ip), province };
}
