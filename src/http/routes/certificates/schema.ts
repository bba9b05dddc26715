import { z } from 'zod';
import { PageQuery } from '../../../services/paging.js';

export { CertificateOutput } from '../../../services/certificates/certificate-output.js';
export { RevokeInput } from '../../../services/certificates/revoke-certificate.js';

const QueryId = z.coerce.number().int().positive().max(2_147_483_647);

export const CertificateListQuery = PageQuery.extend({
  star: z.coerce.number().int().min(3).max(5).optional(),
  status: z.enum(['valid', 'expiring', 'expired', 'revoked', 'superseded']).optional().describe('status today; expired includes certificates extended under the transitional rule (their status says extended)'),
  unitId: z.string().min(1).max(40).optional().describe("the producer's unit, its sub-units and the pre-2025 units that became part of it"),
  producerId: QueryId.optional(),
  productId: QueryId.optional(),
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional().describe('live certificates expiring between today and today + N days'),
  sort: z.enum(['issued', 'expires', 'number']).optional().describe('issued (newest first, default), expires (soonest first), number'),
});
