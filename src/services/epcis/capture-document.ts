import { type CaptureJobRow, insertCaptureJob, updateCaptureJob } from '../../db/repositories/epcis-capture-jobs.js';
import { type StoreEventInput, storeEvents } from '../../db/repositories/epcis-events.js';
import type { CaptureErrorBehaviour } from '../../db/schema-epcis.js';
import { contextPrefixes } from '../../domain/epcis/event-hash.js';
import { eventProblems } from '../../domain/epcis/event-record.js';
import { type JsonObject, isObject, obj, objects } from '../../domain/epcis/json.js';
import type { Actor } from '../../domain/roles.js';
import { recordAudit } from '../audit.js';
import { type ServiceContext, nowIso } from '../context.js';
import { ServiceError } from '../errors.js';
import { type CaptureIssue, type CaptureJobView, presentCaptureJob } from './capture-job-output.js';
import { CAPTURE_MAX_EVENTS } from './limits.js';
import { captureOwner } from './read-scope.js';
import { validateEpcisDocument } from './validate-document.js';

// POST /epcis/capture: validate the document against the GS1 schema (a 400 naming the JSON path
// when it fails: nothing is captured), open a capture job, check each event, store. The job runs
// inside the request — documents are bounded by CAPTURE_MAX_EVENTS — and the 202 + job resource is
// the contract, so it can move to a background worker without clients noticing.
// rollback (default): any event problem rejects the whole document, in one transaction.
// proceed: events without problems are stored, the others are listed in the job's errors.

export type CaptureOptions = { actor: Actor | null; document: unknown; errorBehaviour: CaptureErrorBehaviour };

/** The events of an EPCISDocument or (also accepted by the binding) an EPCISQueryDocument. */
function eventsOf(doc: JsonObject): { events: JsonObject[]; path: string } {
  const body = obj(doc, 'epcisBody');
  if (body === undefined) return { events: [], path: 'body.epcisBody.eventList' };
  const results = obj(obj(body, 'queryResults') ?? {}, 'resultsBody');
  return results === undefined
    ? { events: objects(body, 'eventList'), path: 'body.epcisBody.eventList' }
    : { events: objects(results, 'eventList'), path: 'body.epcisBody.queryResults.resultsBody.eventList' };
}

/** The document's own prefix declarations (the objects of its @context). */
function declaredPrefixes(docContext: unknown): JsonObject[] {
  return (Array.isArray(docContext) ? docContext : [docContext]).filter(isObject);
}

/** Keeps the document's prefix declarations with each event, so the stored event stays readable JSON-LD. */
function withContext(event: JsonObject, declared: readonly JsonObject[]): JsonObject {
  return declared.length === 0 || event['@context'] !== undefined ? event : { '@context': declared, ...event };
}

function checkDocument(document: unknown): { doc: JsonObject; events: JsonObject[]; path: string } {
  const issues = validateEpcisDocument(document);
  if (issues.length > 0 || !isObject(document)) {
    throw new ServiceError(400, 'validation', 'The EPCIS document does not conform to the EPCIS 2.0 JSON Schema; nothing was captured', issues);
  }
  const { events, path } = eventsOf(document);
  if (events.length > CAPTURE_MAX_EVENTS) {
    throw new ServiceError(413, 'capture-limit', `A capture may hold at most ${CAPTURE_MAX_EVENTS} events (GS1-EPCIS-Capture-Limit); this one has ${events.length}`);
  }
  return { doc: document, events, path };
}

type Job = { id: number; at: string; events: JsonObject[]; path: string; doc: JsonObject; producerId: number | null; actor: Actor; behaviour: CaptureErrorBehaviour };

/** Checks each event, stores what may be stored and closes the job, all in one transaction. */
async function runJob(ctx: ServiceContext, job: Job): Promise<CaptureJobRow> {
  const { events, path } = job;
  const problems = events.map((e, i) => eventProblems(e, `${path}[${i}]`));
  const issues: CaptureIssue[] = problems.flat();
  const declared = declaredPrefixes(job.doc['@context']);
  const accepted: StoreEventInput[] = job.behaviour === 'rollback' && issues.length > 0
    ? []
    : events.flatMap((e, i) => (problems[i]?.length === 0 ? [{ event: withContext(e, declared) }] : []));
  const prefixes = contextPrefixes(job.doc['@context']);
  return ctx.db.transaction().execute(async (trx) => {
    const result = await storeEvents(trx, accepted, { source: 'capture', recordTime: job.at, captureJobId: job.id, producerId: job.producerId, prefixes });
    const row = await updateCaptureJob(trx, job.id, {
      status: issues.length > 0 ? 'error' : 'success', errors: JSON.stringify(issues), stored_count: result.stored,
      duplicate_count: result.duplicates, finished_at: nowIso(ctx),
    });
    await recordAudit(trx, {
      actor: job.actor, action: 'epcis.capture', entity: 'epcis_capture_job', entityId: job.id, at: job.at,
      after: { events: events.length, stored: result.stored, duplicates: result.duplicates, errors: issues.length, errorBehaviour: job.behaviour },
    });
    return row;
  });
}

export async function captureDocument(ctx: ServiceContext, opts: CaptureOptions): Promise<CaptureJobView> {
  const { actor, producerId } = captureOwner(opts.actor);
  const { doc, events, path } = checkDocument(opts.document);
  const at = nowIso(ctx);
  const job = await insertCaptureJob(ctx.db, {
    status: 'running', error_behaviour: opts.errorBehaviour, errors: '[]', event_count: events.length, stored_count: 0, duplicate_count: 0,
    created_by: actor.userId === 0 ? null : actor.userId, producer_id: producerId, created_at: at, finished_at: null,
  });
  try {
    return presentCaptureJob(await runJob(ctx, { id: job.id, at, events, path, doc, producerId, actor, behaviour: opts.errorBehaviour }));
  } catch (err) {
    // The transaction rolled back: nothing of the document is stored. The job says so; the cause is logged by the caller.
    await updateCaptureJob(ctx.db, job.id, {
      status: 'error', finished_at: nowIso(ctx), errors: JSON.stringify([{ path: 'body', message: 'The events could not be stored; nothing was captured' }]),
    });
    throw err;
  }
}
