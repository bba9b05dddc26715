import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { BATCH_STATUSES, BatchPage, type Batch } from '../../api-stamps.js';
import { ErrorAlert, isForbidden } from '../../components/error-alert.js';
import { SelectField } from '../../components/field.js';
import { Link } from '../../components/link.js';
import { Pager } from '../../components/pager.js';
import { BatchStatusBadge } from '../../components/status-badges.js';
import { formatNumber, formatPercent } from '../../format.js';
import { formatDate } from '../../labels.js';
import { useListFilters } from '../../use-list-filters.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';
import { ProductName, StampTabs } from './stamps-shared.js';

const PAGE_SIZE = 20;

function BatchTable({ batches }: { batches: Batch[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <table className="data-table stack-on-phone">
      <thead>
        <tr>
          <th scope="col">{t('batches.batch')}</th>
          <th scope="col">{t('dossiers.product')}</th>
          <th scope="col">{t('batches.type')}</th>
          <th scope="col" className="num">
            {t('batches.quantity')}
          </th>
          <th scope="col">{t('batches.status')}</th>
          <th scope="col">{t('batches.requestedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {batches.map((batch) => (
          <tr key={batch.id} data-testid="batch-row">
            <td data-label={t('batches.batch')} className="cell-title">
              <Link to={`/stamps/batches/${batch.id}`}>{t('batches.one', { id: batch.id })}</Link>
            </td>
            <td data-label={t('dossiers.product')}>
              <ProductName id={batch.productId} />
            </td>
            <td data-label={t('batches.type')}>{t(`stampTypes.${batch.type}`)}</td>
            <td data-label={t('batches.quantity')} className="num">
              {formatNumber(lang, batch.quantity)}
            </td>
            <td data-label={t('batches.status')}>
              <BatchStatusBadge status={batch.status} />
              {batch.status === 'issuing' ? <span className="muted small"> {formatPercent(lang, batch.progress.fraction)}</span> : null}
            </td>
            <td data-label={t('batches.requestedAt')}>{formatDate(lang, batch.requestedAt, true)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BatchesPage() {
  const { t } = useTranslation();
  const list = useListFilters({ status: '' });
  const query = { ...list.filters, page: list.page, pageSize: PAGE_SIZE };
  const batches = useResource(JSON.stringify(query), (signal) => api('/stamp-batches', BatchPage, { query, signal }));
  if (isForbidden(batches.error)) return <ForbiddenPage />;
  return (
    <section aria-labelledby="batches-title">
      <StampTabs current="batches" />
      <div className="page-head">
        <h1 id="batches-title">{t('batches.title')}</h1>
        <Link to="/stamps/batches/new" className="button-link primary">
          {t('batches.create')}
        </Link>
      </div>
      <p className="muted">{t('batches.intro')}</p>
      <div className="filters card filter-grid">
        <SelectField label={t('batches.status')} value={list.filters.status} onChange={(e) => list.change({ status: e.target.value })}>
          <option value="">{t('ideas.allStatuses')}</option>
          {BATCH_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`batchStatus.${status}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorAlert error={batches.error} />
      {batches.loading && !batches.data ? <p role="status">{t('app.loading')}</p> : null}
      {batches.data ? (
        <>
          <p className="muted">{t('common.total', { count: batches.data.total })}</p>
          {batches.data.items.length > 0 ? <BatchTable batches={batches.data.items} /> : <p>{t('batches.empty')}</p>}
          <Pager page={batches.data.page} pageSize={PAGE_SIZE} total={batches.data.total} onPage={list.setPage} />
        </>
      ) : null}
    </section>
  );
}
