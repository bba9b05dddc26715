import type { Band, Classification, MissedMarker } from './classify.js';
import type { UpgradePlan } from './gap.js';
import type { Lang, LocalText } from './types.js';

// Plain-language explanations of a classification and of an upgrade plan, in Vietnamese (the
// language of the dossiers) and English. Only the markers that actually lowered the rating are
// named; the full list stays in the result for the portal to show.

const text = (t: LocalText, lang: Lang) => (lang === 'en' ? t.en ?? t.vi : t.vi);
const stars = (n: number, lang: Lang) => (lang === 'vi' ? `${n} sao` : `${n}★`);
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, ''));

function bandWords(band: Band, lang: Lang): string {
  if (lang === 'vi') return band.belowPoints === null ? `từ ${band.minPoints} điểm trở lên` : `từ ${band.minPoints} đến dưới ${band.belowPoints} điểm`;
  return band.belowPoints === null ? `${band.minPoints} points or more` : `${band.minPoints} to under ${band.belowPoints} points`;
}

function totals(r: Classification, lang: Lang): string {
  const parts = r.parts.map((p) => `${p.code} ${fmt(p.points)}/${p.maxPoints}`).join('; ');
  return lang === 'vi'
    ? `Tổng điểm ${fmt(r.total)}/${r.maxTotal} (${parts}), thuộc khung ${stars(r.band.star, lang)} (${bandWords(r.band, lang)}).`
    : `Total ${fmt(r.total)}/${r.maxTotal} (${parts}), in the ${stars(r.band.star, lang)} band (${bandWords(r.band, lang)}).`;
}

function markerSentence(m: MissedMarker, lang: Lang): string {
  const need = `"${text(m.required.label, lang)}" (${m.required.points})`;
  return lang === 'vi'
    ? `Tiêu chí ${m.code} (${text(m.title, lang)}) chưa đạt mức tối thiểu cho ${stars(m.requiredStar, lang)}: cần ${need}, đang ở mức ${m.chosen.position} (${m.chosen.points} điểm).`
    : `Criterion ${m.code} (${text(m.title, lang)}) does not reach the ${stars(m.requiredStar, lang)} minimum: it needs ${need} but option ${m.chosen.position} (${m.chosen.points} points) was chosen.`;
}

function outcome(r: Classification, lang: Lang): string {
  if (lang === 'vi') {
    return r.certified
      ? `Kết quả: ${stars(r.star, lang)}, đủ điều kiện công nhận sản phẩm OCOP.`
      : `Kết quả: ${stars(r.star, lang)}, không đủ điều kiện công nhận sản phẩm OCOP (chỉ công nhận từ 3 sao).`;
  }
  return r.certified
    ? `Result: ${stars(r.star, lang)}, eligible for recognition as an OCOP product.`
    : `Result: ${stars(r.star, lang)}, not eligible for OCOP recognition (only 3★ and above are certified).`;
}

/** Explains a classification in words: total and band, what lowered the star, and the outcome. */
export function explainClassification(r: Classification, lang: Lang): string {
  const lines = [
    lang === 'vi'
      ? `Bộ sản phẩm ${r.setNumber} (${text(r.setName, lang)}), theo ${r.legalVersion}.`
      : `Product set ${r.setNumber} (${text(r.setName, lang)}), under ${r.legalVersion}.`,
    totals(r, lang),
  ];
  for (const s of r.stoppedAt) {
    lines.push(lang === 'vi'
      ? `Tiêu chí ${s.code} chọn mức "${text(s.chosen.label, lang)}": theo phiếu đánh giá, không đánh giá các bước tiếp theo.`
      : `Criterion ${s.code} is "${text(s.chosen.label, lang)}": the sheet stops the evaluation there.`);
  }
  for (const m of r.markersMissed.filter((x) => x.binding)) lines.push(markerSentence(m, lang));
  lines.push(outcome(r, lang));
  return lines.join(' ');
}

/** Explains an upgrade plan: what to improve, by how much, and the rating that results. */
export function explainUpgradePlan(plan: UpgradePlan, lang: Lang): string {
  const vi = lang === 'vi';
  if (plan.targetStar === null) return vi ? 'Sản phẩm đã đạt 5 sao.' : 'The product is already 5★.';
  if (!plan.reachable) {
    return vi
      ? `Không thể đạt ${stars(plan.targetStar, lang)} chỉ bằng cách nâng các tiêu chí (loại hình chủ thể và trường hợp đánh giá giữ nguyên).`
      : `${stars(plan.targetStar, lang)} cannot be reached by improving criteria alone (legal form and case unchanged).`;
  }
  if (plan.steps.length === 0) return vi ? `Sản phẩm đã đạt ${stars(plan.current.star, lang)}.` : `The product is already ${stars(plan.current.star, lang)}.`;
  const steps = plan.steps.map((s) => (vi
    ? `${s.code} (${text(s.title, lang)}): từ mức ${s.from.position} lên "${text(s.to.label, lang)}" (+${s.pointsGained})`
    : `${s.code} (${text(s.title, lang)}): from option ${s.from.position} to "${text(s.to.label, lang)}" (+${s.pointsGained})`));
  return vi
    ? `Để đạt ${stars(plan.targetStar, lang)} cần nâng ${plan.steps.length} tiêu chí, thêm ${plan.pointsGained} điểm: ${steps.join('; ')}. Sau đó: ${fmt(plan.after.total)} điểm, ${stars(plan.after.star, lang)}.`
    : `To reach ${stars(plan.targetStar, lang)}, improve ${plan.steps.length} criteria for ${plan.pointsGained} more points: ${steps.join('; ')}. Then: ${fmt(plan.after.total)} points, ${stars(plan.after.star, lang)}.`;
}
