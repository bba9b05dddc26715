import { findCaptureJob, listCaptureJobs } from '../../db/repositories/epcis-capture-jobs.js';
import { type Actor, PROVINCE_STAFF, hasRole } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { notFound } from '../errors.js';
import { type CaptureJobView, presentCaptureJob } from './capture-job-output.js';
import { captureOwner } from './read-scope.js';

// GET /epcis/capture and /epcis/capture/{id}: province staff see every job, a producer member
// the jobs it started (someone else's job answers 404, like an unknown one).

const ownJobsOnly = (actor: Actor): number | undefined => (hasRole(actor, PROVINCE_STAFF) ? undefined : actor.userId);

export async function getCaptureJob(ctx: ServiceContext, opts: { actor: Actor | null; id: number }): Promise<CaptureJobView> {
  const { actor } = captureOwner(opts.actor);
  const row = await findCaptureJob(ctx.db, opts.id);
  const mine = ownJobsOnly(actor);
  if (row === undefined || (mine !== undefined && row.created_by !== mine)) throw notFound('Capture job');
  return presentCaptureJob(row);
}

export async function listCaptureJobViews(
  ctx: ServiceContext,
  opts: { actor: Actor | null; perPage: number; beforeId?: number | undefined },
): Promise<{ jobs: CaptureJobView[]; nextBeforeId: number | undefined }> {
  const createdBy = ownJobsOnly(captureOwner(opts.actor).actor);
  const rows = await listCaptureJobs(ctx.db, {
    limit: opts.perPage + 1, ...(createdBy === undefined ? {} : { createdBy }), ...(opts.beforeId === undefined ? {} : { beforeId: opts.beforeId }),
  });
  const page = rows.slice(0, opts.perPage);
  const last = page[page.length - 1];
  return { jobs: page.map(presentCaptureJob), nextBeforeId: rows.length > opts.perPage && last !== undefined ? last.id : undefined };
}
