// The register of OCOP certificates with their status today, filtered by star, status, unit and
// how soon they expire (the province plans re-evaluations from "expiring within N days").
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { CERTIFICATE_FILTERS, CertificatePage, type OcopCertificate } from '../../api-evaluation.js';
import { STARS } from '../../api-registry.js';
import { StarBadge } from '../../components/badges.js';
import { ErrorAlert, isForbidden } from '../../components/error-alert.js';
import { SelectField, TextField } from '../../components/field.js';
import { Link } from '../../components/link.js';
import { Pager } from '../../components/pager.js';
import { CertificateStatusBadge } from '../../components/status-badges.js';
import { UnitPicker } from '../../components/unit-picker.js';
import { formatDate } from '../../labels.js';
import { useUser } from '../../session.js';
import { useDebounced } from '../../use-debounced.js';
import { useListFilters } from '../../use-list-filters.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';

const PAGE_SIZE = 20;
const SORTS = ['issued', 'expires', 'number'] as const;

function CertificateTable({ items }: { items: OcopCertificate[] }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="data-table stack-on-phone">
      <thead>
        <tr>
          <th scope="col">{t('certificates.number')}</th>
          <th scope="col">{t('dossiers.product')}</th>
          <th scope="col">{t('certificates.star')}</th>
          <th scope="col">{t('certificates.status')}</th>
          <th scope="col">{t('certificates.expiresOn')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id} data-testid="certificate-row">
            <td data-label={t('certificates.number')} className="cell-title mono">
              <Link to={`/certificates/${item.id}`}>{item.number}</Link>
            </td>
            <td data-label={t('dossiers.product')}>
              {item.productName}
              <br />
              <span className="muted small">
                {item.producerName}
                {item.unitName ? ` · ${item.unitName}` : ''}
              </span>
            </td>
            <td data-label={t('certificates.star')}>
              <StarBadge star={item.star} />
            </td>
            <td data-label={t('certificates.status')}>
              <CertificateStatusBadge status={item.status.code} />
              {item.status.daysLeft !== null && item.status.code === 'expiring' ? <span className="muted small"> {t('certificates.daysLeft', { count: item.status.daysLeft })}</span> : null}
            </td>
            <td data-label={t('certificates.expiresOn')}>{formatDate(i18n.language, item.expiresOn)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CertificatesPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useListFilters({ star: '', status: '', unitId: '', expiringWithinDays: '', sort: 'issued' });
  const days = useDebounced(list.filters.expiringWithinDays.trim());
  const query = { ...list.filters, expiringWithinDays: /^\d+$/.test(days) ? days : '', page: list.page, pageSize: PAGE_SIZE };
  const certificates = useResource(JSON.stringify(query), (signal) => api('/certificates', CertificatePage, { query, signal }));
  if (isForbidden(certificates.error)) return <ForbiddenPage />;
  const { filters, change } = list;
  return (
    <section aria-labelledby="certificates-title">
      <h1 id="certificates-title">{t('certificates.title')}</h1>
      <p className="muted">{t('certificates.intro')}</p>
      <div className="filters card filter-grid" role="search" aria-label={t('certificates.filters')}>
        <SelectField label={t('certificates.star')} value={filters.star} onChange={(e) => change({ star: e.target.value })}>
          <option value="">{t('products.allStars')}</option>
          {STARS.map((star) => (
            <option key={star} value={String(star)}>
              {t('products.starTitle', { count: star })}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('certificates.status')} value={filters.status} onChange={(e) => change({ status: e.target.value })}>
          <option value="">{t('ideas.allStatuses')}</option>
          {CERTIFICATE_FILTERS.map((status) => (
            <option key={status} value={status}>
              {t(`certificateStatus.${status}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('certificates.expiringWithin')} inputMode="numeric" value={filters.expiringWithinDays} onChange={(e) => change({ expiringWithinDays: e.target.value })} />
        <SelectField label={t('common.sort')} value={filters.sort} onChange={(e) => change({ sort: e.target.value })}>
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`certificates.sorts.${sort}`)}
            </option>
          ))}
        </SelectField>
        {user.role === 'producer_member' ? null : (
          <div className="filter-wide">
            <UnitPicker label={t('producers.unit')} name="unitId" value={filters.unitId} withDistricts emptyLabel={t('producers.allUnits')} onChange={(unitId) => change({ unitId })} />
          </div>
        )}
      </div>
      <ErrorAlert error={certificates.error} />
      {certificates.loading && !certificates.data ? <p role="status">{t('app.loading')}</p> : null}
      {certificates.data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('common.total', { count: certificates.data.total })}
          </p>
          {certificates.data.items.length > 0 ? <CertificateTable items={certificates.data.items} /> : <p>{t('certificates.empty')}</p>}
          <Pager page={certificates.data.page} pageSize={PAGE_SIZE} total={certificates.data.total} onPage={list.setPage} />
        </>
      ) : null}
    </section>
  );
}
