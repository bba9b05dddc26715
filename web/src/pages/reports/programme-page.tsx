// The programme's funding by source (with the provincial budget share per year) and the
// targets the province sets. Province staff add and remove rows; commune officers read.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiNoContent } from '../../api.js';
import { FUNDING_SOURCES, Funding, FundingList, TARGET_METRICS, Target, TargetList } from '../../api-reports.js';
import { ErrorAlert, isForbidden } from '../../components/error-alert.js';
import { SelectField, TextField } from '../../components/field.js';
import { formatNumber, formatPercent, formatVnd, numberOrNull } from '../../format.js';
import { useUser } from '../../session.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';
import { reportFieldErrors } from './report-messages.js';
import { recentYears } from './reports-shared.js';

type Row = Record<string, string>;

/** A one-line add form: the fields given, a button; calls `send` with the typed values. */
function AddRow({ fields, label, send }: { fields: (row: Row, set: (patch: Row) => void, errors: Row) => ReactNode; label: string; send(row: Row): Promise<unknown> }) {
  const { t } = useTranslation();
  const [row, setRow] = useState<Row>({});
  const [error, setError] = useState<unknown>(undefined);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(undefined);
    try {
      await send(row);
      setRow({});
    } catch (reason) {
      setError(reason);
    }
  };
  return (
    <form className="card" noValidate onSubmit={(e) => void submit(e)} aria-label={label}>
      <h3>{label}</h3>
      <ErrorAlert error={error} />
      <div className="form-grid">{fields(row, (patch) => setRow((old) => ({ ...old, ...patch })), reportFieldErrors(t, error))}</div>
      <div className="form-actions"><button type="submit" className="primary">{t('reports.add')}</button></div>
    </form>
  );
}

function FundingSection({ keeper }: { keeper: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const funding = useResource('funding', (signal) => api('/programme/funding', FundingList, { signal }));
  if (isForbidden(funding.error)) return <ForbiddenPage />;
  const years = recentYears();
  const add = (row: Row) => api('/programme/funding', Funding, { method: 'POST', body: { year: Number(row.year ?? years[0]), source: row.source ?? FUNDING_SOURCES[0], amountVnd: numberOrNull(row.amount ?? '', true), note: row.note || null } }).then(funding.reload);
  const remove = (id: number) => void apiNoContent(`/programme/funding/${id}`, { method: 'DELETE' }).then(funding.reload);
  return (
    <section aria-labelledby="funding-title">
      <h2 id="funding-title">{t('reports.funding')}</h2>
      <ErrorAlert error={funding.error} />
      {funding.data ? (
        <>
          <table className="data-table stack-on-phone" data-testid="funding-years">
            <thead><tr><th scope="col">{t('reports.year')}</th><th scope="col">{t('reports.totalVnd')}</th><th scope="col">{t('fundingSources.provincial_budget')}</th><th scope="col">{t('reports.provincialShare')}</th></tr></thead>
            <tbody>{funding.data.years.map((y) => (
              <tr key={y.year}><td data-label={t('reports.year')}>{y.year}</td><td data-label={t('reports.totalVnd')}>{formatVnd(lang, y.totalVnd)}</td><td data-label={t('fundingSources.provincial_budget')}>{formatVnd(lang, y.provincialBudgetVnd)}</td><td data-label={t('reports.provincialShare')}>{formatPercent(lang, y.provincialBudgetShare)}</td></tr>
            ))}</tbody>
          </table>
          <table className="data-table stack-on-phone">
            <thead><tr><th scope="col">{t('reports.year')}</th><th scope="col">{t('reports.source')}</th><th scope="col">{t('reports.amount')}</th><th scope="col">{t('reports.note')}</th>{keeper ? <th scope="col"><span className="visually-hidden">{t('reports.remove')}</span></th> : null}</tr></thead>
            <tbody>{funding.data.items.map((f) => (
              <tr key={f.id}><td data-label={t('reports.year')}>{f.year}</td><td data-label={t('reports.source')}>{t(`fundingSources.${f.source}`)}</td><td data-label={t('reports.amount')}>{formatVnd(lang, f.amountVnd)}</td><td data-label={t('reports.note')}>{f.note ?? ''}</td>{keeper ? <td><button type="button" onClick={() => remove(f.id)}>{t('reports.remove')}</button></td> : null}</tr>
            ))}</tbody>
          </table>
        </>
      ) : null}
      {keeper ? (
        <AddRow label={t('reports.addFunding')} send={add} fields={(row, set, errors) => (
          <>
            <SelectField label={t('reports.year')} value={row.year ?? String(years[0])} onChange={(e) => set({ year: e.target.value })}>{years.map((y) => <option key={y} value={y}>{y}</option>)}</SelectField>
            <SelectField label={t('reports.source')} value={row.source ?? FUNDING_SOURCES[0]} onChange={(e) => set({ source: e.target.value })}>{FUNDING_SOURCES.map((s) => <option key={s} value={s}>{t(`fundingSources.${s}`)}</option>)}</SelectField>
            <TextField label={t('reports.amount')} inputMode="numeric" value={row.amount ?? ''} error={errors.amountVnd} onChange={(e) => set({ amount: e.target.value })} />
            <TextField label={t('reports.note')} value={row.note ?? ''} onChange={(e) => set({ note: e.target.value })} />
          </>
        )} />
      ) : null}
    </section>
  );
}

function TargetSection({ keeper }: { keeper: boolean }) {
  const { t, i18n } = useTranslation();
  const targets = useResource('targets', (signal) => api('/programme/targets', TargetList, { signal }));
  const add = (row: Row) => api('/programme/targets', Target, { method: 'POST', body: { year: Number(row.year ?? '2027'), metric: row.metric ?? TARGET_METRICS[0], value: numberOrNull(row.value ?? '', true) } }).then(targets.reload);
  const remove = (id: number) => void apiNoContent(`/programme/targets/${id}`, { method: 'DELETE' }).then(targets.reload);
  return (
    <section aria-labelledby="targets-title">
      <h2 id="targets-title">{t('reports.targets')}</h2>
      <ErrorAlert error={targets.error} />
      {targets.data ? (
        <table className="data-table stack-on-phone" data-testid="targets-table">
          <thead><tr><th scope="col">{t('reports.metric')}</th><th scope="col">{t('reports.byYear')}</th><th scope="col">{t('reports.unit')}</th><th scope="col">{t('reports.value')}</th>{keeper ? <th scope="col"><span className="visually-hidden">{t('reports.remove')}</span></th> : null}</tr></thead>
          <tbody>{targets.data.items.map((x) => (
            <tr key={x.id}><td data-label={t('reports.metric')}>{t(`reports.metrics.${x.metric}`)}</td><td data-label={t('reports.byYear')}>{x.year}</td><td data-label={t('reports.unit')}>{x.unit?.name ?? t('reports.province')}</td><td data-label={t('reports.value')}>{formatNumber(i18n.language, x.value)}</td>{keeper ? <td><button type="button" onClick={() => remove(x.id)}>{t('reports.remove')}</button></td> : null}</tr>
          ))}</tbody>
        </table>
      ) : null}
      {keeper ? (
        <AddRow label={t('reports.addTarget')} send={add} fields={(row, set, errors) => (
          <>
            <SelectField label={t('reports.metric')} value={row.metric ?? TARGET_METRICS[0]} onChange={(e) => set({ metric: e.target.value })}>{TARGET_METRICS.map((m) => <option key={m} value={m}>{t(`reports.metrics.${m}`)}</option>)}</SelectField>
            <TextField label={t('reports.byYear')} inputMode="numeric" value={row.year ?? '2027'} error={errors.year} onChange={(e) => set({ year: e.target.value })} />
            <TextField label={t('reports.value')} inputMode="numeric" value={row.value ?? ''} error={errors.value ?? errors.metric} onChange={(e) => set({ value: e.target.value })} />
          </>
        )} />
      ) : null}
    </section>
  );
}

export function ProgrammePage() {
  const { t } = useTranslation();
  const user = useUser();
  const keeper = user.role === 'province_admin' || user.role === 'province_officer';
  return (
    <section aria-labelledby="programme-title">
      <div className="page-head"><h1 id="programme-title">{t('reports.programmeTitle')}</h1></div>
      <FundingSection keeper={keeper} />
      <TargetSection keeper={keeper} />
    </section>
  );
}
