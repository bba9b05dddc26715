// What the sheet adds up to while it is filled in: a bar that stays on screen (total, star,
// progress), the parts and the star markers missed, and the gap analysis towards a higher star.
import { useTranslation } from 'react-i18next';
import type { Classification, UpgradePlan } from '../../api-evaluation.js';
import { StarBadge } from '../../components/badges.js';
import { formatNumber } from '../../format.js';
import { localText } from '../../labels.js';
import type { RunningScore } from './sheet-score.js';

/** The server's classification once the sheet is complete; the running estimate before. */
function figuresOf(running: RunningScore, server: Classification | undefined) {
  if (server === undefined) return { total: running.total, star: running.star, band: running.bandStar, estimate: true };
  return { total: server.total, star: server.star, band: server.band.star, estimate: false };
}

export function ScoreBar({ running, server }: { running: RunningScore; server: Classification | undefined }) {
  const { t, i18n } = useTranslation();
  const figures = figuresOf(running, server);
  return (
    <div className="score-bar" data-testid="score-bar">
      <span>
        <span className="muted small">{t('sheet.total')}</span>{' '}
        <strong data-testid="score-total">{formatNumber(i18n.language, figures.total)}</strong>
        <span className="muted">/{running.maxTotal}</span>
      </span>
      <span data-testid="score-star">
        {figures.star >= 1 ? <StarBadge star={figures.star} /> : null}
        <span className="muted small score-note"> {figures.estimate ? t('sheet.estimate') : t(figures.star >= 3 ? 'sheet.certifiable' : 'sheet.notCertifiable')}</span>
      </span>
      <span className="muted small" data-testid="score-answered">
        {t('sheet.answered', { done: running.answered, all: running.criteria })}
      </span>
    </div>
  );
}

export function ScoreDetails({ running, server }: { running: RunningScore; server: Classification | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const figures = figuresOf(running, server);
  const parts = server?.parts ?? running.parts;
  const missed = server?.markersMissed.map((m) => ({ code: m.code, title: m.title, requiredStar: m.requiredStar, requiredPoints: m.required.points, chosenPoints: m.chosen.points })) ?? running.markersMissed;
  return (
    <section className="card" aria-labelledby="score-details-title" data-testid="score-details">
      <h2 id="score-details-title">{t('sheet.result')}</h2>
      <dl className="facts facts-wrap">
        <dt>{t('sheet.total')}</dt>
        <dd>{t('sheet.totalOf', { total: formatNumber(lang, figures.total), max: running.maxTotal })}</dd>
        <dt>{t('sheet.band')}</dt>
        <dd>{t('sheet.bandValue', { star: figures.band })}</dd>
        <dt>{t('sheet.star')}</dt>
        <dd data-testid="result-star">{t(figures.estimate ? 'sheet.starEstimate' : 'sheet.starValue', { star: figures.star })}</dd>
        {parts.map((part) => (
          <PartFact key={part.code} code={part.code} title={localText(lang, part.title)} points={part.points} max={part.maxPoints} />
        ))}
      </dl>
      {missed.length > 0 ? (
        <>
          <h3>{t('sheet.markersMissed')}</h3>
          <ul className="plain-list" data-testid="markers-missed">
            {missed.map((marker) => (
              <li key={`${marker.code}-${marker.requiredStar}`}>
                <strong>{marker.code}</strong> {localText(lang, marker.title)}{' '}
                <span className="muted small">{t('sheet.markerMissed', { star: marker.requiredStar, need: marker.requiredPoints, have: marker.chosenPoints })}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('sheet.noMarkersMissed')}</p>
      )}
      {server ? <p className="small">{localText(lang, server.explanation)}</p> : <p className="muted small">{t('sheet.completeFirst')}</p>}
    </section>
  );
}

function PartFact({ code, title, points, max }: { code: string; title: string; points: number; max: number }) {
  const { t } = useTranslation();
  return (
    <>
      <dt>
        {t('sheet.part', { code })} {title}
      </dt>
      <dd>{t('sheet.totalOf', { total: points, max })}</dd>
    </>
  );
}

type GapProps = { plan: UpgradePlan | undefined; loading: boolean; target: string; onTarget(target: string): void };

/** "To reach 4★ improve: …": the fewest points that lift the product, from the server's gap analysis. */
export function GapPanel({ plan, loading, target, onTarget }: GapProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const current = plan?.current.star ?? 0;
  const targets = [3, 4, 5].filter((star) => star > current);
  return (
    <section className="card" aria-labelledby="gap-title" data-testid="gap">
      <h2 id="gap-title">{t('gap.title')}</h2>
      {loading && plan === undefined ? <p role="status">{t('app.loading')}</p> : null}
      {plan && targets.length === 0 ? <p>{t('gap.top')}</p> : null}
      {plan && targets.length > 0 ? (
        <>
          <label className="inline-select">
            <span>{t('gap.target')}</span>
            <select value={target} onChange={(event) => onTarget(event.target.value)}>
              <option value="">{t('gap.nextStar')}</option>
              {targets.map((star) => (
                <option key={star} value={String(star)}>
                  {t('sheet.starValue', { star })}
                </option>
              ))}
            </select>
          </label>
          <h3 data-testid="gap-heading">
            {plan.reachable ? t('gap.toReach', { star: plan.targetStar ?? current + 1 }) : t('gap.unreachable', { star: plan.targetStar ?? current + 1 })}
          </h3>
          <ol className="gap-steps">
            {plan.steps.map((step) => (
              <li key={step.code}>
                <strong>{step.code}</strong> {localText(lang, step.title)}:{' '}
                {t('gap.step', { from: localText(lang, step.from.label), to: localText(lang, step.to.label), points: step.pointsGained })}
                {step.meetsMarkerFor === null ? null : <span className="badge badge-star">{t('sheet.marker', { star: step.meetsMarkerFor })}</span>}
              </li>
            ))}
          </ol>
          <p className="muted small">{localText(lang, plan.explanation)}</p>
        </>
      ) : null}
    </section>
  );
}
