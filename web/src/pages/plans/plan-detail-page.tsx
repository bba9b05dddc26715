import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { PlanDetail, type PlanAction } from '../../api-cycle.js';
import { PlanStatusBadge } from '../../components/badges.js';
import { ErrorAlert, isForbidden, isNotFound } from '../../components/error-alert.js';
import { HistoryList } from '../../components/history-list.js';
import { Link } from '../../components/link.js';
import { RecordMissing } from '../../components/record-missing.js';
import { ReviewActions } from '../../components/review-actions.js';
import { formatNumber, formatVnd } from '../../format.js';
import { formatDate, planActionLabel, planStatusLabel } from '../../labels.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';

function PlanFacts({ plan }: { plan: PlanDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const date = (value: string | null) => (value === null ? '—' : formatDate(lang, value, true));
  return (
    <dl className="facts facts-wrap">
      <dt>{t('ideas.producer')}</dt>
      <dd>{plan.producerName}</dd>
      <dt>{t('plans.idea')}</dt>
      <dd>
        <Link to={`/ideas/${plan.ideaId}`}>{plan.ideaTitle}</Link>
      </dd>
      <dt>{t('plans.investment')}</dt>
      <dd>{formatVnd(lang, plan.investmentVnd)}</dd>
      <dt>{t('plans.revenue')}</dt>
      <dd>{formatVnd(lang, plan.expectedRevenueVnd)}</dd>
      <dt>{t('plans.jobs')}</dt>
      <dd>{formatNumber(lang, plan.jobs)}</dd>
      <dt>{t('ideas.submittedAt')}</dt>
      <dd>{date(plan.submittedAt)}</dd>
      <dt>{t('ideas.decidedAt')}</dt>
      <dd>{date(plan.decidedAt)}</dd>
    </dl>
  );
}

export function PlanDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState('');
  const plan = useResource(`plan:${id}`, (signal) => api(`/business-plans/${encodeURIComponent(id)}`, PlanDetail, { signal }));
  if (isForbidden(plan.error)) return <ForbiddenPage />;
  if (isNotFound(plan.error)) return <RecordMissing backTo="/business-plans" backLabel={t('plans.back')} />;
  const record = plan.data;
  const act = async (action: PlanAction, reason: string | undefined) => {
    const body = reason === undefined ? {} : { reason };
    await api(`/business-plans/${encodeURIComponent(id)}/${action}`, PlanDetail, { method: 'POST', body });
    setNotice(t(`plans.done.${action}`));
    plan.reload();
  };
  return (
    <>
      <p>
        <Link to="/business-plans">← {t('plans.back')}</Link>
      </p>
      <ErrorAlert error={plan.error} />
      {plan.loading && !record ? <p role="status">{t('app.loading')}</p> : null}
      <p role="status" className={notice ? 'alert alert-ok' : 'visually-hidden'}>
        {notice}
      </p>
      {record ? (
        <>
          <section className="card" aria-labelledby="plan-title">
            <div className="page-head">
              <div>
                <p className="eyebrow">{t('plans.one')}</p>
                <h1 id="plan-title">{record.ideaTitle}</h1>
                <PlanStatusBadge status={record.status} />
              </div>
              {record.editable ? (
                <Link to={`/business-plans/${record.id}/edit`} className="button-link">
                  {t('common.edit')}
                </Link>
              ) : null}
            </div>
            {record.reason && record.status === 'returned' ? (
              <p className="alert alert-warn" data-testid="reason">
                {t('review.latestReason', { reason: record.reason })}
              </p>
            ) : null}
            <PlanFacts plan={record} />
          </section>
          <ReviewActions actions={record.actions} label={(action) => t(`plans.actions.${action}`)} onAct={act} />
          <section className="card" aria-labelledby="plan-content-title">
            <h2 id="plan-content-title">{t('plans.content')}</h2>
            <h3>{t('plans.summary')}</h3>
            <p className="prose">{record.summary}</p>
            <h3>{t('plans.timeline')}</h3>
            <p className="prose">{record.timeline}</p>
          </section>
          <HistoryList history={record.history} statusLabel={(s) => planStatusLabel(t, s)} actionLabel={(a) => planActionLabel(t, a)} />
        </>
      ) : null}
    </>
  );
}
