// Requesting a batch of stamps: a certified product, how many, which kind, and optionally the
// lot every code is bound to as soon as it is issued.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { Batch, STAMP_TYPES, type StampType } from '../../api-stamps.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { TextField, missingFields } from '../../components/field.js';
import { localFieldErrors } from '../../components/field-messages.js';
import { ProducerPicker } from '../../components/producer-picker.js';
import { numberOrNull } from '../../format.js';
import { navigate, readSearch } from '../../router.js';
import { useUser } from '../../session.js';
import { useAction } from '../../use-action.js';
import { CertifiedProductSelect, LotSelect } from './stamps-shared.js';

function TypeChoice({ value, onChange }: { value: StampType; onChange(type: StampType): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="choice-cards">
      <legend>{t('batches.type')}</legend>
      {STAMP_TYPES.map((type) => (
        <label key={type} className="choice-card">
          <input type="radio" name="type" value={type} checked={value === type} onChange={() => onChange(type)} />
          <span>
            <strong>{t(`stampTypes.${type}`)}</strong>
            <span className="muted small">{t(`batches.typeHints.${type}`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function BatchNewPage() {
  const { t } = useTranslation();
  const user = useUser();
  const own = user.role === 'producer_member';
  const [producerId, setProducerId] = useState('');
  const [productId, setProductId] = useState(() => readSearch().get('productId') ?? '');
  const [quantity, setQuantity] = useState('');
  const [type, setType] = useState<StampType>('qr_label');
  const [lotId, setLotId] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const action = useAction();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = missingFields({ productId, quantity }, t('errors.required'));
    setMissing(found);
    if (Object.keys(found).length > 0) return;
    const body = { productId: Number(productId), quantity: numberOrNull(quantity, true), type, ...(lotId === '' ? {} : { lotId: Number(lotId) }) };
    void action.run(async () => {
      const batch = await api('/stamp-batches', Batch, { method: 'POST', body });
      navigate(`/stamps/batches/${batch.id}`);
    });
  };
  const errors = { ...localFieldErrors(t, action.error), ...missing };
  return (
    <section aria-labelledby="batch-new-title">
      <h1 id="batch-new-title">{t('batches.createTitle')}</h1>
      <p className="muted">{t('batches.createIntro')}</p>
      <form className="card" onSubmit={submit} noValidate aria-label={t('batches.createTitle')}>
        <ErrorAlert error={action.error} />
        {own ? null : <ProducerPicker label={t('dossiers.producer')} value={producerId} onChange={setProducerId} />}
        <CertifiedProductSelect
          key={producerId}
          label={t('batches.product')}
          name="productId"
          producerId={own ? undefined : producerId || undefined}
          value={productId}
          error={errors.productId}
          onChange={(e) => {
            setProductId(e.target.value);
            setLotId('');
          }}
        />
        <TextField label={t('batches.quantity')} name="quantity" inputMode="numeric" required value={quantity} error={errors.quantity} onChange={(e) => setQuantity(e.target.value)} />
        <TypeChoice value={type} onChange={setType} />
        <LotSelect label={t('batches.lot')} productId={productId === '' ? undefined : Number(productId)} emptyLabel={t('batches.noLot')} name="lotId" value={lotId} onChange={(e) => setLotId(e.target.value)} />
        <p className="field-hint">{t('batches.lotHint')}</p>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={action.busy}>
            {action.busy ? t('common.saving') : t('batches.submit')}
          </button>
          <button type="button" onClick={() => navigate('/stamps')}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
