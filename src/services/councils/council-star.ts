import { bandFor, markedOptions } from '../../domain/scoring/classify.js';
import type { Criterion, ScoreSheet, ScoreSheetVersion, Star } from '../../domain/scoring/types.js';

// The council's star. The score is the mean of the members' totals (26/2026 Điều 3.3), which
// gives the band. The star markers are minimums on single criteria, and the members may not
// agree on them, so they are read on the council's mean sheet: a marker is met when the mean
// points the members gave that criterion reach the marked option's points. An option that ends
// the evaluation counts when more than half of the members chose it. This mirrors how the
// total is formed and never lets one member's sheet alone cap (or lift) the product.

export type CouncilStar = { star: Star; bandStar: Star; missedMarkers: { code: string; requiredStar: number; meanPoints: number; required: number }[]; stopped: string[] };

function chosenPoints(c: Criterion, sheets: readonly Readonly<Record<string, number>>[]): number[] {
  return sheets.map((a) => c.options[a[c.code] ?? -1]?.points ?? 0);
}

function toStar(n: number): Star {
  if (n <= 1) return 1;
  if (n >= 5) return 5;
  return n === 2 ? 2 : n === 3 ? 3 : 4;
}

export function councilStar(version: ScoreSheetVersion, sheet: ScoreSheet, sheets: readonly Readonly<Record<string, number>>[], mean: number): CouncilStar {
  const bandStar = bandFor(version.starBands, mean).star;
  let cap = 5;
  const missedMarkers: CouncilStar['missedMarkers'] = [];
  const stopped: string[] = [];
  for (const c of sheet.criteria) {
    const points = chosenPoints(c, sheets);
    const meanPoints = points.reduce((s, p) => s + p, 0) / Math.max(points.length, 1);
    for (const m of markedOptions(c)) {
      if (meanPoints >= m.option.points) continue;
      missedMarkers.push({ code: c.code, requiredStar: m.star, meanPoints, required: m.option.points });
      cap = Math.min(cap, m.star - 1);
    }
    const stops = sheets.filter((a) => c.options[a[c.code] ?? -1]?.stopsEvaluation === true).length;
    if (stops * 2 > sheets.length) {
      stopped.push(c.code);
      cap = Math.min(cap, version.certification.minimumStar - 1);
    }
  }
  return { star: toStar(Math.min(bandStar, cap)), bandStar, missedMarkers, stopped };
}
