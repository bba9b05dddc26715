// Converts the compiled reference list of Quảng Ninh's administrative units into the project's
// own data file, src/rules/units/quang-ninh.json (format: src/rules/units/README.md).
//
//   npx tsx scripts/build-units-data.ts <path-to-quang-ninh-units.json>
//
// The reference file is only an input: the product reads the generated file. Every cross-check
// between the reference's two views of the 2025 reform (new units' formedFromDetail and old
// units' becamePartOf) must agree, otherwise the script stops without writing anything.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { buildUnitCatalog, unitTypeFromName, type Succession, type Unit, type UnitsData } from '../src/domain/units.js';
import { parseUnitsData } from '../src/rules/units/index.js';

const OUTPUT = new URL('../src/rules/units/quang-ninh.json', import.meta.url);
const REFORM_START = '2025-07-01';
const REFORM_END = '2025-06-30';

const SOURCE =
  'Nghị quyết 1679/NQ-UBTVQH15 (16/06/2025) on the 2025 rearrangement of commune-level units of ' +
  'Quảng Ninh (new units from 01/07/2025); national administrative-unit codes (mã ĐVHC: QĐ 19/2025/QĐ-TTg ' +
  'for the new units, the GSO catalogue for the old ones); compiled from the public dataset ' +
  'github.com/tranngocminhhieu/vietnamadminunits (sapnhap.bando.com.vn mapping, GSO catalogue, ' +
  'production.cas.so codes).';

// ---------------------------------------------------------------------------------------------
// Reference format

const isoDate = z.iso.date();
const BaseRecord = z.object({
  name: z.string().min(1),
  type: z.enum(['province', 'city', 'town', 'district', 'ward', 'commune', 'township', 'special_zone']),
  level: z.enum(['province', 'district', 'commune']),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  formedFrom: z.array(z.string()),
  code: z.string().regex(/^\d+$/),
  notes: z.string().optional(),
});
const NewUnitRecord = BaseRecord.extend({
  formedFromDetail: z.array(
    z.object({ name: z.string(), code: z.string(), district: z.string(), partial: z.boolean() }),
  ).min(1),
  oldDistricts: z.array(z.string()),
  listOrder: z.number().int(),
  unchanged: z.boolean(),
  legalBasis: z.string().min(1),
});
const OldUnitRecord = BaseRecord.extend({
  parentDistrict: z.string(),
  parentDistrictCode: z.string(),
  becamePartOf: z.array(z.string()).min(1),
  splitAcrossNewUnits: z.boolean(),
});
type BaseRec = z.infer<typeof BaseRecord>;
type NewRec = z.infer<typeof NewUnitRecord>;
type OldRec = z.infer<typeof OldUnitRecord>;

type Parsed = { province: BaseRec; districts: BaseRec[]; newUnits: NewRec[]; oldUnits: OldRec[] };

function parseReference(raw: unknown): Parsed {
  const provinces: BaseRec[] = [];
  const districts: BaseRec[] = [];
  const newUnits: NewRec[] = [];
  const oldUnits: OldRec[] = [];
  for (const rec of z.array(z.unknown()).parse(raw)) {
    const base = BaseRecord.parse(rec);
    if (base.level === 'province') provinces.push(base);
    else if (base.level === 'district') districts.push(base);
    else if (base.validFrom === REFORM_START) newUnits.push(NewUnitRecord.parse(rec));
    else if (base.validTo === REFORM_END) oldUnits.push(OldUnitRecord.parse(rec));
    else fail(`commune-level record ${base.code} ${base.name} is neither new nor old`);
  }
  const province = provinces[0];
  if (provinces.length !== 1 || province === undefined) fail(`expected one province, got ${provinces.length}`);
  return { province, districts, newUnits, oldUnits };
}

// ---------------------------------------------------------------------------------------------
// Units

function fail(message: string): never {
  throw new Error(`build-units-data: ${message}`);
}

// The reference gives an English type and the name carries the Vietnamese type word; both
// must say the same thing.
function checkedType(rec: BaseRec): Unit['type'] {
  const fromName = unitTypeFromName(rec.name);
  if (fromName !== rec.type) fail(`${rec.code} ${rec.name}: type "${rec.type}" but the name says "${fromName ?? '?'}"`);
  return rec.type;
}

function unit(rec: BaseRec, id: string, parentId: string | null, extra: Partial<Unit> = {}): Unit {
  return {
    id, code: rec.code, name: rec.name, type: checkedType(rec), level: rec.level, parentId,
    validFrom: rec.validFrom, validTo: rec.validTo, ...extra, ...(rec.notes === undefined ? {} : { notes: rec.notes }),
  };
}

// District codes are not unique over time (Thị xã → Thành phố Đông Triều kept code 205): the
// record still valid at the reform owns `d-<code>`, earlier ones get their end date appended.
function districtUnits(districts: readonly BaseRec[], provinceId: string): Unit[] {
  const sorted = [...districts].sort((a, b) => a.code.localeCompare(b.code) || (a.validTo ?? '9').localeCompare(b.validTo ?? '9'));
  return sorted.map((rec) => {
    const isLatest = !sorted.some((o) => o.code === rec.code && (o.validTo ?? '9') > (rec.validTo ?? '9'));
    return unit(rec, isLatest ? `d-${rec.code}` : `d-${rec.code}-${rec.validTo ?? ''}`, provinceId);
  });
}

function oldUnits(oldRecs: readonly OldRec[], districts: readonly Unit[]): Unit[] {
  return [...oldRecs].sort((a, b) => a.code.localeCompare(b.code)).map((rec) => {
    const parent = districts.find((d) => d.code === rec.parentDistrictCode && d.validTo === REFORM_END);
    if (parent === undefined || parent.name !== rec.parentDistrict) {
      fail(`${rec.code} ${rec.name}: district ${rec.parentDistrictCode} ${rec.parentDistrict} not found as at ${REFORM_END}`);
    }
    return unit(rec, `old-${rec.code}`, parent.id);
  });
}

function newUnits(newRecs: readonly NewRec[], provinceId: string): Unit[] {
  return [...newRecs].sort((a, b) => a.listOrder - b.listOrder).map((rec) =>
    unit(rec, `new-${rec.code}`, provinceId, {
      legalBasis: rec.legalBasis,
      ...(rec.unchanged ? { notes: 'Kept as it was (not rearranged) by NQ 1679/NQ-UBTVQH15.' } : {}),
    }));
}

// ---------------------------------------------------------------------------------------------
// Succession

// The 2025 edges come from the new units' formedFromDetail; each is checked against the old
// unit's own record (name, district, becamePartOf, split flag).
function reformSuccession(newRecs: readonly NewRec[], oldRecs: readonly OldRec[]): Succession[] {
  const edges: Succession[] = [];
  for (const rec of [...newRecs].sort((a, b) => a.listOrder - b.listOrder)) {
    checkFormedFrom(rec);
    for (const part of rec.formedFromDetail) {
      const old = oldRecs.find((o) => o.code === part.code && o.parentDistrict === part.district);
      if (old === undefined || old.name !== part.name) fail(`${rec.name}: no old unit ${part.code} ${part.name} (${part.district})`);
      if (!old.becamePartOf.includes(rec.name)) fail(`${old.name} (${old.parentDistrict}): becamePartOf lacks ${rec.name}`);
      if (part.partial !== old.splitAcrossNewUnits) fail(`${rec.name} ← ${old.name}: partial flag disagrees with splitAcrossNewUnits`);
      edges.push({ fromId: `old-${old.code}`, toId: `new-${rec.code}`, partial: part.partial, effective: REFORM_START, legalBasis: rec.legalBasis });
    }
  }
  for (const old of oldRecs) {
    const targets = edges.filter((e) => e.fromId === `old-${old.code}`).length;
    if (targets !== old.becamePartOf.length) fail(`${old.name} (${old.parentDistrict}): becamePartOf lists ${old.becamePartOf.length} units, formedFromDetail ${targets}`);
  }
  return edges;
}

// formedFrom (display strings) and oldDistricts must tell the same story as formedFromDetail.
function checkFormedFrom(rec: NewRec): void {
  const expected = rec.formedFromDetail.map((p) => `${p.name} (${p.district})${p.partial ? ' – part' : ''}`);
  if (JSON.stringify(expected) !== JSON.stringify(rec.formedFrom)) fail(`${rec.name}: formedFrom and formedFromDetail disagree`);
  const districts = [...new Set(rec.formedFromDetail.map((p) => p.district))];
  if (JSON.stringify(districts) !== JSON.stringify(rec.oldDistricts)) fail(`${rec.name}: oldDistricts disagree with formedFromDetail`);
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// District-level events before 2025. Thị xã → Thành phố Đông Triều is in the reference's
// formedFrom; its resolution number is taken from the new record's notes. Hoành Bồ → Hạ Long is stated only in both districts' notes, so it is declared
// here and checked against them; its effective date is the commonly cited one (see notes).
function districtSuccession(districts: readonly Unit[], recs: readonly BaseRec[]): Succession[] {
  const byName = (name: string): Unit => districts.find((d) => d.name === name) ?? fail(`no district ${name}`);
  const edges: Succession[] = recs.flatMap((rec) => rec.formedFrom.map((name) => {
    const to = byName(rec.name);
    const from = byName(name);
    const effective = from.validTo === null ? null : nextDay(from.validTo);
    if (effective === null || to.validFrom !== effective) fail(`${name} → ${rec.name}: dates do not meet`);
    const resolution = /\bNQ (\d+\/NQ-[A-Z0-9]+)/.exec(to.notes ?? '')?.[1];
    return { fromId: from.id, toId: to.id, partial: false, effective, ...(resolution === undefined ? {} : { legalBasis: `Nghị quyết ${resolution}` }) };
  }));
  const hoanhBo = byName('Huyện Hoành Bồ');
  const haLong = byName('Thành phố Hạ Long');
  if (hoanhBo.validTo !== '2019-12-31' || !(hoanhBo.notes ?? '').includes('Merged into Thành phố Hạ Long')
    || !(haLong.notes ?? '').includes('Absorbed Huyện Hoành Bồ')) fail('Hoành Bồ / Hạ Long records no longer say Hoành Bồ merged into Hạ Long');
  edges.push({
    fromId: hoanhBo.id, toId: haLong.id, partial: false, effective: nextDay(hoanhBo.validTo),
    notes: 'Merged whole into Thành phố Hạ Long (UBTVQH session of 17/12/2019; commonly cited as NQ 837/NQ-UBTVQH14, effective 01/01/2020; number and date not verified in the sources consulted).',
  });
  return edges;
}

// ---------------------------------------------------------------------------------------------

function convert(raw: unknown): UnitsData {
  const ref = parseReference(raw);
  const province = unit(ref.province, ref.province.code, null);
  const districts = districtUnits(ref.districts, province.id);
  const units = [province, ...districts, ...oldUnits(ref.oldUnits, districts), ...newUnits(ref.newUnits, province.id)];
  const earlier = districtSuccession(districts, ref.districts).sort((a, b) => a.effective.localeCompare(b.effective));
  const succession = [...earlier, ...reformSuccession(ref.newUnits, ref.oldUnits)];
  return {
    source: SOURCE,
    province: { id: province.id, code: province.code, name: province.name },
    units,
    succession,
  };
}

function main(argv: readonly string[]): void {
  const input = argv[0];
  if (input === undefined) fail('usage: npx tsx scripts/build-units-data.ts <path-to-quang-ninh-units.json>');
  const data = convert(JSON.parse(readFileSync(input, 'utf8')));
  // Round-trip through the product's own loader checks so the written file is known to load.
  buildUnitCatalog(parseUnitsData(JSON.parse(JSON.stringify(data))));
  writeFileSync(OUTPUT, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote ${fileURLToPath(OUTPUT)}: ${data.units.length} units, ${data.succession.length} succession entries`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
