// Pieces the stamp pages share: the tabs between batches, lots and alerts, product names for
// rows that carry only a product id, and the pickers for certified products and their lots.
import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { LotPage } from '../../api-stamps.js';
import { Product, ProductPage } from '../../api-registry.js';
import { SelectField } from '../../components/field.js';
import { Link } from '../../components/link.js';
import { useResource } from '../../use-resource.js';

export function StampTabs({ current }: { current: 'batches' | 'lots' | 'alerts' }) {
  const { t } = useTranslation();
  const tab = (to: string, name: typeof current, label: string) => (
    <Link to={to} aria-current={current === name ? 'page' : undefined}>
      {label}
    </Link>
  );
  return (
    <nav className="tabs" aria-label={t('stamps.tabs')}>
      {tab('/stamps', 'batches', t('stamps.batches'))}
      {tab('/stamps/lots', 'lots', t('stamps.lots'))}
      {tab('/stamps/alerts', 'alerts', t('stamps.alertsTab'))}
    </nav>
  );
}

// Batches and lots carry product ids only; each product is fetched once per page load.
const products = new Map<number, Promise<Product>>();

function loadProduct(id: number): Promise<Product> {
  let pending = products.get(id);
  if (pending === undefined) {
    pending = api(`/products/${id}`, Product);
    void pending.catch(() => products.delete(id));
    products.set(id, pending);
  }
  return pending;
}

export function useProduct(id: number | undefined) {
  return useResource(`stamp-product:${id ?? ''}`, () => (id === undefined ? Promise.resolve(undefined) : loadProduct(id)));
}

export function ProductName({ id }: { id: number }) {
  const product = useProduct(id);
  return <>{product.data?.name ?? `#${id}`}</>;
}

type PickerProps = { label: string; error?: string; producerId?: string } & SelectHTMLAttributes<HTMLSelectElement>;

/** Stamps are issued for certified products only. */
export function CertifiedProductSelect({ label, error, producerId, ...select }: PickerProps) {
  const { t } = useTranslation();
  const query = { status: 'certified', pageSize: 200, sort: 'name', producerId };
  const list = useResource(`certified:${producerId ?? ''}`, (signal) => api('/products', ProductPage, { query, signal }));
  return (
    <SelectField label={label} error={error} {...select}>
      <option value="">{list.data ? t('common.choose') : t('app.loading')}</option>
      {list.data?.items.map((product) => (
        <option key={product.id} value={String(product.id)}>
          {product.name}
          {product.star === null ? '' : ` ${'★'.repeat(product.star)}`}
        </option>
      ))}
    </SelectField>
  );
}

type LotProps = { label: string; productId: number | undefined; emptyLabel: string; byCode?: boolean; /** Changes when the counts may have changed (codes bound). */ refresh?: number } & SelectHTMLAttributes<HTMLSelectElement>;

/** The product's lots; the value is the lot id, or its code when `byCode` (label sheets filter by code). */
export function LotSelect({ label, productId, emptyLabel, byCode = false, refresh = 0, ...select }: LotProps) {
  const { t } = useTranslation();
  const lots = useResource(`lots-of:${productId ?? ''}:${refresh}`, (signal) =>
    productId === undefined ? Promise.resolve(undefined) : api('/lots', LotPage, { query: { productId, pageSize: 200 }, signal }),
  );
  return (
    <SelectField label={label} {...select}>
      <option value="">{lots.loading ? t('app.loading') : emptyLabel}</option>
      {lots.data?.items.map((lot) => (
        <option key={lot.id} value={byCode ? lot.code : String(lot.id)}>
          {t('lots.option', { code: lot.code, count: lot.boundStamps })}
        </option>
      ))}
    </SelectField>
  );
}
