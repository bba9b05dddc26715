import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { IDEA_STATES, IdeaPage, type Idea } from '../../api-cycle.js';
import { IdeaStatusBadge } from '../../components/badges.js';
import { ErrorAlert, isForbidden } from '../../components/error-alert.js';
import { SelectField } from '../../components/field.js';
import { Link } from '../../components/link.js';
import { Pager } from '../../components/pager.js';
import { formatDate } from '../../labels.js';
import { useUser } from '../../session.js';
import { useListFilters } from '../../use-list-filters.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';
import { CycleTabs, RoundSelect } from './cycle-shared.js';

const PAGE_SIZE = 20;

function IdeaTable({ ideas }: { ideas: Idea[] }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="data-table stack-on-phone">
      <thead>
        <tr>
          <th scope="col">{t('ideas.ideaTitle')}</th>
          <th scope="col">{t('ideas.producer')}</th>
          <th scope="col">{t('ideas.round')}</th>
          <th scope="col">{t('ideas.status')}</th>
          <th scope="col">{t('ideas.updatedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {ideas.map((idea) => (
          <tr key={idea.id} data-testid="idea-row">
            <td data-label={t('ideas.ideaTitle')} className="cell-title">
              <Link to={`/ideas/${idea.id}`}>{idea.title}</Link>
            </td>
            <td data-label={t('ideas.producer')}>{idea.producerName}</td>
            <td data-label={t('ideas.round')}>{idea.roundName}</td>
            <td data-label={t('ideas.status')}>
              <IdeaStatusBadge status={idea.status} />
            </td>
            <td data-label={t('ideas.updatedAt')}>{formatDate(i18n.language, idea.updatedAt, true)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function IdeasPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useListFilters({ roundId: '', status: '' });
  const query = { ...list.filters, page: list.page, pageSize: PAGE_SIZE };
  const ideas = useResource(JSON.stringify(query), (signal) => api('/ideas', IdeaPage, { query, signal }));
  if (isForbidden(ideas.error)) return <ForbiddenPage />;
  const canCreate = user.role === 'producer_member' || user.role === 'commune_officer';
  return (
    <section aria-labelledby="ideas-title">
      <CycleTabs current="ideas" />
      <div className="page-head">
        <h1 id="ideas-title">{t('ideas.title')}</h1>
        {canCreate ? (
          <Link to="/ideas/new" className="button-link primary">
            {t('ideas.create')}
          </Link>
        ) : null}
      </div>
      <div className="filters card filter-grid">
        <RoundSelect label={t('ideas.round')} emptyLabel={t('ideas.allRounds')} value={list.filters.roundId} onChange={(e) => list.change({ roundId: e.target.value })} />
        <SelectField label={t('ideas.status')} value={list.filters.status} onChange={(e) => list.change({ status: e.target.value })}>
          <option value="">{t('ideas.allStatuses')}</option>
          {IDEA_STATES.map((status) => (
            <option key={status} value={status}>
              {t(`ideaStatus.${status}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorAlert error={ideas.error} />
      {ideas.loading && !ideas.data ? <p role="status">{t('app.loading')}</p> : null}
      {ideas.data ? (
        <>
          <p className="muted">{t('common.total', { count: ideas.data.total })}</p>
          {ideas.data.items.length > 0 ? <IdeaTable ideas={ideas.data.items} /> : <p>{t('ideas.empty')}</p>}
          <Pager page={ideas.data.page} pageSize={PAGE_SIZE} total={ideas.data.total} onPage={list.setPage} />
        </>
      ) : null}
    </section>
  );
}
