// Programme dashboard for province and commune officials: the year's figures by star, unit,
// product group and producer type, evaluation rounds, expiring certificates, the 5★ pipeline,
// stamps and scans, money and jobs, and progress against targets. Filters live in the address.
import { useTranslation } from 'react-i18next';
import { api, apiHref } from '../../api.js';
import { Dashboard } from '../../api-dashboard.js';
import { Choice } from '../../components/choice.js';
import { ErrorAlert, isForbidden } from '../../components/error-alert.js';
import { SelectField } from '../../components/field.js';
import { UnitPicker } from '../../components/unit-picker.js';
import { useUser } from '../../session.js';
import { useListFilters } from '../../use-list-filters.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';
import { Kpis } from './dashboard-kpis.js';
import { ActivitySections, ProductSections } from './dashboard-sections.js';
import './dashboard.css';

const YEARS_BACK = 6;

function Filters({ filters, change, province }: { filters: Record<'year' | 'unitLevel' | 'unit', string>; change(p: Partial<Record<'year' | 'unitLevel' | 'unit', string>>): void; province: boolean }) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  return (
    <div className="card filters dash-filters" role="search" aria-label={t('dashboard.filters')}>
      <SelectField label={t('dashboard.year')} name="year" value={filters.year} onChange={(e) => change({ year: e.target.value })}>
        {Array.from({ length: YEARS_BACK }, (_, i) => String(thisYear - i)).map((y) => <option key={y} value={y}>{y}</option>)}
      </SelectField>
      <Choice
        legend={t('dashboard.unitLevel')}
        name="unitLevel"
        value={filters.unitLevel === 'old' ? 'old' : 'new'}
        options={[['new', t('dashboard.levelNew')], ['old', t('dashboard.levelOld')]]}
        onChange={(unitLevel) => change({ unitLevel })}
      />
      {province ? <UnitPicker label={t('dashboard.unit')} name="unit" value={filters.unit} onChange={(unit) => change({ unit })} emptyLabel={t('dashboard.wholeProvince')} withDistricts /> : null}
    </div>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const user = useUser();
  const province = user.role === 'province_admin' || user.role === 'province_officer';
  const list = useListFilters({ year: String(new Date().getFullYear()), unitLevel: 'new', unit: '' });
  const query = { year: list.filters.year, unitLevel: list.filters.unitLevel, ...(list.filters.unit === '' ? {} : { unit: list.filters.unit }) };
  const { year: _year, ...reportQuery } = query;
  const data = useResource(JSON.stringify(query), (signal) => api('/dashboard', Dashboard, { query, signal }));
  if (isForbidden(data.error)) return <ForbiddenPage />;
  const view = data.data;
  return (
    <section aria-labelledby="dashboard-title" className="dashboard">
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      <p className="muted">{view === undefined ? t('app.loading') : t('dashboard.scope', { unit: view.meta.unitName, asOf: view.meta.asOf.split('-').reverse().join('/') })}</p>
      <Filters filters={list.filters} change={list.change} province={province} />
      <p className="dash-report-links">
        <a className="button-link" href={apiHref(`/programme-report/${list.filters.year}.pdf`, reportQuery)} data-testid="report-pdf">{t('dashboard.reportPdf')}</a>
        <a className="button-link" href={apiHref(`/programme-report/${list.filters.year}.xlsx`, reportQuery)} download>{t('dashboard.reportXlsx')}</a>
      </p>
      <ErrorAlert error={data.error} />
      {view === undefined ? null : (
        <div aria-busy={data.loading}>
          <Kpis view={view} />
          <div className="dash-grid">
            <ProductSections view={view} query={query} />
            <ActivitySections view={view} query={query} />
          </div>
        </div>
      )}
    </section>
  );
}
