import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { DOSSIER_KINDS, DOSSIER_STATES, DossierPage, type Dossier } from '../../api-evaluation.js';
import { StarBadge } from '../../components/badges.js';
import { ErrorAlert, isForbidden } from '../../components/error-alert.js';
import { SelectField } from '../../components/field.js';
import { Link } from '../../components/link.js';
import { Pager } from '../../components/pager.js';
import { DossierStateBadge } from '../../components/status-badges.js';
import { formatDate } from '../../labels.js';
import { useUser } from '../../session.js';
import { useListFilters } from '../../use-list-filters.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';

const PAGE_SIZE = 20;

export function DossierTable({ dossiers }: { dossiers: Dossier[] }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="data-table stack-on-phone">
      <thead>
        <tr>
          <th scope="col">{t('dossiers.product')}</th>
          <th scope="col">{t('dossiers.producer')}</th>
          <th scope="col">{t('dossiers.kind')}</th>
          <th scope="col">{t('dossiers.state')}</th>
          <th scope="col">{t('dossiers.self')}</th>
          <th scope="col">{t('ideas.updatedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {dossiers.map((dossier) => (
          <tr key={dossier.id} data-testid="dossier-row">
            <td data-label={t('dossiers.product')} className="cell-title">
              <Link to={`/dossiers/${dossier.id}`}>{dossier.productName}</Link>
            </td>
            <td data-label={t('dossiers.producer')}>{dossier.producerName}</td>
            <td data-label={t('dossiers.kind')}>{t(`dossierKinds.${dossier.kind}`)}</td>
            <td data-label={t('dossiers.state')}>
              <DossierStateBadge state={dossier.state} />
            </td>
            <td data-label={t('dossiers.self')}>
              {dossier.selfAssessment ? (
                <>
                  {t('dossiers.points', { value: dossier.selfAssessment.total })} <StarBadge star={dossier.selfAssessment.star} />
                </>
              ) : (
                '—'
              )}
            </td>
            <td data-label={t('ideas.updatedAt')}>{formatDate(i18n.language, dossier.updatedAt, true)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DossiersPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useListFilters({ state: '', kind: '' });
  const query = { ...list.filters, page: list.page, pageSize: PAGE_SIZE };
  const dossiers = useResource(JSON.stringify(query), (signal) => api('/dossiers', DossierPage, { query, signal }));
  if (isForbidden(dossiers.error)) return <ForbiddenPage />;
  const canCreate = user.role === 'producer_member' || user.role === 'province_admin' || user.role === 'province_officer';
  return (
    <section aria-labelledby="dossiers-title">
      <div className="page-head">
        <h1 id="dossiers-title">{t('dossiers.title')}</h1>
        {canCreate ? (
          <Link to="/dossiers/new" className="button-link primary">
            {t('dossiers.create')}
          </Link>
        ) : null}
      </div>
      <p className="muted">{t(user.role === 'commune_officer' ? 'dossiers.introCommune' : 'dossiers.intro')}</p>
      <div className="filters card filter-grid">
        <SelectField label={t('dossiers.state')} value={list.filters.state} onChange={(e) => list.change({ state: e.target.value })}>
          <option value="">{t('ideas.allStatuses')}</option>
          {DOSSIER_STATES.map((state) => (
            <option key={state} value={state}>
              {t(`dossierStates.${state}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('dossiers.kind')} value={list.filters.kind} onChange={(e) => list.change({ kind: e.target.value })}>
          <option value="">{t('dossiers.allKinds')}</option>
          {DOSSIER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`dossierKinds.${kind}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorAlert error={dossiers.error} />
      {dossiers.loading && !dossiers.data ? <p role="status">{t('app.loading')}</p> : null}
      {dossiers.data ? (
        <>
          <p className="muted">{t('common.total', { count: dossiers.data.total })}</p>
          {dossiers.data.items.length > 0 ? <DossierTable dossiers={dossiers.data.items} /> : <p>{t('dossiers.empty')}</p>}
          <Pager page={dossiers.data.page} pageSize={PAGE_SIZE} total={dossiers.data.total} onPage={list.setPage} />
        </>
      ) : null}
    </section>
  );
}
