import type { Criterion, ScoreOption, ScoreSheet, ScoreSheetVersion } from './types.js';

// Structural rules every score sheet must satisfy. The converter refuses to write a sheet that
// breaks one and the loader refuses to start with one, so the scoring code can rely on them:
// totals add up, codes are unique and nest, and each option ladder rises so that "reaching the
// marked option" can be read as "scoring at least its points".

const SHEET_TOTAL = 100;

/** "A.1.2" → "A.1"; "A" → "". */
export function parentCode(code: string): string {
  const i = code.lastIndexOf('.');
  return i < 0 ? '' : code.slice(0, i);
}

/**
 * The option lists a criterion really offers: options limited to a producer type or a case form
 * one list per scope, and options open to everyone belong to every list.
 */
export function optionLadders(criterion: Criterion): ScoreOption[][] {
  const scopes = new Map<string, ScoreOption[]>();
  for (const o of criterion.options) if (o.appliesTo !== undefined) scopes.set(JSON.stringify(o.appliesTo), []);
  if (scopes.size === 0) return [[...criterion.options]];
  for (const [key, list] of scopes) {
    for (const o of criterion.options) if (o.appliesTo === undefined || JSON.stringify(o.appliesTo) === key) list.push(o);
  }
  return [...scopes.values()];
}

function checkLadder(code: string, ladder: readonly ScoreOption[]): string[] {
  const problems: string[] = [];
  let lastStar = 0;
  ladder.forEach((o, i) => {
    const prev = ladder[i - 1];
    if (prev !== undefined && o.points < prev.points) problems.push(`${code}: option ${o.position} scores less than option ${prev.position}`);
    if (o.minStar === undefined) return;
    if (o.appliesTo !== undefined) problems.push(`${code}: option ${o.position} carries a star marker but is limited to some producers`);
    if (o.minStar <= lastStar) problems.push(`${code}: star markers do not rise along the options`);
    // A marker on the lowest option could never be missed; the data adds a "not met" option below it.
    if (prev === undefined) problems.push(`${code}: option ${o.position} is marked but is the lowest option`);
    else if (prev.points >= o.points) problems.push(`${code}: option ${o.position} is marked but scores no more than option ${prev.position}`);
    lastStar = o.minStar;
  });
  return problems;
}

function checkCriterion(c: Criterion): string[] {
  const problems: string[] = [];
  if (c.options.length < 2) problems.push(`${c.code}: needs at least two options`);
  c.options.forEach((o, i) => {
    if (o.position !== i) problems.push(`${c.code}: option at index ${i} says position ${o.position}`);
    if (!Number.isInteger(o.points) || o.points < 0) problems.push(`${c.code}: option ${i} has invalid points ${o.points}`);
  });
  const max = Math.max(...c.options.map((o) => o.points));
  if (max !== c.maxPoints) problems.push(`${c.code}: maximum is ${c.maxPoints} but the best option scores ${max}`);
  for (const ladder of optionLadders(c)) problems.push(...checkLadder(c.code, ladder));
  return problems;
}

function checkTree(sheet: ScoreSheet): string[] {
  const problems: string[] = [];
  const containers = new Map<string, number>();
  const childCount = new Map<string, number>();
  for (const n of [...sheet.parts, ...sheet.groups]) containers.set(n.code, 0);
  const seen = new Set<string>();
  for (const n of [...sheet.parts, ...sheet.groups, ...sheet.criteria]) {
    if (seen.has(n.code)) problems.push(`${n.code}: code used twice`);
    seen.add(n.code);
  }
  for (const n of [...sheet.groups, ...sheet.criteria]) {
    const parent = parentCode(n.code);
    const sum = containers.get(parent);
    if (sum === undefined) problems.push(`${n.code}: parent ${parent || '(none)'} is not a part or group of this sheet`);
    else containers.set(parent, sum + n.maxPoints);
    childCount.set(parent, (childCount.get(parent) ?? 0) + 1);
  }
  for (const n of [...sheet.parts, ...sheet.groups]) {
    const sum = containers.get(n.code) ?? 0;
    if (sum !== n.maxPoints) problems.push(`${n.code}: maximum is ${n.maxPoints} but its criteria add up to ${sum}`);
    if ((childCount.get(n.code) ?? 0) === 0) problems.push(`${n.code}: holds no criteria`);
  }
  return problems;
}

/** Every broken rule of one sheet, as readable lines (empty when the sheet is sound). */
export function checkScoreSheet(sheet: ScoreSheet): string[] {
  const problems = checkTree(sheet);
  const total = sheet.parts.reduce((s, p) => s + p.maxPoints, 0);
  if (total !== SHEET_TOTAL) problems.push(`parts add up to ${total}, not ${SHEET_TOTAL}`);
  for (const c of sheet.criteria) problems.push(...checkCriterion(c));
  return problems.map((p) => `set ${sheet.setNumber}: ${p}`);
}

/** Every broken rule of a legal version's file: its bands, set numbers and each sheet. */
export function checkScoreSheetVersion(version: ScoreSheetVersion): string[] {
  const problems: string[] = [];
  const stars = version.starBands.map((b) => b.star).join(',');
  if (stars !== '5,4,3,2,1') problems.push(`star bands must list 5★ down to 1★, got ${stars}`);
  version.starBands.forEach((b, i) => {
    const prev = version.starBands[i - 1];
    if (prev !== undefined && b.minPoints >= prev.minPoints) problems.push(`band ${b.star}★ does not start below band ${prev.star}★`);
  });
  if (version.starBands.at(-1)?.minPoints !== 0) problems.push('the 1★ band must start at 0 points');
  const numbers = version.sheets.map((s) => s.setNumber);
  if (new Set(numbers).size !== numbers.length) problems.push('a product set number is used twice');
  for (const sheet of version.sheets) problems.push(...checkScoreSheet(sheet));
  return problems.map((p) => `${version.legalVersion}: ${p}`);
}
