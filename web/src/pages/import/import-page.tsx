// Excel import in two steps: a dry run reports every problem by sheet, row and column; the user
// then imports everything (only when all rows are valid) or just the valid rows.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiHref, apiUpload } from '../../api.js';
import { ImportReport, type ImportMode } from '../../api-registry.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { ImportReportView } from './import-report.js';

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function validRows(report: ImportReport): number {
  return [report.producers, report.products, report.certificates, report.salesPoints].reduce((sum, sheet) => sum + (sheet ? sheet.rows - sheet.invalid : 0), 0);
}

function ImportChoices({ report, busy, onImport }: { report: ImportReport; busy: boolean; onImport(mode: ImportMode): void }) {
  const { t } = useTranslation();
  const valid = validRows(report);
  return (
    <div className="card">
      <p>{t('import.choose', { valid })}</p>
      <div className="form-actions">
        <button type="button" className="primary" disabled={busy || report.errorCount > 0 || valid === 0} onClick={() => onImport('all')}>
          {t('import.importAll')}
        </button>
        <button type="button" disabled={busy || report.errorCount === 0 || valid === 0} onClick={() => onImport('valid-only')}>
          {t('import.importValid')}
        </button>
      </div>
      {report.errorCount > 0 ? <p className="field-hint">{t('import.allDisabled')}</p> : null}
    </div>
  );
}

export function ImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);

  const send = async (mode: ImportMode) => {
    if (file === null) return;
    setBusy(true);
    setError(undefined);
    try {
      setReport(await apiUpload('/registry/import', ImportReport, file, { query: { mode } }));
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };
  const check = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send('dry-run');
  };
  const choose = (chosen: File | null) => {
    setFile(chosen);
    setReport(null);
    setError(undefined);
  };
  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">{t('import.title')}</h1>
      <div className="card">
        <p>{t('import.intro')}</p>
        <a className="button-link" href={apiHref('/registry/template.xlsx')} download>
          {t('import.template')}
        </a>
      </div>
      <form className="card" onSubmit={check} aria-label={t('import.upload')}>
        {/* A styled button instead of the browser's own control, whose words follow the browser's language. */}
        <div className="field">
          <p className="field-label" id="import-file-label">
            {t('import.file')}
          </p>
          <div className="file-choice">
            <label className="button-link">
              <input
                type="file"
                className="visually-hidden"
                accept={XLSX_TYPES}
                aria-labelledby="import-file-label"
                onChange={(event) => choose(event.target.files?.[0] ?? null)}
              />
              {t('import.chooseFile')}
            </label>
            <span className={file ? 'mono' : 'muted'}>{file ? file.name : t('import.noFile')}</span>
          </div>
        </div>
        <button type="submit" className="primary" disabled={busy || file === null}>
          {busy ? t('import.working') : t('import.check')}
        </button>
      </form>
      <ErrorAlert error={error} />
      {report ? <ImportReportView report={report} /> : null}
      {report && !report.applied ? <ImportChoices report={report} busy={busy} onImport={(mode) => void send(mode)} /> : null}
    </section>
  );
}
