// The council's tally as the server lets the caller see it: each member's latest total, the mean
// and star, and the members whose totals are too far apart (the spread rule), highlighted; then,
// for the chair or secretary, closing the scoring (the chair may override a spread with a reason).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { DossierDetail, type MemberScore, type Scores } from '../../api-evaluation.js';
import { StarBadge } from '../../components/badges.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { TextAreaField } from '../../components/field.js';
import { formatNumber } from '../../format.js';
import { formatDate } from '../../labels.js';
import { useAction } from '../../use-action.js';

function ScoreRows({ scores, flagged }: { scores: MemberScore[]; flagged: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <table className="data-table stack-on-phone tally-table">
      <thead>
        <tr>
          <th scope="col">{t('tally.member')}</th>
          <th scope="col">{t('tally.round')}</th>
          <th scope="col" className="num">
            {t('tally.total')}
          </th>
          <th scope="col">{t('tally.star')}</th>
          <th scope="col">{t('tally.submitted')}</th>
        </tr>
      </thead>
      <tbody>
        {scores.map((score) => {
          const isFlagged = score.latest && flagged.includes(score.username);
          const rowClass = isFlagged ? 'row-flagged' : score.latest ? undefined : 'row-old';
          return (
            <tr key={`${score.memberId}-${score.round}`} className={rowClass} data-testid={isFlagged ? 'tally-flagged' : 'tally-row'}>
              <td data-label={t('tally.member')}>
                <strong>{score.username}</strong> {score.councilRole ? <span className="muted small">{t(`councilRoles.${score.councilRole === 'chair' || score.councilRole === 'secretary' ? score.councilRole : 'member'}`)}</span> : null}
                {isFlagged ? <span className="badge badge-bad">{t('tally.flagged')}</span> : null}
                {score.latest ? null : <span className="badge badge-off">{t('tally.superseded')}</span>}
              </td>
              <td data-label={t('tally.round')}>{score.round}</td>
              <td data-label={t('tally.total')} className="num">
                {formatNumber(lang, score.total)}
              </td>
              <td data-label={t('tally.star')}>
                <StarBadge star={score.star} />
              </td>
              <td data-label={t('tally.submitted')}>{formatDate(lang, score.submittedAt, true)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Summary({ scores }: { scores: Scores }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="big-figures" data-testid="tally-summary">
      <p className="card">
        <span className="muted">{t('tally.mean')}</span>
        <strong data-testid="tally-mean">{scores.displayScore === null ? '—' : formatNumber(i18n.language, scores.displayScore)}</strong>
      </p>
      <p className="card">
        <span className="muted">{t('tally.councilStar')}</span>
        <strong>{scores.star === null ? '—' : t('sheet.starValue', { star: scores.star })}</strong>
      </p>
    </div>
  );
}

export function CouncilTally({ scores }: { scores: Scores }) {
  const { t } = useTranslation();
  const { quorum } = scores;
  return (
    <section className="card" aria-labelledby="tally-title" data-testid="tally">
      <h2 id="tally-title">{t('tally.title')}</h2>
      <p className="muted small">
        {t('tally.progress', { scored: scores.scored, expected: scores.expected })} ·{' '}
        {quorum.met ? t('tally.quorumMet', { present: quorum.present, seats: quorum.seats }) : t('tally.quorumMissing', { present: quorum.present, required: quorum.required })}
      </p>
      {scores.visibility === 'none' ? <p className="alert alert-info">{t('tally.hiddenUntilClosed')}</p> : null}
      {scores.visibility === 'own_only' ? <p className="alert alert-info">{t('tally.scoreFirst')}</p> : null}
      {scores.visibility === 'full' || scores.visibility === 'summary' ? <Summary scores={scores} /> : null}
      {scores.flagged.length > 0 ? (
        <div className="alert alert-error" role="alert" data-testid="spread-alert">
          <p>{t('tally.spread', { members: scores.flagged.join(', ') })}</p>
          <p className="alert-detail">{t('tally.spreadAsked')}</p>
        </div>
      ) : null}
      {scores.missing.length > 0 && scores.visibility !== 'none' ? <p className="small">{t('tally.missing', { members: scores.missing.join(', ') })}</p> : null}
      {scores.scores.length > 0 ? <ScoreRows scores={scores.scores} flagged={scores.flagged} /> : null}
    </section>
  );
}

type CloseProps = { dossierId: number; scores: Scores | undefined; onDone(message: string): void };

export function CloseScoringForm({ dossierId, scores, onDone }: CloseProps) {
  const { t } = useTranslation();
  const [override, setOverride] = useState('');
  const action = useAction();
  const spread = (scores?.flagged.length ?? 0) > 0;
  const waiting = (scores?.missing.length ?? 0) > 0;
  const close = () =>
    action.run(async () => {
      const body = spread && override.trim() !== '' ? { override: { reason: override.trim() } } : {};
      await api(`/dossiers/${dossierId}/close_scoring`, DossierDetail, { method: 'POST', body });
      onDone(t('dossierDone.close_scoring'));
    });
  return (
    <form className="card" aria-labelledby="close-title" onSubmit={(event) => event.preventDefault()} noValidate>
      <h2 id="close-title">{t('dossierActions.close_scoring')}</h2>
      <p className="muted">{waiting ? t('tally.closeWaiting') : spread ? t('tally.closeSpread') : t('tally.closeReady')}</p>
      <ErrorAlert error={action.error} />
      {spread ? (
        <TextAreaField label={t('tally.override')} hint={t('tally.overrideHint')} name="override" rows={3} value={override} onChange={(e) => setOverride(e.target.value)} />
      ) : null}
      <button type="button" className="primary" disabled={action.busy || waiting || (spread && override.trim().length < 20)} onClick={() => void close()}>
        {action.busy ? t('common.saving') : t('dossierActions.close_scoring')}
      </button>
    </form>
  );
}
