// "Báo cáo năm": a producer's yearly report for one year, usable on a phone. Saves as a draft or
// files it; after filing, saves are corrections (the server audits them). Province staff open
// it for a producer with ?producerId=.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { Report, ReportForm } from '../../api-reports.js';
import { ErrorAlert, isForbidden } from '../../components/error-alert.js';
import { SelectField } from '../../components/field.js';
import { formatVnd } from '../../format.js';
import { readSearch, replaceSearch } from '../../router.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';
import { type ReportDraft, bodyFrom, draftFrom, rekeyLineErrors } from './report-draft.js';
import { JobFields, MarketFields, ProductLines } from './report-form-fields.js';
import { reportFieldErrors } from './report-messages.js';
import { StatusBadge } from './reports-shared.js';

function ReportEditor({ form, onSaved }: { form: ReportForm; onSaved(report: Report): void }) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<ReportDraft>(() => draftFrom(form));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [lineOf, setLineOf] = useState<number[]>([]);
  const filed = form.report?.status === 'filed';
  const change = (patch: Partial<ReportDraft>) => setDraft((old) => ({ ...old, ...patch }));
  const save = async (status: 'draft' | 'filed') => {
    const { body, lineOf: sent } = bodyFrom(form, draft, status);
    setBusy(true);
    setError(undefined);
    setLineOf(sent);
    try {
      onSaved(await api('/reports', Report, { method: 'PUT', body }));
    } catch (reason) {
      setError(reason);
    } finally {
      setBusy(false);
    }
  };
  const errors = rekeyLineErrors(reportFieldErrors(t, error), lineOf);
  const total = Object.values(draft.lines).reduce((sum, l) => sum + (Number(l.revenueVnd.replace(/[.,\s]/g, '')) || 0), 0);
  return (
    <form className="report-form" noValidate onSubmit={(e) => { e.preventDefault(); void save('filed'); }} aria-label={t('reports.formTitle', { year: form.year })}>
      {filed ? <p className="alert">{t('reports.correctionNote')}</p> : null}
      <ErrorAlert error={error} />
      <ProductLines form={form} draft={draft} errors={errors} onChange={change} />
      <p className="report-total">{t('reports.total')}: <strong>{formatVnd(i18n.language, total)}</strong></p>
      <JobFields draft={draft} errors={errors} onChange={change} />
      <MarketFields draft={draft} errors={errors} onChange={change} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>{filed ? t('reports.saveCorrection') : t('reports.file')}</button>
        {filed ? null : <button type="button" disabled={busy} onClick={() => void save('draft')}>{t('reports.saveDraft')}</button>}
      </div>
    </form>
  );
}

export function ReportFormPage() {
  const { t } = useTranslation();
  const search = readSearch();
  const [year, setYear] = useState(search.get('year') ?? '');
  const producerId = search.get('producerId') ?? '';
  const [notice, setNotice] = useState('');
  const [generation, setGeneration] = useState(0);
  const form = useResource(`${year}|${producerId}|${generation}`, (signal) => api('/reports/form', ReportForm, { query: { year, producerId }, signal }));
  if (isForbidden(form.error)) return <ForbiddenPage />;
  const data = form.data;
  const years = data === undefined ? [] : Array.from({ length: 5 }, (_, i) => data.currentYear - i);
  const pick = (value: string) => {
    setNotice('');
    setYear(value);
    replaceSearch({ year: value, producerId });
  };
  const saved = (report: Report) => {
    const key = report.status === 'draft' ? 'reports.savedDraft' : data?.report?.status === 'filed' ? 'reports.savedCorrection' : 'reports.savedFiled';
    setNotice(t(key, { year: report.year }));
    setGeneration((g) => g + 1);
    window.scrollTo(0, 0);
  };
  return (
    <section aria-labelledby="report-form-title">
      <div className="page-head">
        <h1 id="report-form-title">{t('reports.formTitle', { year: data?.year ?? year })}</h1>
        {data?.report ? <StatusBadge status={data.report.status} /> : data ? <StatusBadge status="missing" /> : null}
      </div>
      {data ? <p className="muted">{data.producer.name}</p> : null}
      <p role="status" data-testid="report-notice" className={notice ? 'alert alert-ok' : 'visually-hidden'}>{notice}</p>
      {data ? (
        <div className="filters card filter-grid">
          <SelectField label={t('reports.year')} value={String(data.year)} onChange={(e) => pick(e.target.value)}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </SelectField>
        </div>
      ) : null}
      <ErrorAlert error={form.error} />
      {data ? <ReportEditor key={`${data.year}|${data.report?.updatedAt ?? ''}`} form={data} onSaved={saved} /> : null}
    </section>
  );
}
