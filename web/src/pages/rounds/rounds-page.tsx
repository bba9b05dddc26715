import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { RoundPage, type Round } from '../../api-cycle.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { Link } from '../../components/link.js';
import { Pager } from '../../components/pager.js';
import { formatDate } from '../../labels.js';
import { useUser } from '../../session.js';
import { useListFilters } from '../../use-list-filters.js';
import { useResource } from '../../use-resource.js';

const PAGE_SIZE = 20;

export function RoundStepBadge({ step }: { step: Round['step'] }) {
  const { t } = useTranslation();
  return <span className={step === 'idea_intake' ? 'badge badge-info' : 'badge'}>{t(`roundSteps.${step}`)}</span>;
}

function RoundTable({ rounds }: { rounds: Round[] }) {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatDate(i18n.language, value);
  return (
    <table className="data-table stack-on-phone">
      <thead>
        <tr>
          <th scope="col">{t('rounds.name')}</th>
          <th scope="col">{t('rounds.step')}</th>
          <th scope="col">{t('rounds.ideaWindow')}</th>
          <th scope="col">{t('rounds.planDeadline')}</th>
        </tr>
      </thead>
      <tbody>
        {rounds.map((round) => (
          <tr key={round.id} data-testid="round-row">
            <td data-label={t('rounds.name')} className="cell-title">
              <Link to={`/rounds/${round.id}`}>{round.name}</Link>
            </td>
            <td data-label={t('rounds.step')}>
              <RoundStepBadge step={round.step} />
            </td>
            <td data-label={t('rounds.ideaWindow')}>
              {date(round.ideaFrom)} – {date(round.ideaTo)}
            </td>
            <td data-label={t('rounds.planDeadline')}>{date(round.planDeadline)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RoundsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useListFilters({});
  const query = { page: list.page, pageSize: PAGE_SIZE };
  const rounds = useResource(JSON.stringify(query), (signal) => api('/rounds', RoundPage, { query, signal }));
  const canCreate = user.role === 'province_admin' || user.role === 'province_officer';
  return (
    <section aria-labelledby="rounds-title">
      <div className="page-head">
        <h1 id="rounds-title">{t('rounds.title')}</h1>
        {canCreate ? (
          <Link to="/rounds/new" className="button-link primary">
            {t('rounds.create')}
          </Link>
        ) : null}
      </div>
      <p className="muted">{t('rounds.intro')}</p>
      <ErrorAlert error={rounds.error} />
      {rounds.loading && !rounds.data ? <p role="status">{t('app.loading')}</p> : null}
      {rounds.data ? (
        <>
          {rounds.data.items.length > 0 ? <RoundTable rounds={rounds.data.items} /> : <p>{t('rounds.empty')}</p>}
          <Pager page={rounds.data.page} pageSize={PAGE_SIZE} total={rounds.data.total} onPage={list.setPage} />
        </>
      ) : null}
    </section>
  );
}
