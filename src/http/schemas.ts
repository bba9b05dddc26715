import { z } from 'zod';

// Schemas shared by many routes: the problem document and id parameters.

export const ProblemOutput = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .describe('RFC 9457 problem details');

/** Documents the problem responses a route can give. */
export function problems(...codes: number[]): Record<number, typeof ProblemOutput> {
  return Object.fromEntries(codes.map((c) => [c, ProblemOutput]));
}

export const IdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

export const DateString = z.iso.date();
