import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { loadSupport } from './support-checks.js';
import { type SupportView, presentSupport } from './support-input.js';

/** One support activity, if it concerns a producer in the caller's scope. */
export async function getSupport(ctx: ServiceContext, opts: { actor: Actor; supportId: number }): Promise<SupportView> {
  return presentSupport(await loadSupport(ctx.db, opts.actor, opts.supportId));
}
