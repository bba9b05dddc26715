import { z } from 'zod';
import { findProducer } from '../../db/repositories/producers.js';
import { findUnit } from '../../db/repositories/units.js';
import { findUserById } from '../../db/repositories/users.js';
import { ROLES } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { unauthorized } from '../errors.js';

export const MeOutput = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  producerId: z.number().int().nullable(),
  producerName: z.string().nullable(),
});
export type MeView = z.infer<typeof MeOutput>;

/** The signed-in user with the names of their unit and producer, for the portal's header. */
export async function getMe(ctx: ServiceContext, userId: number): Promise<MeView> {
  const user = await findUserById(ctx.db, userId);
  if (user === undefined) throw unauthorized();
  const unit = user.unit_id === null ? undefined : await findUnit(ctx.db, user.unit_id);
  const producer = user.producer_id === null ? undefined : await findProducer(ctx.db, user.producer_id);
  return {
    id: user.id, username: user.username, displayName: user.display_name, role: user.role,
    unitId: user.unit_id, unitName: unit?.name ?? null, producerId: user.producer_id, producerName: producer?.name ?? null,
  };
}
