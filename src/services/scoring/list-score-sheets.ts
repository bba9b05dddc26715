import { findSheet, findVersion, versionInForce, vietnamDay } from '../../domain/scoring/library.js';
import { PRODUCER_TYPES, PRODUCER_TYPE_LABELS, type ProducerType } from '../../domain/scoring/producer-types.js';
import type { Certification, LocalText, ScoreSheet, StarBand } from '../../domain/scoring/types.js';
import { scoreSheetLibrary } from '../../rules/score-sheets/index.js';
import type { ServiceContext } from '../context.js';
import { notFound } from '../errors.js';

// Score sheets are public reference data: the list, and one whole sheet for the portal's
// self-assessment form (with the bands and producer types it needs to render the choices).

export type SheetSummary = { legalVersion: string; versionId: string; inForce: boolean; setNumber: number; name: LocalText };

export function listScoreSheets(ctx: Pick<ServiceContext, 'now'>): SheetSummary[] {
  const library = scoreSheetLibrary();
  const current = versionInForce(library, vietnamDay(ctx.now()));
  return library.versions.flatMap((v) => v.sheets.map((s) => ({
    legalVersion: v.legalVersion, versionId: v.id, inForce: v === current, setNumber: s.setNumber, name: s.name,
  })));
}

export type SheetDetail = {
  legalVersion: string;
  versionId: string;
  effectiveFrom: string;
  replacedOn: string | null;
  starBands: readonly StarBand[];
  certification: Certification;
  producerTypes: { code: ProducerType; label: LocalText }[];
  sheet: ScoreSheet;
};

export function getScoreSheet(opts: { version: string; setNumber: number }): SheetDetail {
  const version = findVersion(scoreSheetLibrary(), opts.version);
  if (version === undefined) throw notFound(`Legal version '${opts.version}'`);
  const sheet = findSheet(version, opts.setNumber);
  if (sheet === undefined) throw notFound(`Product set ${opts.setNumber} under ${version.legalVersion}`);
  return {
    legalVersion: version.legalVersion, versionId: version.id, effectiveFrom: version.effectiveFrom, replacedOn: version.replacedOn,
    starBands: version.starBands, certification: version.certification,
    producerTypes: PRODUCER_TYPES.map((code) => ({ code, label: PRODUCER_TYPE_LABELS[code] })), sheet,
  };
}
