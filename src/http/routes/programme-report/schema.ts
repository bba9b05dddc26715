import { z } from 'zod';

export const ProgrammeReportParams = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  format: z.enum(['pdf', 'xlsx']),
});

export const ProgrammeReportInput = z.object({
  unit: z.string().min(1).max(64).optional().describe('A unit id (province staff: any; a commune officer: inside its commune)'),
  unitLevel: z.enum(['old', 'new']).optional().describe('Tables by the districts before 1/7/2025 (old) or the communes from then (new, default)'),
});
