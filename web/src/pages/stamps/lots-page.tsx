// Production lots: recorded with their dates (printed in the stamp's GS1 Digital Link as AI 10),
// then stamps are bound to them.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { Lot, LotPage } from '../../api-stamps.js';
import { ErrorAlert, isForbidden } from '../../components/error-alert.js';
import { TextField, missingFields } from '../../components/field.js';
import { localFieldErrors } from '../../components/field-messages.js';
import { Link } from '../../components/link.js';
import { Pager } from '../../components/pager.js';
import { localToday, numberOrNull, textOrNull } from '../../format.js';
import { formatDate } from '../../labels.js';
import { navigate } from '../../router.js';
import { useAction } from '../../use-action.js';
import { useListFilters } from '../../use-list-filters.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';
import { CertifiedProductSelect, ProductName, StampTabs } from './stamps-shared.js';

const PAGE_SIZE = 20;
const EMPTY = { productId: '', code: '', productionDate: localToday(), expiryDate: '', quantity: '', rawMaterialArea: '' };
type Draft = typeof EMPTY;

function LotForm() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const action = useAction();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = missingFields({ productId: draft.productId, code: draft.code, productionDate: draft.productionDate }, t('errors.required'));
    setMissing(found);
    if (Object.keys(found).length > 0) return;
    const body = {
      productId: Number(draft.productId),
      code: draft.code.trim(),
      productionDate: draft.productionDate,
      expiryDate: textOrNull(draft.expiryDate),
      quantity: numberOrNull(draft.quantity, true),
      rawMaterialArea: textOrNull(draft.rawMaterialArea),
    };
    void action.run(async () => {
      const lot = await api('/lots', Lot, { method: 'POST', body });
      navigate(`/stamps/lots/${lot.id}`);
    });
  };
  const errors = { ...localFieldErrors(t, action.error), ...missing };
  const bind = (key: keyof Draft) => ({ name: key, value: draft[key], error: errors[key], onChange: (e: { target: { value: string } }) => setDraft((old) => ({ ...old, [key]: e.target.value })) });
  return (
    <details className="card" open={draft.productId !== '' || undefined}>
      <summary className="summary-button">{t('lots.create')}</summary>
      <form onSubmit={submit} noValidate aria-label={t('lots.create')} className="form-grid">
        <ErrorAlert error={action.error} />
        <div className="form-wide">
          <CertifiedProductSelect label={t('batches.product')} required {...bind('productId')} />
        </div>
        <TextField label={t('lots.code')} hint={t('lots.codeHint')} required autoCapitalize="characters" {...bind('code')} />
        <TextField label={t('lots.productionDate')} type="date" required {...bind('productionDate')} />
        <TextField label={t('lots.expiryDate')} type="date" {...bind('expiryDate')} />
        <TextField label={t('lots.quantity')} inputMode="numeric" {...bind('quantity')} />
        <TextField label={t('lots.rawMaterialArea')} {...bind('rawMaterialArea')} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={action.busy}>
            {action.busy ? t('common.saving') : t('lots.save')}
          </button>
        </div>
      </form>
    </details>
  );
}

export function LotsPage() {
  const { t, i18n } = useTranslation();
  const list = useListFilters({});
  const query = { page: list.page, pageSize: PAGE_SIZE };
  const lots = useResource(JSON.stringify(query), (signal) => api('/lots', LotPage, { query, signal }));
  if (isForbidden(lots.error)) return <ForbiddenPage />;
  const lang = i18n.language;
  return (
    <section aria-labelledby="lots-title">
      <StampTabs current="lots" />
      <h1 id="lots-title">{t('lots.title')}</h1>
      <p className="muted">{t('lots.intro')}</p>
      <LotForm />
      <ErrorAlert error={lots.error} />
      {lots.data ? (
        <>
          <p className="muted">{t('common.total', { count: lots.data.total })}</p>
          {lots.data.items.length === 0 ? <p>{t('lots.empty')}</p> : null}
          <ul className="plain-list card">
            {lots.data.items.map((lot) => (
              <li key={lot.id} data-testid="lot-row">
                <Link to={`/stamps/lots/${lot.id}`} className="mono">
                  {lot.code}
                </Link>{' '}
                — <ProductName id={lot.productId} />
                <br />
                <span className="muted small">
                  {t('lots.summary', { date: formatDate(lang, lot.productionDate), count: lot.boundStamps })}
                </span>
              </li>
            ))}
          </ul>
          <Pager page={lots.data.page} pageSize={PAGE_SIZE} total={lots.data.total} onPage={list.setPage} />
        </>
      ) : null}
    </section>
  );
}
