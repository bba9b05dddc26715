import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiHref, api } from '../../api.js';
import { DossierDetail, Scores } from '../../api-evaluation.js';
import { StarBadge } from '../../components/badges.js';
import { ErrorAlert, isForbidden, isNotFound } from '../../components/error-alert.js';
import { HistoryList } from '../../components/history-list.js';
import { Link } from '../../components/link.js';
import { RecordMissing } from '../../components/record-missing.js';
import { DossierStateBadge } from '../../components/status-badges.js';
import { StatusNotice } from '../../components/status-notice.js';
import { formatNumber } from '../../format.js';
import { dossierActionLabel, dossierStateLabel, formatDate } from '../../labels.js';
import { useUser } from '../../session.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';
import { CouncilTally } from './council-tally.js';
import { DossierEvidence } from './dossier-evidence.js';
import { DossierSteps } from './dossier-steps.js';

const SCORED_STATES: ReadonlySet<string> = new Set(['council_scoring', 'scored', 'decided']);

function DossierFacts({ dossier }: { dossier: DossierDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { clock } = dossier;
  return (
    <dl className="facts facts-wrap">
      <dt>{t('dossiers.producer')}</dt>
      <dd>{dossier.producerName}</dd>
      <dt>{t('dossiers.kind')}</dt>
      <dd>{t(`dossierKinds.${dossier.kind}`)}</dd>
      <dt>{t('dossiers.criteria')}</dt>
      <dd>{t('dossiers.criteriaValue', { version: dossier.legalVersion, set: dossier.setNumber })}</dd>
      <dt>{t('dossiers.filedOn')}</dt>
      <dd>{dossier.filedOn === null ? '—' : formatDate(lang, dossier.filedOn)}</dd>
      <dt>{t('dossiers.clock')}</dt>
      <dd data-testid="clock">
        {t('dossiers.clockValue', { producer: formatNumber(lang, clock.producerDays), officials: formatNumber(lang, clock.officialsDays) })}
        {clock.nowWaitingOn === 'nobody' ? null : <span className="badge badge-info">{t(clock.nowWaitingOn === 'producer' ? 'dossiers.waitingProducer' : 'dossiers.waitingOfficials')}</span>}
      </dd>
      {dossier.councilName ? (
        <>
          <dt>{t('dossiers.council')}</dt>
          <dd>{dossier.councilName}</dd>
        </>
      ) : null}
    </dl>
  );
}

function SelfAssessmentCard({ dossier, canEdit }: { dossier: DossierDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const self = dossier.selfAssessment;
  return (
    <section className="card" aria-labelledby="self-card-title">
      <h2 id="self-card-title">{t('selfAssessment.title')}</h2>
      {self ? (
        <p data-testid="self-result">
          {t('dossiers.points', { value: self.total })} <StarBadge star={self.star} />
        </p>
      ) : (
        <p className="muted">{t('selfAssessment.notYet')}</p>
      )}
      <Link to={`/dossiers/${dossier.id}/self-assessment`} className={canEdit ? 'button-link primary' : 'button-link'}>
        {canEdit ? (self ? t('selfAssessment.edit') : t('selfAssessment.fill')) : t('selfAssessment.view')}
      </Link>
    </section>
  );
}

function ResultCard({ dossier }: { dossier: DossierDetail }) {
  const { t, i18n } = useTranslation();
  const { result } = dossier;
  if (result === null) return null;
  return (
    <section className="card" aria-labelledby="result-title" data-testid="council-result">
      <h2 id="result-title">{t('dossiers.result')}</h2>
      <p>
        {t('dossiers.resultValue', { total: formatNumber(i18n.language, result.total) })} <StarBadge star={result.star} />{' '}
        <span className="badge">{t(`resultKinds.${result.kind === 'result_letter' || result.kind === 'national_candidate' ? result.kind : 'recognition'}`)}</span>
      </p>
      {result.overrideReason ? <p className="alert alert-warn">{t('dossiers.override', { reason: result.overrideReason })}</p> : null}
      {result.nationalStatus ? <p>{t(`national.status.${result.nationalStatus === 'recognised' || result.nationalStatus === 'returned' ? result.nationalStatus : 'pending'}`)}</p> : null}
      {result.certificateId !== null ? (
        <Link to={`/certificates/${result.certificateId}`} className="button-link primary">
          {t('dossiers.openCertificate')}
        </Link>
      ) : null}
      {result.kind === 'result_letter' && result.decisionId !== null ? (
        <a className="button-link" href={apiHref(`/dossiers/${dossier.id}/result-letter.pdf`)}>
          {t('dossiers.resultLetter')}
        </a>
      ) : null}
    </section>
  );
}

function DossierBody({ dossier, reload }: { dossier: DossierDetail; reload(): void }) {
  const { t } = useTranslation();
  const user = useUser();
  const [notice, setNotice] = useState('');
  const seesScores = SCORED_STATES.has(dossier.state);
  const scores = useResource(`scores:${dossier.id}:${dossier.updatedAt}`, (signal) =>
    seesScores ? api(`/dossiers/${dossier.id}/scores`, Scores, { signal }) : Promise.resolve(undefined),
  );
  const applicant = user.role === 'producer_member' || user.role === 'province_admin' || user.role === 'province_officer';
  // Council members, and province staff seated on the council (they see "score first" until they have).
  const seated = user.role === 'council_member' || scores.data?.visibility === 'own_only' || (scores.data?.own ?? null) !== null;
  const scoring = dossier.state === 'council_scoring' && seated;
  const done = (message: string) => {
    setNotice(message);
    reload();
  };
  return (
    <>
      <StatusNotice message={notice} />
      {scoring ? (
        <p>
          <Link to={`/dossiers/${dossier.id}/score`} className="button-link primary">
            {scores.data?.own?.mayRescore ? t('scoring.rescore') : scores.data?.own ? t('scoring.view') : t('scoring.start')}
          </Link>
        </p>
      ) : null}
      {/* What the step acts on comes first (result, tally, self-assessment, evidence), then the step itself. */}
      <ResultCard dossier={dossier} />
      {scores.data ? <CouncilTally scores={scores.data} /> : <ErrorAlert error={scores.error} />}
      <SelfAssessmentCard dossier={dossier} canEdit={applicant && dossier.state === 'draft'} />
      <DossierEvidence dossier={dossier} canUpload={applicant && (dossier.state === 'draft' || dossier.state === 'evidence_requested')} onChange={reload} />
      <DossierSteps dossier={dossier} scores={scores.data} onDone={done} />
      <HistoryList history={dossier.history} statusLabel={(s) => dossierStateLabel(t, s)} actionLabel={(a) => dossierActionLabel(t, a)} />
    </>
  );
}

export function DossierPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const dossier = useResource(`dossier:${id}`, (signal) => api(`/dossiers/${encodeURIComponent(id)}`, DossierDetail, { signal }));
  if (isForbidden(dossier.error)) return <ForbiddenPage />;
  if (isNotFound(dossier.error)) return <RecordMissing backTo="/dossiers" backLabel={t('dossiers.back')} />;
  const record = dossier.data;
  return (
    <>
      <p>
        <Link to="/dossiers">← {t('dossiers.back')}</Link>
      </p>
      <ErrorAlert error={dossier.error} />
      {dossier.loading && !record ? <p role="status">{t('app.loading')}</p> : null}
      {record ? (
        <>
          <section className="card" aria-labelledby="dossier-title">
            <p className="eyebrow">{t('dossiers.one', { id: record.id })}</p>
            <h1 id="dossier-title">{record.productName}</h1>
            <p className="badges">
              <DossierStateBadge state={record.state} />
            </p>
            {record.reason && (record.state === 'draft' || record.state === 'evidence_requested' || record.state === 'rejected') ? (
              <p className="alert alert-warn" data-testid="reason">
                {t('review.latestReason', { reason: record.reason })}
              </p>
            ) : null}
            <DossierFacts dossier={record} />
          </section>
          <DossierBody dossier={record} reload={dossier.reload} />
        </>
      ) : null}
    </>
  );
}
