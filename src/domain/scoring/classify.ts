import { type ClassifyRequest, type ResolvedAnswers, resolveAnswers } from './answers.js';
import type { ProducerType } from './producer-types.js';
import type { Criterion, LocalText, MarkerStar, ProviderCase, ScoreOption, ScoreSheet, ScoreSheetVersion, Star, StarBand } from './types.js';

// Turns validated answers into a star rating. The score band comes from the total; the star
// markers then cap it: a marker binds its own star and every higher one, so missing a 5★
// marker caps the product at 4★, missing a 4★ marker at 3★, and missing a 3★ marker leaves
// it uncertified, reported as 2★ (or 1★ when the total is below the 2★ band anyway).
// Choosing an option that ends the evaluation has the same effect as missing a 3★ marker.

export type OptionRef = { readonly position: number; readonly label: LocalText; readonly points: number };
export type PartScore = { readonly code: string; readonly title: LocalText; readonly points: number; readonly maxPoints: number };
/** The band a score falls in: [minPoints, belowPoints), belowPoints null for the top band. */
export type Band = { readonly star: Star; readonly minPoints: number; readonly belowPoints: number | null };

export type MissedMarker = {
  readonly code: string;
  readonly title: LocalText;
  readonly requiredStar: MarkerStar;
  /** The option the product must reach (or exceed) on this criterion. */
  readonly required: OptionRef;
  readonly chosen: OptionRef;
  /** True when the marker lowered this product's rating (its star is not above the score band). */
  readonly binding: boolean;
};

export type StoppedAt = { readonly code: string; readonly title: LocalText; readonly chosen: OptionRef; readonly reasons: readonly string[] };

export type Classification = {
  readonly versionId: string;
  readonly legalVersion: string;
  readonly setNumber: number;
  readonly setName: LocalText;
  readonly producerTypes: readonly ProducerType[];
  readonly providerCase: ProviderCase | null;
  readonly total: number;
  readonly maxTotal: number;
  readonly parts: readonly PartScore[];
  readonly band: Band;
  readonly star: Star;
  readonly certified: boolean;
  readonly markersMissed: readonly MissedMarker[];
  readonly stoppedAt: readonly StoppedAt[];
};

export const optionRef = (o: ScoreOption): OptionRef => ({ position: o.position, label: o.label, points: o.points });

/** The band a (possibly averaged, fractional) score falls in. Bands are listed 5★ first. */
export function bandFor(bands: readonly StarBand[], score: number): Band {
  let above: number | null = null;
  for (const b of bands) {
    if (score >= b.minPoints) return { star: b.star, minPoints: b.minPoints, belowPoints: above };
    above = b.minPoints;
  }
  throw new Error(`no star band holds ${score} points`);
}

/** The options of a criterion that carry a star marker, lowest star first. */
export function markedOptions(criterion: Criterion): { star: MarkerStar; option: ScoreOption }[] {
  const marked: { star: MarkerStar; option: ScoreOption }[] = [];
  for (const option of criterion.options) if (option.minStar !== undefined) marked.push({ star: option.minStar, option });
  return marked;
}

function partScores(sheet: ScoreSheet, resolved: ResolvedAnswers): PartScore[] {
  return sheet.parts.map((part) => {
    const inPart = resolved.chosen.filter((c) => c.criterion.code === part.code || c.criterion.code.startsWith(`${part.code}.`));
    return { code: part.code, title: part.title, points: inPart.reduce((s, c) => s + c.option.points, 0), maxPoints: part.maxPoints };
  });
}

function missedMarkers(resolved: ResolvedAnswers, bandStar: Star): MissedMarker[] {
  const missed: MissedMarker[] = [];
  for (const { criterion, option } of resolved.chosen) {
    for (const m of markedOptions(criterion)) {
      if (option.points >= m.option.points) continue;
      missed.push({ code: criterion.code, title: criterion.title, requiredStar: m.star, required: optionRef(m.option), chosen: optionRef(option), binding: m.star <= bandStar });
    }
  }
  return missed.sort((a, b) => a.requiredStar - b.requiredStar);
}

function stops(resolved: ResolvedAnswers): StoppedAt[] {
  return resolved.chosen.filter((c) => c.option.stopsEvaluation === true).map(({ criterion, option }) => ({
    code: criterion.code, title: criterion.title, chosen: optionRef(option),
    reasons: criterion.disqualifyWhen ?? [],
  }));
}

function asStar(n: number): Star {
  if (n <= 1) return 1;
  if (n >= 5) return 5;
  return n === 2 ? 2 : n === 3 ? 3 : 4;
}

/** Classifies answers already checked by resolveAnswers (the gap analysis re-uses this). */
export function classifyResolved(version: ScoreSheetVersion, sheet: ScoreSheet, resolved: ResolvedAnswers): Classification {
  const parts = partScores(sheet, resolved);
  const total = parts.reduce((s, p) => s + p.points, 0);
  const band = bandFor(version.starBands, total);
  const markersMissed = missedMarkers(resolved, band.star);
  const stoppedAt = stops(resolved);
  let cap = 5;
  for (const m of markersMissed) cap = Math.min(cap, m.requiredStar - 1);
  if (stoppedAt.length > 0) cap = Math.min(cap, version.certification.minimumStar - 1);
  const star = asStar(Math.min(band.star, cap));
  return {
    versionId: version.id, legalVersion: version.legalVersion, setNumber: sheet.setNumber, setName: sheet.name,
    producerTypes: resolved.producerTypes, providerCase: resolved.providerCase,
    total, maxTotal: parts.reduce((s, p) => s + p.maxPoints, 0), parts, band, star,
    certified: star >= version.certification.minimumStar, markersMissed, stoppedAt,
  };
}

/** Validates and classifies one product's answers; throws AnswerError on invalid answers. */
export function classifyAnswers(version: ScoreSheetVersion, sheet: ScoreSheet, request: ClassifyRequest): Classification {
  return classifyResolved(version, sheet, resolveAnswers(sheet, request));
}
