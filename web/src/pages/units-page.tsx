import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { UnitList, type Unit } from '../api-types.js';
import { ErrorAlert, isForbidden } from '../components/error-alert.js';
import { Choice } from '../components/choice.js';
import { TextField } from '../components/field.js';
import { Link } from '../components/link.js';
import { unitTypeLabel } from '../labels.js';
import { readSearch, replaceSearch } from '../router.js';
import { useDebounced } from '../use-debounced.js';
import { useResource } from '../use-resource.js';
import { ForbiddenPage } from './forbidden-page.js';

type Period = 'before' | 'after';
type Level = 'district' | 'commune';

// Quảng Ninh's reorganisation took effect on 1 July 2025 and abolished the district level.
const LAST_DAY_BEFORE = '2025-06-30';
const FIRST_DAY_AFTER = '2025-07-01';

function localToday(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The date whose map to show: the last day of the old map, or today's map (never earlier than the change). */
function dateFor(period: Period): string {
  if (period === 'before') return LAST_DAY_BEFORE;
  const today = localToday();
  return today > FIRST_DAY_AFTER ? today : FIRST_DAY_AFTER;
}

function initialFilters(): Filters {
  const search = readSearch();
  const period: Period = search.get('period') === 'before' ? 'before' : 'after';
  const level: Level = period === 'before' && search.get('level') === 'district' ? 'district' : 'commune';
  return { period, level, q: search.get('q') ?? '' };
}

type Filters = { period: Period; level: Level; q: string };

function UnitFilters({ value, onChange }: { value: Filters; onChange(value: Filters): void }) {
  const { t } = useTranslation();
  // The district level ended with the reorganisation, so it is only offered for the old map.
  const setPeriod = (period: Period) => onChange({ ...value, period, level: period === 'after' ? 'commune' : value.level });
  return (
    <div className="filters card">
      <TextField
        label={t('units.search')}
        type="search"
        value={value.q}
        onChange={(event) => onChange({ ...value, q: event.target.value })}
      />
      <Choice
        legend={t('units.period')}
        name="period"
        value={value.period}
        options={[['before', t('units.before')], ['after', t('units.after')]]}
        onChange={setPeriod}
      />
      {value.period === 'before' ? (
        <Choice
          legend={t('units.level')}
          name="level"
          value={value.level}
          options={[['district', t('units.levels.district')], ['commune', t('units.levels.commune')]]}
          onChange={(level) => onChange({ ...value, level })}
        />
      ) : null}
    </div>
  );
}

function UnitTable({ units }: { units: Unit[] }) {
  const { t } = useTranslation();
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('units.name')}</th>
          <th scope="col">{t('units.type')}</th>
          <th scope="col">{t('units.code')}</th>
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => (
          <tr key={String(unit.id)}>
            <td>
              <Link to={`/units/${encodeURIComponent(String(unit.id))}`}>{unit.name}</Link>
            </td>
            <td>{unitTypeLabel(t, unit.type)}</td>
            <td className="mono">{unit.code}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function UnitsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState(initialFilters);
  const q = useDebounced(filters.q.trim());
  const query = { level: filters.level, at: dateFor(filters.period), q };
  const units = useResource(JSON.stringify(query), (signal) => api('/units', UnitList, { query, signal }));

  // Filters live in the URL too, so Back from a unit's page returns to the same list.
  useEffect(() => {
    replaceSearch({ period: filters.period, level: filters.level, q });
  }, [filters.period, filters.level, q]);

  if (isForbidden(units.error)) return <ForbiddenPage />;
  return (
    <section aria-labelledby="units-title">
      <h1 id="units-title">{t('units.title')}</h1>
      <UnitFilters value={filters} onChange={setFilters} />
      <ErrorAlert error={units.error} />
      {units.data ? (
        <>
          <p className="muted" aria-live="polite">
            {t('common.total', { count: units.data.items.length })}
          </p>
          {units.data.items.length > 0 ? <UnitTable units={units.data.items} /> : <p>{t('units.empty')}</p>}
        </>
      ) : null}
      {units.loading && !units.data ? <p role="status">{t('app.loading')}</p> : null}
    </section>
  );
}
