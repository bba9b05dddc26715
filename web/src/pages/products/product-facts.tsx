import { useTranslation } from 'react-i18next';
import type { Product } from '../../api-registry.js';
import { formatNumber, formatVnd } from '../../format.js';
import { localText } from '../../labels.js';

export function ProductFacts({ product }: { product: Product }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const dash = '—';
  return (
    <section className="card" aria-labelledby="facts-title">
      <h2 id="facts-title">{t('products.facts')}</h2>
      <dl className="facts facts-wrap" data-testid="product-facts">
        <dt>{t('products.gtin')}</dt>
        <dd className="mono">{product.gtin ?? dash}</dd>
        <dt>{t('products.price')}</dt>
        <dd>{product.priceVnd === null ? dash : formatVnd(lang, product.priceVnd)}</dd>
        <dt>{t('products.capacity')}</dt>
        <dd>
          {product.capacity === null
            ? dash
            : t('products.capacityValue', { amount: formatNumber(lang, product.capacity.amount), unit: product.capacity.unit })}
        </dd>
        <dt>{t('products.rawMaterialArea')}</dt>
        <dd>{product.rawMaterialAreaHa === null ? dash : t('products.hectares', { value: formatNumber(lang, product.rawMaterialAreaHa) })}</dd>
        <dt>{t('products.ministries')}</dt>
        <dd>{product.classification.ministries.map((m) => localText(lang, m.name)).join('; ') || dash}</dd>
      </dl>
    </section>
  );
}
