import { findProducer, producerMembers } from '../../db/repositories/producers.js';
import type { Actor } from '../../domain/roles.js';
import { assertCanSeeProducer } from '../access.js';
import type { ServiceContext } from '../context.js';

export type MemberView = { id: number; username: string; displayName: string; email: string | null; active: boolean; createdAt: string };

/** The accounts that act for a producer; visible to whoever may see the producer. */
export async function listProducerMembers(ctx: ServiceContext, opts: { actor: Actor; producerId: number }): Promise<MemberView[]> {
  await assertCanSeeProducer(ctx.db, opts.actor, await findProducer(ctx.db, opts.producerId));
  const rows = await producerMembers(ctx.db, opts.producerId);
  return rows.map((u) => ({ id: u.id, username: u.username, displayName: u.display_name, email: u.email, active: u.active === 1, createdAt: u.created_at }));
}
