import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { PLAN_STATES, PlanPage, type Plan } from '../../api-cycle.js';
import { PlanStatusBadge } from '../../components/badges.js';
import { ErrorAlert, isForbidden } from '../../components/error-alert.js';
import { SelectField } from '../../components/field.js';
import { Link } from '../../components/link.js';
import { Pager } from '../../components/pager.js';
import { formatVnd } from '../../format.js';
import { formatDate } from '../../labels.js';
import { useListFilters } from '../../use-list-filters.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';
import { CycleTabs, RoundSelect } from '../ideas/cycle-shared.js';

const PAGE_SIZE = 20;

function PlanTable({ plans }: { plans: Plan[] }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="data-table stack-on-phone">
      <thead>
        <tr>
          <th scope="col">{t('plans.idea')}</th>
          <th scope="col">{t('ideas.producer')}</th>
          <th scope="col">{t('plans.investment')}</th>
          <th scope="col">{t('ideas.status')}</th>
          <th scope="col">{t('ideas.updatedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {plans.map((plan) => (
          <tr key={plan.id} data-testid="plan-row">
            <td data-label={t('plans.idea')} className="cell-title">
              <Link to={`/business-plans/${plan.id}`}>{plan.ideaTitle}</Link>
            </td>
            <td data-label={t('ideas.producer')}>{plan.producerName}</td>
            <td data-label={t('plans.investment')}>{formatVnd(i18n.language, plan.investmentVnd)}</td>
            <td data-label={t('ideas.status')}>
              <PlanStatusBadge status={plan.status} />
            </td>
            <td data-label={t('ideas.updatedAt')}>{formatDate(i18n.language, plan.updatedAt, true)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PlansPage() {
  const { t } = useTranslation();
  const list = useListFilters({ roundId: '', status: '' });
  const query = { ...list.filters, page: list.page, pageSize: PAGE_SIZE };
  const plans = useResource(JSON.stringify(query), (signal) => api('/business-plans', PlanPage, { query, signal }));
  if (isForbidden(plans.error)) return <ForbiddenPage />;
  return (
    <section aria-labelledby="plans-title">
      <CycleTabs current="plans" />
      <h1 id="plans-title">{t('plans.title')}</h1>
      <p className="muted">{t('plans.intro')}</p>
      <div className="filters card filter-grid">
        <RoundSelect label={t('ideas.round')} emptyLabel={t('ideas.allRounds')} value={list.filters.roundId} onChange={(e) => list.change({ roundId: e.target.value })} />
        <SelectField label={t('ideas.status')} value={list.filters.status} onChange={(e) => list.change({ status: e.target.value })}>
          <option value="">{t('ideas.allStatuses')}</option>
          {PLAN_STATES.map((status) => (
            <option key={status} value={status}>
              {t(`planStatus.${status}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorAlert error={plans.error} />
      {plans.loading && !plans.data ? <p role="status">{t('app.loading')}</p> : null}
      {plans.data ? (
        <>
          <p className="muted">{t('common.total', { count: plans.data.total })}</p>
          {plans.data.items.length > 0 ? <PlanTable plans={plans.data.items} /> : <p>{t('plans.empty')}</p>}
          <Pager page={plans.data.page} pageSize={PAGE_SIZE} total={plans.data.total} onPage={list.setPage} />
        </>
      ) : null}
    </section>
  );
}
