import type { Kysely } from 'kysely';
import { type JourneyEventRow, eventsConcerning, identifiersOf, lotsOfStampSerials } from '../../db/repositories/epcis-journey.js';
import type { DB } from '../../db/schema.js';
import { canonicalIdentifier } from '../../domain/epcis/identifiers.js';
import { type Text, bizStepLabel } from '../../domain/epcis/journey.js';
import { BINDING_BIZSTEP, EXT, lotClass, stampEpc } from '../../domain/epcis/platform-events.js';
import { stepCatalogue } from './journey-catalogue.js';

// The EPCIS events that concern one stamp, as steps of its journey a buyer reads: events naming
// the stamp's EPC or its lot's class, and events of its lot (platform and captured). When the
// stamp is a package that leg rings were associated with (slaughter or packing), the rings' own
// events and their flock's are added, so a chicken's package shows where the bird was raised.
// One indexed query for the stamp, one more only when rings are linked.

export type JourneyTimelineStep = { at: string; label: Text; place: string | null; bizStep: string | null; source: string };

const LIMIT = 100;
/** Platform events the stamp row already shows as issued / activated / voided. */
const LIFECYCLE = new Set(['commissioning', 'decommissioning', BINDING_BIZSTEP]);

export type StampRef = { serial: string; lotId: number | null; lotCode: string | null; productId: number; gtin: string | null };

function identifiersOfStamp(publicUrl: string, s: StampRef): string[] {
  const ids = [stampEpc(publicUrl, s.gtin, s.serial)];
  if (s.lotCode !== null) ids.push(lotClass(publicUrl, { id: s.productId, gtin: s.gtin }, s.lotCode));
  return [...new Set(ids.map(canonicalIdentifier))];
}

/** The serial an EPC names: /s/{serial} under this platform, or AI 21 of a Digital Link. */
export function serialOfEpc(publicUrl: string, epc: string): string | undefined {
  const short = `${publicUrl.replace(/\/+$/, '')}/s/`;
  if (epc.startsWith(short)) return decodeURIComponent(epc.slice(short.length));
  const m = /\/21\/([^/?#]+)$/.exec(epc);
  return m?.[1] === undefined ? undefined : decodeURIComponent(m[1]);
}

function readJson(row: JourneyEventRow): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(row.event_json);
    return typeof parsed === 'object' && parsed !== null ? { ...parsed } : {};
  } catch {
    return {};
  }
}

function toStep(row: JourneyEventRow): JourneyTimelineStep {
  const json = readJson(row);
  const name = json[EXT.placeName];
  return { at: row.event_time, label: bizStepLabel(stepCatalogue(), row.biz_step), place: typeof name === 'string' ? name : null, bizStep: row.biz_step, source: row.source };
}

/** What a buyer should see: not the platform's own stamp bookkeeping, nor its ring links (the step itself shows). */
function shown(row: JourneyEventRow): boolean {
  if (row.source !== 'platform') return true;
  return row.event_type === 'ObjectEvent' && !LIFECYCLE.has(row.biz_step ?? '');
}

async function linkedRings(db: Kysely<DB>, publicUrl: string, own: readonly JourneyEventRow[], stampId: string): Promise<{ epcs: string[]; lotIds: number[] }> {
  // Lot bindings name the lot as parent, never a package: skip them without a query.
  const parents = own.filter((r) => (r.event_type === 'AssociationEvent' || r.event_type === 'AggregationEvent') && r.biz_step !== BINDING_BIZSTEP).map((r) => r.id);
  const parentRows = await identifiersOf(db, parents, 'parent');
  const mine = parentRows.filter((p) => p.epc === stampId).map((p) => p.event_row_id);
  const children = await identifiersOf(db, mine, 'child');
  const epcs = [...new Set(children.map((c) => c.epc))];
  const serials = epcs.flatMap((e) => serialOfEpc(publicUrl, e) ?? []);
  const rings = await lotsOfStampSerials(db, serials);
  return { epcs, lotIds: [...new Set(rings.flatMap((r) => (r.lot_id === null ? [] : [r.lot_id])))] };
}

export async function stampJourney(db: Kysely<DB>, publicUrl: string, stamp: StampRef): Promise<JourneyTimelineStep[]> {
  const ids = identifiersOfStamp(publicUrl, stamp);
  const own = await eventsConcerning(db, { epcs: ids, lotIds: stamp.lotId === null ? [] : [stamp.lotId], limit: LIMIT });
  const rings = await linkedRings(db, publicUrl, own, ids[0] ?? '');
  const theirs = rings.epcs.length === 0 ? [] : await eventsConcerning(db, { epcs: rings.epcs, lotIds: rings.lotIds, limit: LIMIT });
  const seen = new Set<number>();
  return [...theirs, ...own]
    .filter((r) => !seen.has(r.id) && seen.add(r.id) && shown(r))
    .map(toStep)
    .sort((a, b) => a.at.localeCompare(b.at));
}
