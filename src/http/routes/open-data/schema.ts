import { z } from 'zod';
import { OpenProductOutput } from '../../../services/open-data/open-products.js';

export const MAX_PER_PAGE = 500;

export const OpenDataFilterQuery = z.object({
  star: z.coerce.number().int().min(1).max(5).optional().describe('only this star rating'),
  unit: z.string().min(1).max(64).optional().describe('unit id (e.g. new-06862): certificates recorded under it or any old unit that became part of it'),
  set: z.coerce.number().int().min(1).max(99).optional().describe('product set number of the national catalogue (1–26)'),
  status: z.enum(['valid', 'all']).default('valid').describe('"valid" (default): certificates in force today; "all": also expired and revoked'),
});

export const OpenDataPageQuery = OpenDataFilterQuery.extend({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  perPage: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(100),
});

export const OpenDataPageOutput = z.object({
  data: z.array(OpenProductOutput),
  meta: z.object({ page: z.number().int(), perPage: z.number().int(), total: z.number().int(), totalPages: z.number().int(), licence: z.string() }),
  links: z.object({ self: z.string(), first: z.string(), last: z.string(), prev: z.string().nullable(), next: z.string().nullable(), csv: z.string() }),
});

export const LICENCE = 'CC BY 4.0 — nguồn: Văn phòng điều phối OCOP tỉnh Quảng Ninh / source: Quảng Ninh OCOP office';
