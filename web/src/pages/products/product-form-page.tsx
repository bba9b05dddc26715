import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { Product } from '../../api-registry.js';
import { ErrorAlert, isNotFound } from '../../components/error-alert.js';
import { ProducerPicker } from '../../components/producer-picker.js';
import { RecordMissing } from '../../components/record-missing.js';
import { navigate, readSearch } from '../../router.js';
import { useUser } from '../../session.js';
import { useResource } from '../../use-resource.js';
import { ProductForm } from './product-form.js';

/** Whose product a new one is: a producer member's own, else the one chosen (or passed in the address). */
function useNewProductOwner(): [string, (id: string) => void, boolean] {
  const user = useUser();
  const own = user.role === 'producer_member' && user.producerId !== null && user.producerId !== undefined;
  const [chosen, setChosen] = useState(() => readSearch().get('producerId') ?? '');
  return [own ? String(user.producerId) : chosen, setChosen, own];
}

export function ProductFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  const [owner, setOwner, own] = useNewProductOwner();
  const product = useResource(`product-form:${id ?? 'new'}`, (signal) =>
    id === undefined ? Promise.resolve(undefined) : api(`/products/${encodeURIComponent(id)}`, Product, { signal }),
  );
  if (isNotFound(product.error)) return <RecordMissing backTo="/products" backLabel={t('products.back')} />;
  const creating = id === undefined;
  const title = creating ? t('products.createTitle') : t('products.editTitle', { name: product.data?.name ?? '' });
  const ownerId = owner === '' ? undefined : Number(owner);
  return (
    <section aria-labelledby="product-form-title">
      <h1 id="product-form-title">{title}</h1>
      <ErrorAlert error={product.error} />
      {product.loading ? <p role="status">{t('app.loading')}</p> : null}
      {creating && !own ? (
        <div className="card">
          <ProducerPicker label={t('products.producer')} value={owner} onChange={setOwner} />
        </div>
      ) : null}
      {!product.loading && (product.data || (creating && ownerId !== undefined)) ? (
        <ProductForm
          product={product.data}
          producerId={ownerId}
          onSaved={(saved) => navigate(`/products/${saved.id}`)}
          onCancel={() => navigate(creating ? '/products' : `/products/${id}`)}
        />
      ) : null}
    </section>
  );
}
