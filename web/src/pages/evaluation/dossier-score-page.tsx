// A council member scores a dossier on its sheet, independently: the server shows the others'
// scores only once the member has submitted (the page says so), and takes a second sheet only
// from a member the spread rule flags.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { DossierDetail, Scores } from '../../api-evaluation.js';
import { StarBadge } from '../../components/badges.js';
import { ErrorAlert, isNotFound } from '../../components/error-alert.js';
import { Link } from '../../components/link.js';
import { RecordMissing } from '../../components/record-missing.js';
import { StatusNotice } from '../../components/status-notice.js';
import { formatNumber } from '../../format.js';
import { useAction } from '../../use-action.js';
import { useResource } from '../../use-resource.js';
import { CouncilTally } from './council-tally.js';
import { ScoreSheetForm } from './score-sheet-form.js';
import { ScoreBar, ScoreDetails } from './score-summary.js';
import { legalFormsOf, runningScore, type Answers } from './sheet-score.js';
import { useGap, useProducerType, useSheet } from './use-sheet.js';

function OwnState({ scores }: { scores: Scores }) {
  const { t, i18n } = useTranslation();
  const { own } = scores;
  if (own === null) return <p className="alert alert-info" data-testid="own-state">{t('scoring.independent')}</p>;
  if (own.mayRescore) {
    return (
      <p className="alert alert-error" role="alert" data-testid="own-state">
        {t('scoring.flagged', { total: formatNumber(i18n.language, own.total) })}
      </p>
    );
  }
  return (
    <p className="alert alert-ok" data-testid="own-state">
      {t('scoring.submitted', { total: formatNumber(i18n.language, own.total), round: own.round })} <StarBadge star={own.star} />
    </p>
  );
}

function ScoreForm({ dossier, onSubmitted }: { dossier: DossierDetail; onSubmitted(): void }) {
  const { t } = useTranslation();
  const sheet = useSheet(dossier);
  const producerType = useProducerType(dossier.producerId);
  const [answers, setAnswers] = useState<Answers>({});
  const send = useAction();
  const running = sheet.data ? runningScore(sheet.data, answers) : undefined;
  const gap = useGap({ dossier, answers, complete: running?.complete ?? false, producerType, providerCase: dossier.selfAnswers?.case ?? null, target: '' });
  if (sheet.error) return <ErrorAlert error={sheet.error} />;
  if (!sheet.data || !running) return <p role="status">{t('app.loading')}</p>;
  const submit = () => {
    if (!window.confirm(t('scoring.confirm', { total: running.total }))) return;
    void send.run(async () => {
      await api(`/dossiers/${dossier.id}/scores`, Scores, { method: 'POST', body: { answers } });
      onSubmitted();
    });
  };
  return (
    <>
      <ScoreSheetForm detail={sheet.data} answers={answers} forms={legalFormsOf(producerType)} providerCase={dossier.selfAnswers?.case ?? null} onAnswer={(code, position) => setAnswers((old) => ({ ...old, [code]: position }))} />
      <ScoreDetails running={running} server={gap.data?.current} />
      <ErrorAlert error={send.error} />
      <div className="sticky-actions">
        <ScoreBar running={running} server={gap.data?.current} />
        <div className="form-actions">
          <button type="button" className="primary" disabled={send.busy || !running.complete} onClick={submit}>
            {send.busy ? t('common.saving') : running.complete ? t('scoring.submit') : t('selfAssessment.answerAll', { count: running.criteria - running.answered })}
          </button>
        </div>
      </div>
    </>
  );
}

export function DossierScorePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState('');
  const dossier = useResource(`dossier:${id}`, (signal) => api(`/dossiers/${encodeURIComponent(id)}`, DossierDetail, { signal }));
  const scores = useResource(`scores:${id}`, (signal) => api(`/dossiers/${encodeURIComponent(id)}/scores`, Scores, { signal }));
  if (isNotFound(dossier.error)) return <RecordMissing backTo="/council" backLabel={t('council.back')} />;
  const record = dossier.data;
  const own = scores.data?.own ?? null;
  const mayScore = record?.state === 'council_scoring' && scores.data !== undefined && (own === null || own.mayRescore);
  const submitted = () => {
    setNotice(t('scoring.thanks'));
    scores.reload();
    dossier.reload();
  };
  return (
    <section aria-labelledby="score-title">
      <p>
        <Link to={`/dossiers/${id}`}>← {t('dossiers.backToDossier')}</Link>
      </p>
      <h1 id="score-title">{t('scoring.title', { product: record?.productName ?? '' })}</h1>
      {record ? <p className="muted">{t('dossiers.criteriaValue', { version: record.legalVersion, set: record.setNumber })}</p> : null}
      <ErrorAlert error={dossier.error ?? scores.error} />
      <StatusNotice message={notice} />
      {scores.data ? <OwnState scores={scores.data} /> : null}
      {record && record.state !== 'council_scoring' ? <p className="alert alert-info">{t('scoring.closed')}</p> : null}
      {scores.data && !mayScore ? <CouncilTally scores={scores.data} /> : null}
      {record && mayScore ? <ScoreForm key={own?.round ?? 0} dossier={record} onSubmitted={submitted} /> : null}
    </section>
  );
}
