import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { IdeaDetail, PlanPage, type IdeaAction } from '../../api-cycle.js';
import { IdeaStatusBadge, PlanStatusBadge } from '../../components/badges.js';
import { ErrorAlert, isForbidden, isNotFound } from '../../components/error-alert.js';
import { HistoryList } from '../../components/history-list.js';
import { Link } from '../../components/link.js';
import { RecordMissing } from '../../components/record-missing.js';
import { ReviewActions } from '../../components/review-actions.js';
import { formatDate, ideaActionLabel, ideaStatusLabel } from '../../labels.js';
import { useUser } from '../../session.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';
import { SetName } from './set-name.js';

/** The business plan written for an accepted idea, or the way to start one. */
function IdeaPlan({ idea }: { idea: IdeaDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const query = { producerId: idea.producerId, pageSize: 200 };
  const plans = useResource(`plans-of:${idea.producerId}`, (signal) => api('/business-plans', PlanPage, { query, signal }));
  const plan = plans.data?.items.find((item) => item.ideaId === idea.id);
  const applicant = user.role === 'producer_member' || user.role === 'commune_officer';
  return (
    <section className="card" aria-labelledby="idea-plan-title">
      <h2 id="idea-plan-title">{t('plans.one')}</h2>
      <ErrorAlert error={plans.error} />
      {plan ? (
        <p>
          <Link to={`/business-plans/${plan.id}`}>{t('plans.open')}</Link> <PlanStatusBadge status={plan.status} />
        </p>
      ) : null}
      {plans.data && !plan ? (
        <>
          <p className="muted">{t('plans.noneYet')}</p>
          {applicant ? (
            <Link to={`/business-plans/new?ideaId=${idea.id}`} className="button-link primary">
              {t('plans.create')}
            </Link>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function IdeaBody({ idea }: { idea: IdeaDetail }) {
  const { t, i18n } = useTranslation();
  const date = (value: string | null) => (value === null ? '—' : formatDate(i18n.language, value, true));
  return (
    <dl className="facts facts-wrap">
      <dt>{t('ideas.producer')}</dt>
      <dd>{idea.producerName}</dd>
      <dt>{t('ideas.round')}</dt>
      <dd>
        <Link to={`/rounds/${idea.roundId}`}>{idea.roundName}</Link>
      </dd>
      <dt>{t('ideas.productSet')}</dt>
      <dd>
        <SetName number={idea.productSet} />
      </dd>
      <dt>{t('ideas.submittedAt')}</dt>
      <dd>{date(idea.submittedAt)}</dd>
      <dt>{t('ideas.decidedAt')}</dt>
      <dd>{date(idea.decidedAt)}</dd>
    </dl>
  );
}

export function IdeaDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState('');
  const idea = useResource(`idea:${id}`, (signal) => api(`/ideas/${encodeURIComponent(id)}`, IdeaDetail, { signal }));
  if (isForbidden(idea.error)) return <ForbiddenPage />;
  if (isNotFound(idea.error)) return <RecordMissing backTo="/ideas" backLabel={t('ideas.back')} />;
  const record = idea.data;
  const act = async (action: IdeaAction, reason: string | undefined) => {
    await api(`/ideas/${encodeURIComponent(id)}/${action}`, IdeaDetail, { method: 'POST', body: reason === undefined ? {} : { reason } });
    setNotice(t(`ideas.done.${action}`));
    idea.reload();
  };
  return (
    <>
      <p>
        <Link to="/ideas">← {t('ideas.back')}</Link>
      </p>
      <ErrorAlert error={idea.error} />
      {idea.loading && !record ? <p role="status">{t('app.loading')}</p> : null}
      <p role="status" className={notice ? 'alert alert-ok' : 'visually-hidden'}>
        {notice}
      </p>
      {record ? (
        <>
          <section className="card" aria-labelledby="idea-title">
            <div className="page-head">
              <div>
                <p className="eyebrow">{t('ideas.one')}</p>
                <h1 id="idea-title">{record.title}</h1>
                <IdeaStatusBadge status={record.status} />
              </div>
              {record.editable ? (
                <Link to={`/ideas/${record.id}/edit`} className="button-link">
                  {t('common.edit')}
                </Link>
              ) : null}
            </div>
            {record.reason && (record.status === 'returned' || record.status === 'rejected') ? (
              <p className="alert alert-warn" data-testid="reason">
                {t('review.latestReason', { reason: record.reason })}
              </p>
            ) : null}
            <IdeaBody idea={record} />
          </section>
          <ReviewActions actions={record.actions} label={(action) => t(`ideas.actions.${action}`)} onAct={act} />
          <section className="card" aria-labelledby="idea-content-title">
            <h2 id="idea-content-title">{t('ideas.content')}</h2>
            <h3>{t('ideas.description')}</h3>
            <p className="prose">{record.description}</p>
            <h3>{t('ideas.rawMaterials')}</h3>
            <p className="prose">{record.rawMaterials}</p>
            <h3>{t('ideas.expectedMarket')}</h3>
            <p className="prose">{record.expectedMarket}</p>
          </section>
          {record.status === 'accepted' ? <IdeaPlan idea={record} /> : null}
          <HistoryList history={record.history} statusLabel={(s) => ideaStatusLabel(t, s)} actionLabel={(a) => ideaActionLabel(t, a)} />
        </>
      ) : null}
    </>
  );
}
