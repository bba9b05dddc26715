import { z } from 'zod';

/** A certificate number as printed or typed (checked and normalised by the service). */
export const NumberParams = z.object({ number: z.string().min(1).max(40).describe('e.g. QN-2026-OCOP-000123') });

export const PageQuery = z.object({ lang: z.enum(['vi', 'en']).optional().describe('overrides Accept-Language') });

/** Public lookups are cheap but enumerable: a per-address budget keeps scraping slow. */
export const PUBLIC_RATE_LIMIT = { max: 120, timeWindow: '1 minute' };
