// Converts the reference score sheets into the project's own data files (format and sources:
// src/rules/score-sheets/README.md):
//
//   npx tsx scripts/build-score-sheets.ts <reference-dir>
//
// reads <reference-dir>/ocop-criteria-26-2026.json and ocop-criteria-1048-historical.json, plus the
// reviewed inputs in src/rules/score-sheets/sources/ (version headers, English titles), and writes
// src/rules/score-sheets/26-2026.json, 1048-2019.json and src/rules/catalogue/product-catalogue.json.
// The reference files are only inputs: the product reads the generated files. Anything that does
// not add up or does not fit a reviewed rule below stops the script before it writes a file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ProductCatalogue, ProductSet } from '../src/domain/scoring/catalogue.js';
import type { ProducerType } from '../src/domain/scoring/producer-types.js';
import type { Criterion, CriterionGroup, LocalText, ScoreOption, ScoreSheet, ScoreSheetVersion } from '../src/domain/scoring/types.js';
import { parseProductCatalogue } from '../src/rules/catalogue/index.js';
import { parseScoreSheetVersion } from '../src/rules/score-sheets/index.js';
import { ScoreSheetVersionSchema } from '../src/rules/score-sheets/schema.js';

const OUT_DIR = new URL('../src/rules/score-sheets/', import.meta.url);
const CATALOGUE_OUT = new URL('../src/rules/catalogue/product-catalogue.json', import.meta.url);
const readSource = (name: string): unknown => JSON.parse(readFileSync(new URL(`sources/${name}`, OUT_DIR), 'utf8'));
const Header = ScoreSheetVersionSchema.omit({ id: true, source: true, sourceIssues: true, sheets: true });
const HEADERS = z.object({ '26-2026': Header, '1048-2019': Header }).parse(readSource('versions.json'));
const Dict = z.record(z.string(), z.string());
const EN = z.object({
  ministries: z.record(z.string(), z.object({ code: z.string(), en: z.string() })),
  sectors: Dict, groups: Dict, sets26: Dict, sets1048: Dict, parts: Dict, options: Dict, titles: Dict,
}).parse(readSource('en.json'));

function fail(message: string): never {
  process.stderr.write(`build-score-sheets: ${message}\n`);
  process.exit(1);
}

// ==== Reviewed rules (each one is checked against the source, so a changed source fails loudly)

const DISQUALIFYING = /bị loại|loại bỏ|không đánh giá|không xem xét/i;
const NOT_MET: LocalText = { vi: 'Không đạt mức nào của tiêu chí này', en: "Meets none of this criterion's levels" };
const ENTERPRISES: ProducerType[] = ['private_enterprise', 'llc_single_member', 'llc_multi_member', 'jsc_local_minority'];

/** Criterion 3.1 scores the legal form: each printed option maps to the forms it names. */
const LEGAL_FORMS: Record<'26' | '1048', { match: RegExp; types: ProducerType[] }[]> = {
  '26': [
    { match: /^Hộ sản xuất\/hộ gia đình .*trang trại.*tổ hợp tác/, types: ['household', 'farm', 'cooperative_group'] },
    { match: /^Công ty TNHH; hoặc doanh nghiệp tư nhân; hoặc công ty cổ phần .*< ?51 ?%$/, types: ENTERPRISES },
    { match: /^HTX .*≥ ?51 ?%/, types: ['cooperative', 'jsc_local_majority'] },
  ],
  '1048': [
    { match: /^Hộ gia đình .*tổ hợp tác.*(1|một) thành viên.*(DNTN)/, types: ['household', 'cooperative_group', 'llc_single_member', 'private_enterprise'] },
    { match: /^Công ty TNHH hai thành viên trở lên, công ty cổ phần .*< ?51 ?%$/, types: ['llc_multi_member', 'jsc_local_minority'] },
    { match: /^HTX .*≥ ?51 ?%$/, types: ['cooperative', 'jsc_local_majority'] },
  ],
};
/** 1048 criterion 3.2 prints two lists: managed by a board (first) or by one director/household head (second). */
const BOARD_RUN: ProducerType[] = ['cooperative_group', ...ENTERPRISES, 'jsc_local_majority', 'cooperative'];
const HEAD_RUN: ProducerType[] = ['household', 'private_enterprise', 'llc_single_member'];
/** Options after which, per the sheet's own note, the evaluation does not go on. */
const STOPS_26: { set: number; codes: string[]; noteOn: string }[] = [
  { set: 16, codes: ['C.6.1', 'C.6.2', 'C.6.3', 'C.6.4'], noteOn: 'C.6.4' },
  { set: 19, codes: ['C.6'], noteOn: 'C.6' },
];
/** 1048 sheets whose Part C adds up to 38 in the dump (a criterion is missing): left out. */
const INCOMPLETE_1048 = [21, 23, 24];
/** Printed numbering slips in the 1048 dump: [sheet, printed number, criterion title, number used]. */
const RENUMBER_1048: [number, string, string, string][] = [[6, '6.1.3', 'Mùi', '6.1.4'], [6, '6.1.4', 'Vị', '6.1.5']];
const renumbered = new Set<(typeof RENUMBER_1048)[number]>();
const PART_TITLES_1048: Record<string, string> = { A: 'SẢN PHẨM VÀ SỨC MẠNH CỘNG ĐỒNG', B: 'KHẢ NĂNG TIẾP THỊ', C: 'CHẤT LƯỢNG SẢN PHẨM' };
const PART_MAX_1048: Record<string, number> = { A: 35, B: 25, C: 40 };

// ==== Shared helpers

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const title = (vi: string): LocalText => {
  const key = norm(vi).toLowerCase();
  const hits = Object.keys(EN.titles).filter((k) => key.startsWith(k) && !/\p{L}/u.test(key.charAt(k.length)));
  const best = hits.sort((a, b) => b.length - a.length)[0];
  return best === undefined ? { vi: norm(vi) } : { vi: norm(vi), en: EN.titles[best] };
};
const splitNotes = (notes: readonly string[]) => ({
  notes: notes.filter((n) => !DISQUALIFYING.test(n)),
  disqualifyWhen: notes.filter((n) => DISQUALIFYING.test(n)),
});
const nonEmpty = (xs: string[]) => (xs.length > 0 ? xs : undefined);

/** The two capture groups of a pattern the source text must match. */
function captures(re: RegExp, text: string, what: string): [string, string] {
  const m = re.exec(text);
  const [a, b] = [m?.[1], m?.[2]];
  if (a === undefined || b === undefined) fail(`${what}: unexpected "${text}"`);
  return [a, b];
}

/** A criterion or group before flattening: the source's tree with our codes. */
type Draft = { code: string; title: string; notes: string[]; max?: number; children?: Draft[]; options?: ScoreOption[] };

function flatten(d: Draft, groups: CriterionGroup[], criteria: Criterion[]): number {
  const { notes, disqualifyWhen } = splitNotes(d.notes);
  const base = { code: d.code, title: title(d.title), notes: nonEmpty(notes), disqualifyWhen: nonEmpty(disqualifyWhen) };
  let max: number;
  if (d.options !== undefined) {
    max = Math.max(...d.options.map((o) => o.points));
    criteria.push({ ...base, maxPoints: max, options: d.options });
  } else {
    const group = { ...base, maxPoints: 0 };
    groups.push(group);
    max = (d.children ?? []).reduce((s, c) => s + flatten(c, groups, criteria), 0);
    group.maxPoints = max;
  }
  if (d.max !== undefined && d.max !== max) fail(`${d.code}: source says ${d.max} points, its options/criteria give ${max}`);
  return max;
}

function withPositions(options: ScoreOption[]): ScoreOption[] {
  return options.map((o, position) => ({ ...o, position }));
}

function legalForms(version: '26' | '1048', code: string, options: ScoreOption[], other = false): ScoreOption[] {
  const rules = LEGAL_FORMS[version];
  if (options.length !== rules.length) fail(`${code}: expected ${rules.length} legal-form options`);
  return options.map((o, i) => {
    const rule = rules[i];
    if (rule === undefined || !rule.match.test(o.label.vi.replace(/;$/, ''))) fail(`${code}: option ${i} does not name the expected legal forms: ${o.label.vi}`);
    const extra: ProducerType[] = other && i === rules.length - 1 && /các đối tượng còn lại/.test(o.label.vi) ? ['other_organisation'] : [];
    return { ...o, appliesTo: { producerTypes: [...rule.types, ...extra] } };
  });
}

/** A marker on the lowest option could never be missed: add the "not met" level below it. */
function withNotMet(options: ScoreOption[]): ScoreOption[] {
  const first = options[0];
  if (first?.minStar === undefined || options.some((o) => o.appliesTo !== undefined)) return options;
  return withPositions([{ position: 0, label: NOT_MET, points: 0, synthetic: true }, ...options]);
}

function write(file: URL, data: unknown): void {
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  process.stdout.write(`wrote ${file.pathname}\n`);
}

// ==== 26/2026/QĐ-TTg

type RefNode = { code: string; title: string; max: number; children?: RefNode[] | undefined; notes?: string[] | undefined; options: z.infer<typeof RefOption>[] };
const RefOption = z.strictObject({
  label: z.string(), points: z.number().int().min(0), minStar: z.union([z.literal(3), z.literal(4), z.literal(5)]).nullable(),
  synthetic: z.literal(true).optional(), sourceBlank: z.literal(true).optional(), sourceTypo: z.number().optional(), case: z.string().optional(),
});
const RefNodeSchema: z.ZodType<RefNode> = z.lazy(() => z.strictObject({
  code: z.string(), title: z.string(), max: z.number().int(), notes: z.array(z.string()).optional(),
  children: z.array(RefNodeSchema).optional(), options: z.array(RefOption),
}));
const Ref26 = z.object({
  source: z.object({ document: z.string(), retrievedFrom: z.string(), knownSourceIssues: z.array(z.string()) }),
  sets: z.array(z.strictObject({
    no: z.number().int(), name: z.string(), category: z.string(), group: z.string(), managingMinistry: z.string(),
    disqualifyWhen: z.array(z.string()), total: z.literal(100), parts: z.array(RefNodeSchema).length(3),
  })).length(26),
});
type Set26 = z.infer<typeof Ref26>['sets'][number];

function option26(o: z.infer<typeof RefOption>): ScoreOption {
  const caseNo = o.case === undefined ? undefined : /^Trường hợp ([12]):/.exec(o.case)?.[1];
  if (o.case !== undefined && caseNo === undefined) fail(`unrecognised case "${o.case}"`);
  const en = o.synthetic === true ? EN.options[o.label] : undefined;
  return {
    position: 0, label: en === undefined ? { vi: norm(o.label) } : { vi: norm(o.label), en }, points: o.points,
    minStar: o.minStar ?? undefined, synthetic: o.synthetic,
    appliesTo: caseNo === undefined ? undefined : { case: caseNo === '1' ? 1 : 2 },
    sourceNote: o.sourceBlank === true ? 'points cell printed blank; read as 0' : o.sourceTypo === undefined ? undefined : `points printed as ${o.sourceTypo}; read as ${o.points}`,
  };
}

function stopOptions(set: number, code: string, options: ScoreOption[], notes: string[]): ScoreOption[] {
  const rule = STOPS_26.find((r) => r.set === set && r.codes.includes(code));
  if (rule === undefined) return options;
  const zeros = options.filter((o) => o.points === 0);
  if (zeros.length !== 1) fail(`set ${set} ${code}: expected exactly one 0-point option to stop the evaluation`);
  if (code === rule.noteOn && !notes.some((n) => /không đánh giá các bước tiếp theo/i.test(n))) fail(`set ${set} ${code}: the stop note is missing`);
  return options.map((o) => (o.points === 0 ? { ...o, stopsEvaluation: true } : o));
}

function draft26(set: Set26, n: RefNode, code: string): Draft {
  const notes = (n.notes ?? []).map(norm);
  const children = n.children ?? [];
  if ((children.length > 0) === (n.options.length > 0)) fail(`set ${set.no} ${code}: must have either criteria or options`);
  if (children.length > 0) {
    const nested = code.split('.').length > 2 || children.some((c) => c.code.includes('.'));
    if (nested && children.some((c) => !c.code.startsWith(`${n.code}.`))) fail(`set ${set.no} ${code}: a sub-criterion code does not extend ${n.code}`);
    return { code, title: n.title, notes, max: n.max, children: children.map((c) => draft26(set, c, `${code.split('.')[0] ?? ''}.${c.code}`)) };
  }
  let options = withPositions(n.options.map(option26));
  if (code === 'A.3.1') options = legalForms('26', `set ${set.no} ${code}`, options, set.no === 26);
  options = withNotMet(stopOptions(set.no, code, options, notes));
  return { code, title: n.title, notes, max: n.max, options };
}

function sheet26(set: Set26): ScoreSheet {
  const groups: CriterionGroup[] = [];
  const criteria: Criterion[] = [];
  const parts = set.parts.map((p) => {
    const printed = /\((\d+) Điểm\)\s*$/i.exec(p.title)?.[1];
    if (printed !== String(p.max) && !(set.no === 26 && p.code === 'A')) fail(`set ${set.no} part ${p.code}: heading says ${printed ?? '?'}, cell says ${p.max}`);
    const sum = (p.children ?? []).reduce((s, c) => s + flatten(draft26(set, c, `${p.code}.${c.code}`), groups, criteria), 0);
    if (sum !== p.max) fail(`set ${set.no} part ${p.code}: criteria add up to ${sum}, not ${p.max}`);
    return { code: p.code, title: { vi: norm(p.title.replace(/\(\d+ Điểm\)\s*$/i, '')), en: EN.parts[p.code] }, maxPoints: p.max };
  });
  if (!criteria.some((c) => c.code === 'A.3.1')) fail(`set ${set.no}: no criterion A.3.1 (legal form)`);
  const en = EN.sets26[String(set.no)] ?? fail(`set ${set.no}: no English name`);
  return { setNumber: set.no, name: { vi: norm(set.name), en }, disqualifyWhen: set.disqualifyWhen.map(norm), parts, groups, criteria };
}

function version26(ref: z.infer<typeof Ref26>): ScoreSheetVersion {
  const source = `${ref.source.document}. Retrieved from ${ref.source.retrievedFrom}.`;
  return { id: '26-2026', ...HEADERS['26-2026'], source, sourceIssues: ref.source.knownSourceIssues, sheets: ref.sets.map(sheet26) };
}

function catalogue26(ref: z.infer<typeof Ref26>): ProductCatalogue {
  const sectors: { code: string; name: LocalText; groups: { code: string; name: LocalText; sets: ProductSet[] }[] }[] = [];
  const ministries = new Map<string, { code: string; name: LocalText }>();
  for (const set of ref.sets) {
    const [code, vi] = captures(/^([IVX]+)\. (.+)$/, set.category, `set ${set.no} sector`);
    let sector = sectors.find((s) => s.code === code);
    if (sector === undefined) sectors.push(sector = { code, name: { vi, en: EN.sectors[code] ?? fail(`sector ${code}: no English name`) }, groups: [] });
    let group = sector.groups.find((g) => g.name.vi === set.group);
    if (group === undefined) sector.groups.push(group = { code: `${code}.${sector.groups.length + 1}`, name: { vi: set.group, en: EN.groups[set.group] ?? fail(`group ${set.group}: no English name`) }, sets: [] });
    const codes = set.managingMinistry.split(';').map((m) => {
      const known = EN.ministries[m.trim()] ?? fail(`set ${set.no}: unknown ministry "${m.trim()}"`);
      ministries.set(known.code, { code: known.code, name: { vi: m.trim(), en: known.en } });
      return known.code;
    });
    group.sets.push({ number: set.no, name: { vi: norm(set.name), en: EN.sets26[String(set.no)] ?? fail(`set ${set.no}: no English name`) }, ministries: codes });
  }
  const counts = [sectors.length, sectors.flatMap((s) => s.groups).length, ref.sets.length].join('/');
  if (counts !== '6/17/26') fail(`catalogue has ${counts} sectors/groups/sets, expected 6/17/26`);
  const source = 'Quyết định 26/2026/QĐ-TTg, Phụ lục I (6 sectors, 17 groups, 26 product sets; lead managing ministries per Nghị định 15/2018/NĐ-CP), '
    + `with set names and ministries as printed on the Phụ lục II sheets. Retrieved from ${ref.source.retrievedFrom}.`;
  return { legalVersion: '26/2026/QĐ-TTg', source, ministries: [...ministries.values()], sectors };
}

// ==== 1048/QĐ-TTg (historical)

const Ref1048 = z.object({
  source: z.object({ document: z.string(), retrievedFrom: z.string(), caveats: z.array(z.string()) }),
  sheets: z.array(z.object({
    productTypeId: z.number().int(), name: z.string(),
    parts: z.record(z.enum(['A', 'B', 'C']), z.array(z.object({
      title: z.string(),
      criteria: z.array(z.object({ title: z.string(), note: z.string(), options: z.array(z.object({ label: z.string(), points: z.number().int().min(0) })) })),
    }))),
  })),
});
type Sheet1048 = z.infer<typeof Ref1048>['sheets'][number];
type RefCriterion1048 = Sheet1048['parts']['A'][number]['criteria'][number];

/** Splits a list printed as two alternatives ("chọn một trong hai trường hợp") where the points fall back. */
function alternatives1048(sheet: Sheet1048, code: string, options: ScoreOption[]): ScoreOption[] {
  const drop = options.findIndex((o, i) => i > 0 && o.points < (options[i - 1]?.points ?? 0));
  if (drop < 0) return options;
  if (options.slice(drop + 1).some((o, i) => o.points < (options[drop + i]?.points ?? 0))) fail(`1048 sheet ${sheet.productTypeId} ${code}: more than two lists`);
  const scope = (first: boolean): ScoreOption['appliesTo'] => {
    if (code === 'A.3.2') return { producerTypes: first ? BOARD_RUN : HEAD_RUN };
    if (sheet.productTypeId === 8 && ['C.9', 'C.10', 'C.16'].includes(code)) return { case: first ? 1 : 2 };
    return fail(`1048 sheet ${sheet.productTypeId} ${code}: unexpected alternative option lists`);
  };
  return options.map((o, i) => ({ ...o, appliesTo: scope(i < drop) }));
}

function leaf1048(sheet: Sheet1048, code: string, c: RefCriterion1048, heading: string): Draft {
  let options = withPositions(c.options.map((o) => ({ position: 0, label: { vi: norm(o.label) }, points: o.points })));
  if (code === 'A.3.1') options = legalForms('1048', `1048 sheet ${sheet.productTypeId} ${code}`, options);
  return { code, title: heading, notes: c.note.trim() === '' ? [] : [norm(c.note)], options: alternatives1048(sheet, code, options) };
}

function group1048(sheet: Sheet1048, part: string, g: Sheet1048['parts']['A'][number]): Draft {
  const [num, heading] = captures(/^\s*(\d+)\s*\.\s*(.+)$/, g.title, `1048 sheet ${sheet.productTypeId} group`);
  const code = `${part}.${num}`;
  const only = g.criteria[0];
  if (g.criteria.length === 1 && only !== undefined && only.title.trim() === '') return leaf1048(sheet, code, only, heading);
  const root: Draft = { code, title: heading, notes: [], children: [] };
  const byCode = new Map<string, Draft>([[num, root]]);
  for (const c of g.criteria) {
    const [printed, t] = captures(/^(\d+(?:\.\d+)+)\.?\s*(.+)$/, c.title.trim(), `1048 sheet ${sheet.productTypeId} criterion in ${code}`);
    const fix = RENUMBER_1048.find(([id, p, title]) => id === sheet.productTypeId && p === printed && title === t.trim());
    if (fix !== undefined) renumbered.add(fix);
    const n = fix?.[3] ?? printed;
    const parent = byCode.get(n.slice(0, n.lastIndexOf('.'))) ?? fail(`1048 sheet ${sheet.productTypeId}: ${n} has no parent in ${code}`);
    const node = c.options.length > 0 ? leaf1048(sheet, `${part}.${n}`, c, t) : { code: `${part}.${n}`, title: t, notes: c.note.trim() === '' ? [] : [norm(c.note)], children: [] };
    parent.children?.push(node);
    byCode.set(n, node);
  }
  return root;
}

function sheet1048(sheet: Sheet1048): ScoreSheet {
  const groups: CriterionGroup[] = [];
  const criteria: Criterion[] = [];
  const parts = (['A', 'B', 'C'] as const).map((code) => {
    const sum = sheet.parts[code].reduce((s, g) => s + flatten(group1048(sheet, code, g), groups, criteria), 0);
    if (sum !== PART_MAX_1048[code]) fail(`1048 sheet ${sheet.productTypeId} part ${code}: adds up to ${sum}, not ${PART_MAX_1048[code]}`);
    return { code, title: { vi: PART_TITLES_1048[code] ?? code, en: EN.parts[code] }, maxPoints: sum };
  });
  const en = EN.sets1048[String(sheet.productTypeId)] ?? fail(`1048 sheet ${sheet.productTypeId}: no English name`);
  return { setNumber: sheet.productTypeId, name: { vi: norm(sheet.name), en }, disqualifyWhen: [], parts, groups, criteria };
}

function partCSum(sheet: Sheet1048): number {
  return sheet.parts.C.flatMap((g) => g.criteria).reduce((s, c) => s + Math.max(0, ...c.options.map((o) => o.points)), 0);
}

function version1048(ref: z.infer<typeof Ref1048>): ScoreSheetVersion {
  for (const id of INCOMPLETE_1048) {
    const sheet = ref.sheets.find((s) => s.productTypeId === id);
    if (sheet === undefined || partCSum(sheet) !== 38) fail(`1048 sheet ${id} was expected to be incomplete (Part C = 38); review INCOMPLETE_1048`);
  }
  const sheets = ref.sheets.filter((s) => !INCOMPLETE_1048.includes(s.productTypeId)).map(sheet1048).sort((a, b) => a.setNumber - b.setNumber);
  if (renumbered.size !== RENUMBER_1048.length) fail('a RENUMBER_1048 rule no longer matches the source; review it');
  const source = `${ref.source.document}. Retrieved from ${ref.source.retrievedFrom}.`;
  return { id: '1048-2019', ...HEADERS['1048-2019'], source, sourceIssues: ref.source.caveats, sheets };
}


function main(): void {
  const dir = process.argv[2] ?? fail('usage: npx tsx scripts/build-score-sheets.ts <reference-dir>');
  const read = (f: string): unknown => JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const ref26 = Ref26.parse(read('ocop-criteria-26-2026.json'));
  const outputs = [version26(ref26), version1048(Ref1048.parse(read('ocop-criteria-1048-historical.json')))];
  // Round-trip through the loader's own checks before anything is written.
  const checked = outputs.map((v) => parseScoreSheetVersion(JSON.parse(JSON.stringify(v)), v.id));
  const catalogue = parseProductCatalogue(catalogue26(ref26));
  for (const v of checked) write(new URL(`${v.id}.json`, OUT_DIR), v);
  write(CATALOGUE_OUT, catalogue);
}

try {
  main();
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
