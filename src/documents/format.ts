// How dates and scores are written on Vietnamese documents: dd/mm/yyyy, "ngày … tháng … năm …"
// in the place-and-date line, and a decimal comma.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [string, string, string] {
  const m = ISO.exec(date);
  if (m === null) throw new RangeError(`Not a YYYY-MM-DD date: "${date}"`);
  return [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
}

/** "15/06/2026" */
export function formatDateVi(date: string): string {
  const [y, m, d] = parts(date);
  return `${d}/${m}/${y}`;
}

/** "ngày 15 tháng 6 năm 2026" — official documents write day and month without a leading zero
 * except that days 1–9 and months 1–2 take one (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
export function longDateVi(date: string): string {
  const [y, m, d] = parts(date);
  const month = Number(m) <= 2 ? m : String(Number(m));
  return `ngày ${d} tháng ${month} năm ${y}`;
}

/** 78.5 → "78,5"; 89.66 → "89,66"; whole numbers without decimals. */
export function formatScoreVi(score: number): string {
  const fixed = Number.isInteger(score) ? String(score) : String(Math.floor(score * 100 + 1e-9) / 100);
  return fixed.replace('.', ',');
}
