import type { Kysely } from 'kysely';
import { type JourneyEventRow, eventsOfLot } from '../../db/repositories/epcis-journey.js';
import { type LotRow } from '../../db/repositories/lots.js';
import { salesPointsOf } from '../../db/repositories/product-parts.js';
import { productsOfProducers } from '../../db/repositories/products.js';
import type { DB } from '../../db/schema.js';
import { EVENT_SOURCES } from '../../db/schema-epcis.js';
import { bizStepLabel, stepKeyOf } from '../../domain/epcis/journey.js';
import { type JsonObject, isObject, objects, str, strings } from '../../domain/epcis/json.js';
import { EXT } from '../../domain/epcis/platform-events.js';
import type { Actor } from '../../domain/roles.js';
import type { ServiceContext } from '../context.js';
import { loadVisibleLot } from '../stamps/get-lot.js';
import { stepCatalogue } from './journey-catalogue.js';
import type { JourneyEventView, JourneyView } from './journey-input.js';
import { serialOfEpc } from './timeline-stamp.js';

// A lot's journey as the portal shows it: every stored event of the lot (the producer's steps,
// the platform's stamp events, captured events linked to it), oldest first, in words.

const MAX_EVENTS = 500;

function parse(row: JourneyEventRow): JsonObject {
  try {
    const v: unknown = JSON.parse(row.event_json);
    return isObject(v) ? v : {};
  } catch {
    return {};
  }
}

export function presentJourneyEvent(publicUrl: string, row: JourneyEventRow): JourneyEventView {
  const e = parse(row);
  const q = objects(e, 'quantityList')[0] ?? objects(e, 'childQuantityList')[0];
  const quantity = q === undefined || typeof q.quantity !== 'number' ? null : q.quantity;
  const parent = str(e, 'parentID');
  const catalogue = stepCatalogue();
  return {
    eventId: row.event_id, eventType: row.event_type, at: row.event_time, step: str(e, EXT.journeyStep) ?? stepKeyOf(catalogue, row.biz_step), bizStep: row.biz_step,
    label: bizStepLabel(catalogue, row.biz_step), place: str(e, EXT.placeName) ?? null, note: str(e, EXT.note) ?? null,
    quantity, uom: q === undefined ? null : (str(q, 'uom') ?? null), source: EVENT_SOURCES.find((s) => s === row.source) ?? 'capture',
    packageSerial: parent === undefined ? null : (serialOfEpc(publicUrl, parent) ?? null),
    ringSerials: row.event_type === 'AssociationEvent' ? strings(e, 'childEPCs').flatMap((c) => serialOfEpc(publicUrl, c) ?? []) : [],
  };
}

/** The producer's sales points (of all its products), for the form's place picker. */
export async function producerPlaces(db: Kysely<DB>, producerId: number): Promise<JourneyView['places']> {
  const products = await productsOfProducers(db, [producerId]);
  const points = await salesPointsOf(db, products.map((p) => p.id));
  return points.map((p) => ({ id: p.id, name: p.name, address: p.address }));
}

export async function lotJourney(ctx: ServiceContext, lot: LotRow): Promise<JourneyView> {
  const [rows, places] = await Promise.all([eventsOfLot(ctx.db, lot.id, MAX_EVENTS), producerPlaces(ctx.db, lot.producer_id)]);
  const steps = stepCatalogue().steps.map((s) => ({ key: s.key, bizStep: s.bizStep, label: s.label, links: s.links }));
  return { lotId: lot.id, items: rows.map((r) => presentJourneyEvent(ctx.publicUrl, r)), places, steps };
}

/** GET /lots/{id}/journey: anyone who may see the lot's producer. */
export async function getLotJourney(ctx: ServiceContext, opts: { actor: Actor; lotId: number }): Promise<JourneyView> {
  return lotJourney(ctx, await loadVisibleLot(ctx.db, opts.actor, opts.lotId));
}
