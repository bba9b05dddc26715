import { useTranslation } from 'react-i18next';
import type { ImportIssue, ImportReport, SheetReport } from '../../api-registry.js';
import { localText } from '../../labels.js';

function SheetSummary({ sheet, applied }: { sheet: SheetReport; applied: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="sheet-summary" data-testid="sheet-summary">
      <h3>{sheet.sheet}</h3>
      <dl className="facts">
        <dt>{t('import.rows')}</dt>
        <dd>{sheet.rows}</dd>
        <dt>{t('import.invalid')}</dt>
        <dd className={sheet.invalid > 0 ? 'text-bad' : undefined}>{sheet.invalid}</dd>
        <dt>{applied ? t('import.created') : t('import.toCreate')}</dt>
        <dd data-testid="created">{sheet.created}</dd>
        <dt>{applied ? t('import.updated') : t('import.toUpdate')}</dt>
        <dd>{sheet.updated}</dd>
        <dt>{t('import.unchanged')}</dt>
        <dd>{sheet.unchanged}</dd>
      </dl>
    </div>
  );
}

function IssueTable({ issues }: { issues: ImportIssue[] }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="data-table stack-on-phone" data-testid="import-errors">
      <thead>
        <tr>
          <th scope="col">{t('import.sheet')}</th>
          <th scope="col">{t('import.row')}</th>
          <th scope="col">{t('import.column')}</th>
          <th scope="col">{t('import.message')}</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, index) => (
          <tr key={index} data-testid="import-error">
            <td data-label={t('import.sheet')}>{issue.sheet}</td>
            <td data-label={t('import.row')}>{issue.row}</td>
            <td data-label={t('import.column')} className="mono">
              {issue.column ?? '—'} <span className="muted">({issue.field})</span>
            </td>
            <td data-label={t('import.message')}>{localText(i18n.language, issue.message)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const sheets = [report.producers, report.products, report.certificates, report.salesPoints].filter((sheet) => sheet !== null);
  const heading = report.applied ? t('import.resultTitle') : t('import.checkTitle');
  return (
    <section className="card" aria-labelledby="report-title" data-testid="import-report">
      <h2 id="report-title">{heading}</h2>
      {sheets.length === 0 ? <p>{t('import.noSheets')}</p> : null}
      <div className="sheet-summaries">
        {sheets.map((sheet) => (
          <SheetSummary key={sheet.sheet} sheet={sheet} applied={report.applied} />
        ))}
      </div>
      {report.errorCount > 0 ? (
        <>
          <h3>{t('import.errors', { count: report.errorCount })}</h3>
          {report.errors.length < report.errorCount ? (
            <p className="muted">{t('import.errorsCut', { shown: report.errors.length })}</p>
          ) : null}
          <IssueTable issues={report.errors} />
        </>
      ) : (
        <p className="alert alert-ok">{report.applied ? t('import.doneClean') : t('import.allValid')}</p>
      )}
    </section>
  );
}
