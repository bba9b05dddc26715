import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { BatchPage, BindResult, Lot } from '../../api-stamps.js';
import { Choice } from '../../components/choice.js';
import { ErrorAlert, isNotFound } from '../../components/error-alert.js';
import { SelectField, TextAreaField, TextField } from '../../components/field.js';
import { localFieldErrors } from '../../components/field-messages.js';
import { Link } from '../../components/link.js';
import { RecordMissing } from '../../components/record-missing.js';
import { StatusNotice } from '../../components/status-notice.js';
import { formatNumber, numberOrNull } from '../../format.js';
import { formatDate } from '../../labels.js';
import { useAction } from '../../use-action.js';
import { useResource } from '../../use-resource.js';
import { ProductName } from './stamps-shared.js';
import { JourneyPanel } from './journey-panel.js';
import { VoidForm } from './void-form.js';

function LotFacts({ lot }: { lot: Lot }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <dl className="facts facts-wrap">
      <dt>{t('dossiers.product')}</dt>
      <dd>
        <ProductName id={lot.productId} />
      </dd>
      <dt>{t('lots.productionDate')}</dt>
      <dd>{formatDate(lang, lot.productionDate)}</dd>
      <dt>{t('lots.expiryDate')}</dt>
      <dd>{lot.expiryDate === null ? '—' : formatDate(lang, lot.expiryDate)}</dd>
      <dt>{t('lots.quantity')}</dt>
      <dd>{lot.quantity === null ? '—' : formatNumber(lang, lot.quantity)}</dd>
      <dt>{t('lots.rawMaterialArea')}</dt>
      <dd>{lot.rawMaterialArea ?? '—'}</dd>
      <dt>{t('lots.bound')}</dt>
      <dd data-testid="lot-bound">{formatNumber(lang, lot.boundStamps)}</dd>
    </dl>
  );
}

/** Binding by a label range of one of the product's issued batches, or by listed serials. */
function BindCodes({ lot, onDone }: { lot: Lot; onDone(message: string): void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'range' | 'list'>('range');
  const [batchId, setBatchId] = useState('');
  const [from, setFrom] = useState('1');
  const [to, setTo] = useState('');
  const [serials, setSerials] = useState('');
  const query = { productId: lot.productId, status: 'issued', pageSize: 100 };
  const batches = useResource(`issued-batches:${lot.productId}`, (signal) => api('/stamp-batches', BatchPage, { query, signal }));
  const action = useAction();
  const body =
    mode === 'range'
      ? { batchId: Number(batchId), fromPosition: numberOrNull(from, true), toPosition: numberOrNull(to, true) }
      : { serials: serials.split(/[\s,;]+/).filter(Boolean) };
  const bind = () =>
    action.run(async () => {
      const result = await api(`/lots/${lot.id}/stamps`, BindResult, { method: 'POST', body });
      onDone(t('bind.done', { bound: result.bound, skipped: result.skipped }));
    });
  const errors = localFieldErrors(t, action.error);
  return (
    <form className="card" aria-labelledby="bind-codes-title" onSubmit={(event) => event.preventDefault()} noValidate>
      <h2 id="bind-codes-title">{t('bind.title')}</h2>
      <ErrorAlert error={action.error} />
      <Choice<'range' | 'list'> legend={t('void.which')} name="bind-mode" value={mode} options={[['range', t('void.range')], ['list', t('void.list')]]} onChange={setMode} />
      {mode === 'range' ? (
        <div className="form-grid">
          <SelectField label={t('batches.batch')} value={batchId} onChange={(e) => setBatchId(e.target.value)}>
            <option value="">{batches.data ? t('common.choose') : t('app.loading')}</option>
            {batches.data?.items.map((batch) => (
              <option key={batch.id} value={String(batch.id)}>
                {t('batches.option', { id: batch.id, count: batch.quantity })}
              </option>
            ))}
          </SelectField>
          <TextField label={t('bind.from')} inputMode="numeric" value={from} error={errors.fromPosition} onChange={(e) => setFrom(e.target.value)} />
          <TextField label={t('bind.to')} inputMode="numeric" value={to} error={errors.toPosition} onChange={(e) => setTo(e.target.value)} />
        </div>
      ) : (
        <TextAreaField label={t('void.serials')} hint={t('void.serialsHint')} rows={3} value={serials} error={errors.serials} onChange={(e) => setSerials(e.target.value)} />
      )}
      <button type="button" className="primary" disabled={action.busy || (mode === 'range' && batchId === '')} onClick={() => void bind()}>
        {t('bind.submit')}
      </button>
    </form>
  );
}

export function LotPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState('');
  const lot = useResource(`lot:${id}`, (signal) => api(`/lots/${encodeURIComponent(id)}`, Lot, { signal }));
  if (isNotFound(lot.error)) return <RecordMissing backTo="/stamps/lots" backLabel={t('lots.back')} />;
  const record = lot.data;
  const done = (message: string) => {
    setNotice(message);
    lot.reload();
  };
  return (
    <>
      <p>
        <Link to="/stamps/lots">← {t('lots.back')}</Link>
      </p>
      <ErrorAlert error={lot.error} />
      <StatusNotice message={notice} />
      {lot.loading && !record ? <p role="status">{t('app.loading')}</p> : null}
      {record ? (
        <>
          <section className="card" aria-labelledby="lot-title">
            <p className="eyebrow">{t('lots.one', { id: record.id })}</p>
            <h1 id="lot-title" className="mono">
              {record.code}
            </h1>
            <LotFacts lot={record} />
          </section>
          <JourneyPanel lotId={record.id} />
          <BindCodes lot={record} onDone={done} />
          <VoidForm onDone={done} />
        </>
      ) : null}
    </>
  );
}
