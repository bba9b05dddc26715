// One yearly report, read-only (offices, and producers looking back). Producers and province
// staff get a link to the form to edit it.
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { Report } from '../../api-reports.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { Link } from '../../components/link.js';
import { formatNumber, formatVnd } from '../../format.js';
import { formatDate } from '../../labels.js';
import { useUser } from '../../session.js';
import { useResource } from '../../use-resource.js';
import { StatusBadge } from './reports-shared.js';

function Figures({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(i18n.language, v);
  const rows: [string, string][] = [
    [t('reports.employeesTotal'), n(report.employeesTotal)],
    [t('reports.employeesWomen'), n(report.employeesWomen)],
    [t('reports.employeesEthnicMinority'), n(report.employeesEthnicMinority)],
    [t('reports.newJobsTotal'), n(report.newJobs)],
    [t('reports.newJobsWomen'), n(report.newJobsWomen)],
    [t('reports.newJobsEthnicMinority'), n(report.newJobsEthnicMinority)],
    [t('reports.incomeVnd'), formatVnd(i18n.language, report.averageMonthlyIncomeVnd)],
  ];
  return (
    <dl className="card facts">
      {rows.map(([label, value]) => (
        <div key={label}><dt>{label}</dt><dd>{value}</dd></div>
      ))}
    </dl>
  );
}

export function ReportPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const report = useResource(id, (signal) => api(`/reports/${encodeURIComponent(id)}`, Report, { signal }));
  const r = report.data;
  const canEdit = user.role === 'producer_member' || user.role === 'province_admin' || user.role === 'province_officer';
  return (
    <section aria-labelledby="report-title">
      <ErrorAlert error={report.error} />
      {r ? (
        <>
          <div className="page-head">
            <h1 id="report-title">{t('reports.formTitle', { year: r.year })}</h1>
            <StatusBadge status={r.status} />
            {canEdit ? <Link className="button-link" to={`/reports/form?year=${r.year}&producerId=${r.producerId}`}>{t('reports.edit')}</Link> : null}
          </div>
          {r.filedAt ? <p className="muted">{t('reports.filedAt')}: {formatDate(i18n.language, r.filedAt)}</p> : null}
          <table className="data-table stack-on-phone">
            <thead><tr><th scope="col">{t('reports.product')}</th><th scope="col">{t('reports.revenueVnd')}</th><th scope="col">{t('reports.outputQuantity')}</th></tr></thead>
            <tbody>
              {r.lines.map((l) => (
                <tr key={l.productId}>
                  <td data-label={t('reports.product')}>{l.productName}</td>
                  <td data-label={t('reports.revenueVnd')}>{formatVnd(i18n.language, l.revenueVnd)}</td>
                  <td data-label={t('reports.outputQuantity')}>{formatNumber(i18n.language, l.outputQuantity)} {l.outputUnit}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="report-total">{t('reports.total')}: <strong>{formatVnd(i18n.language, r.revenueVnd)}</strong></p>
          <Figures report={r} />
          {r.salesChannels.length > 0 ? (
            <section className="card"><h2>{t('reports.section.market')}</h2><ul>{r.salesChannels.map((c, i) => <li key={i}>{t(`reports.channelKinds.${c.kind}`)}: {c.name}{c.address ? ` — ${c.address}` : ''}</li>)}</ul></section>
          ) : null}
          {r.ecommerceListings.length > 0 ? (
            <section className="card"><h2>{t('reports.section.online')}</h2><ul>{r.ecommerceListings.map((l, i) => <li key={i}>{l.platform}: <a href={l.url} rel="noopener noreferrer" target="_blank">{l.url}</a></li>)}</ul></section>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
