// What a producer does with an issued batch: print its labels on the chosen stock, take the
// PIN file once (scratch-off stamps), and bind a range of labels to a production lot.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiDownload, apiHref } from '../../api.js';
import { BindResult, LABEL_LAYOUTS, type Batch } from '../../api-stamps.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { SelectField, TextField } from '../../components/field.js';
import { localFieldErrors } from '../../components/field-messages.js';
import { numberOrNull } from '../../format.js';
import { useAction } from '../../use-action.js';
import { LotSelect } from './stamps-shared.js';

type Props = { batch: Batch; onDone(message: string): void };
type Refresh = { refresh: number };

export function LabelPrint({ batch, refresh }: { batch: Batch } & Refresh) {
  const { t } = useTranslation();
  const [layout, setLayout] = useState<string>(LABEL_LAYOUTS[0]);
  const [lot, setLot] = useState('');
  const href = apiHref(`/stamp-batches/${batch.id}/labels.pdf`, { layout, lot });
  return (
    <section className="card" aria-labelledby="labels-title">
      <h2 id="labels-title">{t('labels.title')}</h2>
      <p className="muted">{t('labels.intro')}</p>
      <div className="form-grid">
        <SelectField label={t('labels.layout')} name="layout" value={layout} onChange={(e) => setLayout(e.target.value)}>
          {LABEL_LAYOUTS.map((id) => (
            <option key={id} value={id}>
              {t(`labels.layouts.${id}`)}
            </option>
          ))}
        </SelectField>
        <LotSelect label={t('labels.lot')} productId={batch.productId} emptyLabel={t('labels.allCodes')} byCode refresh={refresh} name="lot" value={lot} onChange={(e) => setLot(e.target.value)} />
      </div>
      <a className="button-link primary" href={href} target="_blank" rel="noopener" data-testid="labels-pdf">
        {t('labels.open')}
      </a>
    </section>
  );
}

export function PinDownload({ batch, onDone }: Props) {
  const { t } = useTranslation();
  const action = useAction();
  const take = () => {
    if (!window.confirm(t('pins.confirm'))) return;
    void action.run(async () => {
      await apiDownload(`/stamp-batches/${batch.id}/pins`, { method: 'POST' });
      onDone(t('pins.done'));
    });
  };
  return (
    <section className="card" aria-labelledby="pins-title">
      <h2 id="pins-title">{t('pins.title')}</h2>
      <p className="muted">{t('pins.intro')}</p>
      <ErrorAlert error={action.error} />
      <button type="button" disabled={action.busy} onClick={take}>
        {t('pins.download')}
      </button>
    </section>
  );
}

export function BindToLot({ batch, onDone, refresh }: Props & Refresh) {
  const { t } = useTranslation();
  const [lotId, setLotId] = useState(batch.lotId === null ? '' : String(batch.lotId));
  const [from, setFrom] = useState('1');
  const [to, setTo] = useState(String(batch.quantity));
  const action = useAction();
  const bind = () =>
    action.run(async () => {
      const body = { batchId: batch.id, fromPosition: numberOrNull(from, true), toPosition: numberOrNull(to, true) };
      const result = await api(`/lots/${lotId}/stamps`, BindResult, { method: 'POST', body });
      onDone(t('bind.done', { bound: result.bound, skipped: result.skipped }));
    });
  const errors = localFieldErrors(t, action.error);
  return (
    <form className="card" aria-labelledby="bind-title" onSubmit={(event) => event.preventDefault()} noValidate>
      <h2 id="bind-title">{t('bind.title')}</h2>
      <p className="muted">{t('bind.intro')}</p>
      <ErrorAlert error={action.error} />
      <LotSelect label={t('bind.lot')} productId={batch.productId} emptyLabel={t('common.choose')} refresh={refresh} name="bindLot" value={lotId} onChange={(e) => setLotId(e.target.value)} />
      <div className="form-grid">
        <TextField label={t('bind.from')} inputMode="numeric" value={from} error={errors.fromPosition} onChange={(e) => setFrom(e.target.value)} />
        <TextField label={t('bind.to')} inputMode="numeric" value={to} error={errors.toPosition} onChange={(e) => setTo(e.target.value)} />
      </div>
      <button type="button" className="primary" disabled={action.busy || lotId === ''} onClick={() => void bind()}>
        {t('bind.submit')}
      </button>
    </form>
  );
}
