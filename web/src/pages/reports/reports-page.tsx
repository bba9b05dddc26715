// The yearly reports list. A producer sees its own reports and a link to this year's form;
// offices choose a year and see who has filed (with the figures) and who has not, and can send
// the "Nhắc nộp báo cáo" reminder to everyone missing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { MissingReports, RemindResult, ReportPage as ReportPageSchema, type ReportSummary } from '../../api-reports.js';
import { ErrorAlert, isForbidden } from '../../components/error-alert.js';
import { SelectField } from '../../components/field.js';
import { Link } from '../../components/link.js';
import { Pager } from '../../components/pager.js';
import { formatNumber, formatVnd } from '../../format.js';
import { formatDate, producerTypeLabel } from '../../labels.js';
import { useUser } from '../../session.js';
import { useListFilters } from '../../use-list-filters.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';
import { StatusBadge, recentYears } from './reports-shared.js';

const PAGE_SIZE = 50;

function ReportTable({ items, showProducer }: { items: ReportSummary[]; showProducer: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <table className="data-table stack-on-phone" data-testid="report-table">
      <thead>
        <tr>
          {showProducer ? <th scope="col">{t('reports.producer')}</th> : null}
          {showProducer ? <th scope="col">{t('reports.unit')}</th> : <th scope="col">{t('reports.year')}</th>}
          <th scope="col">{t('reports.status')}</th>
          <th scope="col">{t('reports.revenue')}</th>
          <th scope="col">{t('reports.employees')}</th>
          <th scope="col">{t('reports.income')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.id} data-testid="report-row">
            {showProducer ? <td data-label={t('reports.producer')}><Link to={`/reports/${r.id}`}>{r.producerName}</Link></td> : null}
            {showProducer ? <td data-label={t('reports.unit')}>{r.unit.name}</td> : <td data-label={t('reports.year')}><Link to={`/reports/form?year=${r.year}`}>{r.year}</Link></td>}
            <td data-label={t('reports.status')}><StatusBadge status={r.status} />{r.filedAt ? ` ${formatDate(lang, r.filedAt)}` : ''}</td>
            <td data-label={t('reports.revenue')}>{formatVnd(lang, r.revenueVnd)}</td>
            <td data-label={t('reports.employees')}>{formatNumber(lang, r.employeesTotal)}</td>
            <td data-label={t('reports.income')}>{formatVnd(lang, r.averageMonthlyIncomeVnd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MissingList({ year }: { year: string }) {
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const missing = useResource(`${year}|${generation}`, (signal) => api('/reports/missing', MissingReports, { query: { year }, signal }));
  const remind = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const r = await api('/reports/reminders', RemindResult, { method: 'POST', body: { year: Number(year) } });
      setNotice(t('reports.reminded', { producers: r.producers, notifications: r.notifications }));
      setGeneration((g) => g + 1);
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };
  const data = missing.data;
  return (
    <section className="card" aria-labelledby="missing-title" data-testid="missing-reports">
      <div className="page-head">
        <h2 id="missing-title">{t('reports.missingTitle', { year })}</h2>
        <button type="button" className="primary" disabled={busy || data?.missing.length === 0} onClick={() => void remind()}>{busy ? t('reports.reminding') : t('reports.remind')}</button>
      </div>
      {data ? <p data-testid="filed-summary">{t('reports.filedSummary', { filed: data.filed, expected: data.expected })}</p> : null}
      <p role="status" className={notice ? 'alert alert-ok' : 'visually-hidden'}>{notice}</p>
      <ErrorAlert error={error ?? missing.error} />
      {data && data.missing.length === 0 ? <p>{t('reports.missingEmpty')}</p> : null}
      {data && data.missing.length > 0 ? (
        <table className="data-table stack-on-phone">
          <thead><tr><th scope="col">{t('reports.producer')}</th><th scope="col">{t('reports.unit')}</th><th scope="col">{t('reports.status')}</th></tr></thead>
          <tbody>
            {data.missing.map((m) => (
              <tr key={m.producerId} data-testid="missing-row">
                <td data-label={t('reports.producer')}>{m.producerName} <span className="muted">({producerTypeLabel(t, m.producerType)})</span></td>
                <td data-label={t('reports.unit')}>{m.unit.name}</td>
                <td data-label={t('reports.status')}><StatusBadge status={m.reportStatus ?? 'missing'} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

export function ReportsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const producer = user.role === 'producer_member';
  const years = recentYears();
  const list = useListFilters({ year: producer ? '' : String(years[0] ?? ''), status: '' });
  const query = { ...list.filters, page: list.page, pageSize: PAGE_SIZE };
  const reports = useResource(JSON.stringify(query), (signal) => api('/reports', ReportPageSchema, { query, signal }));
  if (isForbidden(reports.error)) return <ForbiddenPage />;
  return (
    <section aria-labelledby="reports-title">
      <div className="page-head">
        <h1 id="reports-title">{producer ? t('reports.myTitle') : t('reports.title')}</h1>
        {producer ? <Link className="button-link primary" to={`/reports/form?year=${years[0] ?? ''}`}>{t('reports.fileThisYear', { year: years[0] })}</Link> : null}
      </div>
      {producer ? null : (
        <div className="filters card filter-grid">
          <SelectField label={t('reports.year')} value={list.filters.year} onChange={(e) => list.change({ year: e.target.value })}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </SelectField>
          <SelectField label={t('reports.status')} value={list.filters.status} onChange={(e) => list.change({ status: e.target.value })}>
            <option value="">{t('reports.filedTab')}</option>
            <option value="filed">{t('reports.statuses.filed')}</option>
            <option value="draft">{t('reports.statuses.draft')}</option>
          </SelectField>
        </div>
      )}
      {producer ? null : <MissingList year={list.filters.year} />}
      <ErrorAlert error={reports.error} />
      {reports.data ? (
        <>
          <p className="muted">{t('common.total', { count: reports.data.total })}</p>
          {reports.data.items.length > 0 ? <ReportTable items={reports.data.items} showProducer={!producer} /> : <p>{t('reports.empty')}</p>}
          <Pager page={reports.data.page} pageSize={PAGE_SIZE} total={reports.data.total} onPage={list.setPage} />
        </>
      ) : null}
    </section>
  );
}
