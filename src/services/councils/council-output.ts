import { z } from 'zod';
import type { CouncilRow, SeatRow } from '../../db/repositories/councils.js';
import { COUNCIL_ROLES } from '../../domain/evaluation/types.js';

export const SeatOutput = z.object({
  userId: z.number().int(), username: z.string(), displayName: z.string(), accountRole: z.string(), role: z.enum(COUNCIL_ROLES), present: z.boolean(),
});

export const CouncilOutput = z.object({
  id: z.number().int(),
  name: z.string(),
  roundId: z.number().int().nullable(),
  sessionDate: z.string(),
  rulesVersion: z.string().describe('council.json version: spread, quorum, override'),
  notes: z.string().nullable(),
  seats: z.array(SeatOutput),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CouncilView = z.infer<typeof CouncilOutput>;

export function presentCouncil(c: CouncilRow, seats: readonly SeatRow[]): CouncilView {
  return {
    id: c.id, name: c.name, roundId: c.round_id, sessionDate: c.session_date, rulesVersion: c.rules_version, notes: c.notes,
    seats: seats.filter((s) => s.council_id === c.id).map((s) => ({
      userId: s.user_id, username: s.username, displayName: s.display_name, accountRole: s.user_role, role: s.role, present: s.present === 1,
    })),
    createdAt: c.created_at, updatedAt: c.updated_at,
  };
}
