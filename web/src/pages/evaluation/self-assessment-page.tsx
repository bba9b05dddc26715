// The producer's self-assessment (Mẫu 02) on the dossier's own sheet, with the running total,
// the star markers missed and, once every criterion is answered, the server's classification and
// gap analysis. Saved only complete: the server classifies it again on save.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { Classification, DossierDetail } from '../../api-evaluation.js';
import { ErrorAlert, isNotFound } from '../../components/error-alert.js';
import { Link } from '../../components/link.js';
import { RecordMissing } from '../../components/record-missing.js';
import { StatusNotice } from '../../components/status-notice.js';
import { useAction } from '../../use-action.js';
import { useResource } from '../../use-resource.js';
import { ScoreSheetForm } from './score-sheet-form.js';
import { GapPanel, ScoreBar, ScoreDetails } from './score-summary.js';
import { legalFormsOf, runningScore, type Answers } from './sheet-score.js';
import { useGap, useProducerType, useSheet } from './use-sheet.js';

function SelfAssessment({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const sheet = useSheet(dossier);
  const producerType = useProducerType(dossier.producerId);
  const [answers, setAnswers] = useState<Answers>(() => dossier.selfAnswers?.answers ?? {});
  const [target, setTarget] = useState('');
  const [notice, setNotice] = useState('');
  const save = useAction();
  const editable = dossier.state === 'draft';
  const running = sheet.data ? runningScore(sheet.data, answers) : undefined;
  const gap = useGap({ dossier, answers, complete: running?.complete ?? false, producerType, providerCase: dossier.selfAnswers?.case ?? null, target });
  if (sheet.error) return <ErrorAlert error={sheet.error} />;
  if (!sheet.data || !running) return <p role="status">{t('app.loading')}</p>;

  const answer = (code: string, position: number) => {
    setNotice('');
    setAnswers((old) => ({ ...old, [code]: position }));
  };
  const submit = () =>
    save.run(async () => {
      const body = { answers, ...(producerType === null ? {} : { producerType }) };
      const result = await api(`/dossiers/${dossier.id}/self-assessment`, Classification, { method: 'PUT', body });
      setNotice(t('selfAssessment.saved', { total: result.total, star: result.star }));
    });
  return (
    <>
      {editable ? null : <p className="alert alert-info">{t('selfAssessment.locked')}</p>}
      <ScoreSheetForm detail={sheet.data} answers={answers} forms={legalFormsOf(producerType)} providerCase={dossier.selfAnswers?.case ?? null} disabled={!editable} onAnswer={answer} />
      <ScoreDetails running={running} server={gap.data?.current} />
      {running.complete ? <GapPanel plan={gap.data} loading={gap.loading} target={target} onTarget={setTarget} /> : null}
      <ErrorAlert error={save.error ?? gap.error} />
      <StatusNotice message={notice} />
      <div className="sticky-actions">
        <ScoreBar running={running} server={gap.data?.current} />
        {editable ? (
          <div className="form-actions">
            <button type="button" className="primary" disabled={save.busy || !running.complete} onClick={() => void submit()}>
              {save.busy ? t('common.saving') : running.complete ? t('selfAssessment.save') : t('selfAssessment.answerAll', { count: running.criteria - running.answered })}
            </button>
            {notice ? (
              <Link to={`/dossiers/${dossier.id}`} className="button-link">
                {t('selfAssessment.next')}
              </Link>
            ) : null}
          </div>
        ) : null}
      </div>
    </>
  );
}

export function SelfAssessmentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const dossier = useResource(`dossier:${id}`, (signal) => api(`/dossiers/${encodeURIComponent(id)}`, DossierDetail, { signal }));
  if (isNotFound(dossier.error)) return <RecordMissing backTo="/dossiers" backLabel={t('dossiers.back')} />;
  return (
    <section aria-labelledby="self-title">
      <p>
        <Link to={`/dossiers/${id}`}>← {t('dossiers.backToDossier')}</Link>
      </p>
      <h1 id="self-title">{t('selfAssessment.title')}</h1>
      {dossier.data ? (
        <p className="muted">
          {t('selfAssessment.intro', { product: dossier.data.productName, version: dossier.data.legalVersion, set: dossier.data.setNumber })}
        </p>
      ) : null}
      <ErrorAlert error={dossier.error} />
      {dossier.data ? <SelfAssessment dossier={dossier.data} /> : <p role="status">{t('app.loading')}</p>}
    </section>
  );
}
