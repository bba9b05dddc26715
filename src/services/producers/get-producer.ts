import { findProducer } from '../../db/repositories/producers.js';
import type { Actor } from '../../domain/roles.js';
import { assertCanSeeProducer } from '../access.js';
import type { ServiceContext } from '../context.js';
import { type ProducerView, presentProducer } from './producer-input.js';

export async function getProducer(ctx: ServiceContext, opts: { actor: Actor; producerId: number }): Promise<ProducerView> {
  const row = await assertCanSeeProducer(ctx.db, opts.actor, await findProducer(ctx.db, opts.producerId));
  return presentProducer(row);
}
