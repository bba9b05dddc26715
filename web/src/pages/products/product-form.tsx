import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { PRODUCT_STATUSES, Product, REGISTRY_STATUSES, STARS, type ProductStatus } from '../../api-registry.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormActions, UnchangedNotice } from '../../components/form-actions.js';
import { SelectField, TextAreaField, TextField } from '../../components/field.js';
import { changedFields } from '../../patch.js';
import { useUser } from '../../session.js';
import { useFormSubmit } from '../../use-form-submit.js';
import { EMPTY_PRODUCT, draftOf, isRated, productBody, type ProductDraft } from './product-draft.js';
import { CertificatesEditor, SalesPointsEditor } from './product-list-editors.js';
import { SetSelect } from './set-select.js';

type TextKey = Exclude<keyof ProductDraft, 'certificates' | 'salesPoints'>;
type Props = { product?: Product; producerId?: number; onSaved(product: Product): void; onCancel(): void };

async function save(product: Product | undefined, producerId: number | undefined, draft: ProductDraft): Promise<Product | null> {
  const body = productBody(draft);
  if (product === undefined) return api('/products', Product, { method: 'POST', body: { ...body, producerId } });
  const patch = changedFields(productBody(draftOf(product)), body);
  if (Object.keys(patch).length === 0) return null;
  return api(`/products/${product.id}`, Product, { method: 'PATCH', body: patch });
}

/** Province staff record any status (products certified before the platform); others the early ones. */
function useStatusOptions(current: string): readonly ProductStatus[] {
  const user = useUser();
  const province = user.role === 'province_admin' || user.role === 'province_officer';
  // The product's own status stays listed, so opening the form never changes it silently.
  return PRODUCT_STATUSES.filter((status) => province || REGISTRY_STATUSES.includes(status) || status === current);
}

type FieldsetsProps = { draft: ProductDraft; edit(patch: Partial<ProductDraft>): void; errors: Record<string, string> };

/** Names, classification, status and star, then production figures and price. */
function ProductFieldsets({ draft, edit, errors }: FieldsetsProps) {
  const { t } = useTranslation();
  const statuses = useStatusOptions(draft.status);
  const text = (key: TextKey, path: string = key) => ({
    name: key,
    value: draft[key],
    error: errors[path],
    onChange: (event: { target: { value: string } }) => edit({ [key]: event.target.value }),
  });
  return (
    <>
      <fieldset className="form-section form-grid">
        <legend>{t('products.sectionGeneral')}</legend>
        <TextField label={t('products.name')} required lang="vi" {...text('name')} />
        <TextField label={t('products.nameEn')} lang="en" {...text('nameEn')} />
        <div className="form-wide">
          <SetSelect label={t('products.set')} required {...text('setNumber')} />
        </div>
        <SelectField label={t('products.status')} {...text('status')}>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`productStatus.${status}`)}
            </option>
          ))}
        </SelectField>
        {isRated(draft.status) ? (
          <SelectField label={t('products.star')} {...text('star')}>
            <option value="">{t('common.choose')}</option>
            {STARS.map((star) => (
              <option key={star} value={String(star)}>
                {t('products.starTitle', { count: star })}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField label={t('products.gtin')} hint={t('products.gtinHint')} inputMode="numeric" {...text('gtin')} />
        <div className="form-wide">
          <TextAreaField label={t('products.description')} {...text('description')} />
          <TextAreaField label={t('products.story')} rows={6} {...text('story')} />
        </div>
      </fieldset>
      <fieldset className="form-section form-grid">
        <legend>{t('products.sectionProduction')}</legend>
        <TextField label={t('products.priceLabel')} inputMode="numeric" {...text('priceVnd')} />
        <TextField label={t('products.capacityAmount')} inputMode="decimal" {...text('capacityAmount', 'capacity.amount')} />
        <TextField label={t('products.capacityUnit')} placeholder={t('products.capacityUnitPlaceholder')} {...text('capacityUnit', 'capacity.unit')} />
        <TextField label={t('products.rawMaterialAreaLabel')} inputMode="decimal" {...text('rawMaterialAreaHa')} />
      </fieldset>
    </>
  );
}

export function ProductForm({ product, producerId, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ProductDraft>(() => (product ? draftOf(product) : EMPTY_PRODUCT));
  const [unchanged, setUnchanged] = useState(false);
  const form = useFormSubmit({
    required: () => {
      // A new attempt clears the previous "nothing changed" notice.
      setUnchanged(false);
      return { name: draft.name, setNumber: draft.setNumber };
    },
    save: () => save(product, producerId, draft),
    onSaved: (saved) => (saved === null ? setUnchanged(true) : onSaved(saved)),
  });
  const { errors } = form;
  const edit = (patch: Partial<ProductDraft>) => setDraft((old) => ({ ...old, ...patch }));
  return (
    <form onSubmit={(event) => void form.submit(event)} noValidate className="card" aria-label={t('products.form')}>
      <ErrorAlert error={form.error} />
      <UnchangedNotice show={unchanged} />
      <ProductFieldsets draft={draft} edit={edit} errors={errors} />
      <CertificatesEditor items={draft.certificates} errors={errors} onChange={(certificates) => edit({ certificates })} />
      <SalesPointsEditor items={draft.salesPoints} errors={errors} onChange={(salesPoints) => edit({ salesPoints })} />
      <FormActions busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
