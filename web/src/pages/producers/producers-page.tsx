import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { PRODUCER_TYPES, ProducerRecordPage, type ProducerRecord } from '../../api-registry.js';
import { ErrorAlert, isForbidden } from '../../components/error-alert.js';
import { ExportLinks } from '../../components/export-links.js';
import { SelectField, TextField } from '../../components/field.js';
import { Link } from '../../components/link.js';
import { Pager } from '../../components/pager.js';
import { UnitPicker } from '../../components/unit-picker.js';
import { producerTypeLabel } from '../../labels.js';
import { unitLabel, useUnits, type UnitIndex } from '../../reference-data.js';
import { useUser } from '../../session.js';
import { useDebounced } from '../../use-debounced.js';
import { useListFilters, type ListFilters } from '../../use-list-filters.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';

const PAGE_SIZE = 20;
const SORTS = ['name', '-name', '-created', 'created'] as const;
const DEFAULTS = { q: '', unitId: '', type: '', sort: 'name' };
type Key = keyof typeof DEFAULTS;

function ProducerFilters({ list }: { list: ListFilters<Key> }) {
  const { t } = useTranslation();
  const { filters, change } = list;
  return (
    <div className="filters card filter-grid" role="search" aria-label={t('producers.filters')}>
      <div className="filter-wide">
        <TextField
          label={t('producers.search')}
          type="search"
          name="q"
          value={filters.q}
          onChange={(event) => change({ q: event.target.value })}
        />
      </div>
      <div className="filter-wide">
        <UnitPicker
          label={t('producers.unit')}
          name="unitId"
          value={filters.unitId}
          withDistricts
          emptyLabel={t('producers.allUnits')}
          onChange={(unitId) => change({ unitId })}
        />
      </div>
      <SelectField label={t('producers.type')} value={filters.type} onChange={(event) => change({ type: event.target.value })}>
        <option value="">{t('producers.allTypes')}</option>
        {PRODUCER_TYPES.map((type) => (
          <option key={type} value={type}>
            {producerTypeLabel(t, type)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('common.sort')} value={filters.sort} onChange={(event) => change({ sort: event.target.value })}>
        {SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`sorts.${sort}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

function ProducerTable({ producers, units }: { producers: ProducerRecord[]; units: UnitIndex | undefined }) {
  const { t } = useTranslation();
  return (
    <table className="data-table stack-on-phone">
      <thead>
        <tr>
          <th scope="col">{t('producers.name')}</th>
          <th scope="col">{t('producers.type')}</th>
          <th scope="col">{t('producers.unit')}</th>
          <th scope="col">{t('producers.identifier')}</th>
          <th scope="col">{t('producers.representative')}</th>
        </tr>
      </thead>
      <tbody>
        {producers.map((producer) => (
          <tr key={producer.id} data-testid="producer-row">
            <td data-label={t('producers.name')} className="cell-title">
              <Link to={`/producers/${producer.id}`}>{producer.name}</Link>
            </td>
            <td data-label={t('producers.type')}>{producerTypeLabel(t, producer.type)}</td>
            <td data-label={t('producers.unit')}>{unitLabel(units, producer.unitId, t('units.oldMap'))}</td>
            <td data-label={t('producers.identifier')} className="mono">
              {producer.taxCode ?? producer.registrationNo ?? '—'}
            </td>
            <td data-label={t('producers.representative')}>{producer.representative?.name ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ProducersPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useListFilters(DEFAULTS);
  const units = useUnits();
  const q = useDebounced(list.filters.q.trim());
  const filterQuery = { ...list.filters, q };
  const query = { ...filterQuery, page: list.page, pageSize: PAGE_SIZE };
  const producers = useResource(JSON.stringify(query), (signal) =>
    api('/producers', ProducerRecordPage, { query, signal }),
  );
  if (isForbidden(producers.error)) return <ForbiddenPage />;
  const canCreate = user.role !== 'council_member';
  return (
    <section aria-labelledby="producers-title">
      <div className="page-head">
        <h1 id="producers-title">{t('producers.title')}</h1>
        {canCreate ? (
          <Link to="/producers/new" className="button-link primary">
            {t('producers.create')}
          </Link>
        ) : null}
      </div>
      <ProducerFilters list={list} />
      <div className="list-head">
        <p className="muted" aria-live="polite">
          {producers.data ? t('common.total', { count: producers.data.total }) : t('app.loading')}
        </p>
        <ExportLinks path="/producers" query={filterQuery} />
      </div>
      <ErrorAlert error={producers.error} />
      {producers.data ? (
        <>
          {producers.data.items.length > 0 ? (
            <ProducerTable producers={producers.data.items} units={units.data} />
          ) : (
            <p>{t('producers.empty')}</p>
          )}
          <Pager page={producers.data.page} pageSize={PAGE_SIZE} total={producers.data.total} onPage={list.setPage} />
        </>
      ) : null}
    </section>
  );
}
