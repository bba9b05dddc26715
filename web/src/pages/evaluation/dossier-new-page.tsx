// Opening a dossier (Mẫu 01): the product, then the kind of evaluation its status allows.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { DOSSIER_KINDS, DossierDetail, type DossierKind } from '../../api-evaluation.js';
import { ProductPage, type ProductListItem } from '../../api-registry.js';
import { StarBadge } from '../../components/badges.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { SelectField } from '../../components/field.js';
import { localFieldErrors } from '../../components/field-messages.js';
import { ProducerPicker } from '../../components/producer-picker.js';
import { textOf } from '../../format.js';
import { navigate, readSearch } from '../../router.js';
import { useUser } from '../../session.js';
import { useAction } from '../../use-action.js';
import { useResource } from '../../use-resource.js';

/** Which kinds a product may be evaluated for now (src/services/dossiers/create-dossier.ts). */
export function kindsFor(product: Pick<ProductListItem, 'status' | 'star'> | undefined): readonly DossierKind[] {
  if (product === undefined) return [];
  if (['idea', 'plan', 'developing', 'revoked'].includes(product.status)) return ['first_evaluation'];
  if (product.status === 'expired') return ['re_evaluation'];
  if (product.status === 'certified') return (product.star ?? 5) < 5 ? ['re_evaluation', 'upgrade'] : ['re_evaluation'];
  return [];
}

function KindChoice({ allowed, value, onChange }: { allowed: readonly DossierKind[]; value: string; onChange(kind: DossierKind): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="choice-cards">
      <legend>{t('dossiers.kind')}</legend>
      {DOSSIER_KINDS.map((kind) => (
        <label key={kind} className={allowed.includes(kind) ? 'choice-card' : 'choice-card choice-off'}>
          <input type="radio" name="kind" value={kind} checked={value === kind} disabled={!allowed.includes(kind)} onChange={() => onChange(kind)} />
          <span>
            <strong>{t(`dossierKinds.${kind}`)}</strong>
            <span className="muted small">{t(`dossiers.kindHints.${kind}`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function DossierNewPage() {
  const { t } = useTranslation();
  const user = useUser();
  const own = user.role === 'producer_member';
  const [producerId, setProducerId] = useState(own ? textOf(user.producerId) : '');
  const [productId, setProductId] = useState(() => readSearch().get('productId') ?? '');
  const [kind, setKind] = useState<DossierKind | ''>('');
  const action = useAction();
  const products = useResource(`dossier-products:${producerId}`, (signal) =>
    producerId === '' ? Promise.resolve(undefined) : api('/products', ProductPage, { query: { producerId, pageSize: 200, sort: 'name' }, signal }),
  );
  const product = products.data?.items.find((item) => String(item.id) === productId);
  const allowed = kindsFor(product);
  const chosenKind = kind !== '' && allowed.includes(kind) ? kind : allowed.length === 1 ? allowed[0] : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (product === undefined || chosenKind === undefined) return;
    const body = { productId: product.id, kind: chosenKind };
    await action.run(async () => {
      const created = await api('/dossiers', DossierDetail, { method: 'POST', body });
      navigate(`/dossiers/${created.id}/self-assessment`);
    });
  };
  const errors = localFieldErrors(t, action.error);
  return (
    <section aria-labelledby="dossier-new-title">
      <h1 id="dossier-new-title">{t('dossiers.createTitle')}</h1>
      <p className="muted">{t('dossiers.createIntro')}</p>
      <form className="card" onSubmit={(event) => void submit(event)} noValidate aria-label={t('dossiers.createTitle')}>
        <ErrorAlert error={action.error} />
        {own ? null : <ProducerPicker label={t('dossiers.producer')} value={producerId} onChange={(id) => {
          setProducerId(id);
          setProductId('');
        }} />}
        <SelectField label={t('dossiers.product')} name="productId" value={productId} error={errors.productId} onChange={(e) => setProductId(e.target.value)}>
          <option value="">{products.loading ? t('app.loading') : t('common.choose')}</option>
          {products.data?.items.map((item) => (
            <option key={item.id} value={String(item.id)}>
              {item.name} — {t(`productStatus.${item.status}`)}
              {item.star === null ? '' : ` ${'★'.repeat(item.star)}`}
            </option>
          ))}
        </SelectField>
        {product ? (
          <p className="muted small">
            {t('dossiers.productNow', { status: t(`productStatus.${product.status}`) })} <StarBadge star={product.star} />
          </p>
        ) : null}
        {product && allowed.length === 0 ? <p className="alert alert-warn">{t('dossiers.noKind')}</p> : null}
        {product && allowed.length > 0 ? <KindChoice allowed={allowed} value={chosenKind ?? ''} onChange={setKind} /> : null}
        {errors.kind ? <p className="field-error">{errors.kind}</p> : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={action.busy || chosenKind === undefined}>
            {action.busy ? t('common.saving') : t('dossiers.start')}
          </button>
          <button type="button" onClick={() => navigate('/dossiers')}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
