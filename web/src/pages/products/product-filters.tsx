import { useTranslation } from 'react-i18next';
import { PRODUCT_STATUSES, STARS } from '../../api-registry.js';
import { SelectField, TextField } from '../../components/field.js';
import { UnitPicker } from '../../components/unit-picker.js';
import type { ListFilters } from '../../use-list-filters.js';
import { CatalogueFilters } from './catalogue-filters.js';

export const PRODUCT_FILTERS = {
  q: '',
  sectorCode: '',
  groupCode: '',
  setNumber: '',
  star: '',
  status: '',
  unitId: '',
  sort: 'name',
};
export type ProductFilterKey = keyof typeof PRODUCT_FILTERS;

const SORTS = ['name', '-name', '-star', 'star', '-created', 'created'] as const;
const MORE: readonly ProductFilterKey[] = ['sectorCode', 'groupCode', 'setNumber', 'star', 'status', 'unitId'];

/**
 * The search box stays in view; the other filters fold away so that on a phone the results
 * start on the first screen. The summary counts the filters in force.
 */
export function ProductFilters({ list, showUnit }: { list: ListFilters<ProductFilterKey>; showUnit: boolean }) {
  const { t } = useTranslation();
  const { filters, change } = list;
  const active = MORE.filter((key) => filters[key] !== '').length;
  return (
    <div className="filters card" role="search" aria-label={t('products.filters')}>
      <TextField label={t('products.search')} type="search" name="q" value={filters.q} onChange={(event) => change({ q: event.target.value })} />
      <details className="more-filters" open={active > 0 ? true : undefined}>
        <summary>{t('products.moreFilters', { count: active })}</summary>
        <div className="filter-grid">
          <CatalogueFilters value={filters} onChange={(choice) => change(choice)} />
          <SelectField label={t('products.star')} value={filters.star} onChange={(event) => change({ star: event.target.value })}>
            <option value="">{t('products.allStars')}</option>
            {STARS.map((star) => (
              <option key={star} value={String(star)}>
                {t('products.starTitle', { count: star })}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('products.status')} value={filters.status} onChange={(event) => change({ status: event.target.value })}>
            <option value="">{t('products.allStatuses')}</option>
            {PRODUCT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`productStatus.${status}`)}
              </option>
            ))}
          </SelectField>
          {showUnit ? (
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
          ) : null}
        </div>
      </details>
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
