import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { ProductPage, type ProductListItem } from '../../api-registry.js';
import { ProductStatusBadge, StarBadge } from '../../components/badges.js';
import { ErrorAlert, isForbidden } from '../../components/error-alert.js';
import { ExportLinks } from '../../components/export-links.js';
import { Link } from '../../components/link.js';
import { Pager } from '../../components/pager.js';
import { localText } from '../../labels.js';
import { useUser } from '../../session.js';
import { useDebounced } from '../../use-debounced.js';
import { useListFilters } from '../../use-list-filters.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';
import { PRODUCT_FILTERS, ProductFilters } from './product-filters.js';

const PAGE_SIZE = 20;

function ProductCard({ product }: { product: ProductListItem }) {
  const { i18n } = useTranslation();
  const image = product.images[0];
  return (
    <li className="product-card card" data-testid="product-card">
      {image ? (
        <img src={image.thumbnails[320]} alt="" width={96} height={96} loading="lazy" className="thumb" />
      ) : (
        <span className="thumb thumb-empty" aria-hidden="true">
          OCOP
        </span>
      )}
      <div className="product-card-body">
        <Link to={`/products/${product.id}`} className="product-card-title">
          {product.name}
        </Link>
        <p className="muted small">{product.producerName}</p>
        <p className="small">{localText(i18n.language, product.classification.setName)}</p>
        <p className="badges">
          <ProductStatusBadge status={product.status} />
          <StarBadge star={product.star} />
        </p>
      </div>
    </li>
  );
}

export function ProductsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const mine = user.role === 'producer_member';
  const list = useListFilters(PRODUCT_FILTERS);
  const q = useDebounced(list.filters.q.trim());
  const filterQuery = { ...list.filters, q };
  const query = { ...filterQuery, page: list.page, pageSize: PAGE_SIZE };
  const products = useResource(JSON.stringify(query), (signal) => api('/products', ProductPage, { query, signal }));
  if (isForbidden(products.error)) return <ForbiddenPage />;
  const canCreate = user.role !== 'council_member';
  return (
    <section aria-labelledby="products-title">
      <div className="page-head">
        <h1 id="products-title">{mine ? t('nav.myProducts') : t('products.title')}</h1>
        {canCreate ? (
          <Link to="/products/new" className="button-link primary">
            {t('products.create')}
          </Link>
        ) : null}
      </div>
      <ProductFilters list={list} showUnit={!mine} />
      <div className="list-head">
        <p className="muted" aria-live="polite">
          {products.data ? t('common.total', { count: products.data.total }) : t('app.loading')}
        </p>
        <ExportLinks path="/products" query={filterQuery} />
      </div>
      <ErrorAlert error={products.error} />
      {products.data ? (
        <>
          {products.data.items.length > 0 ? (
            <ul className="product-list">
              {products.data.items.map((product) => (
                <ProductCard key={product.id} product={product} />
              ))}
            </ul>
          ) : (
            <p>{t('products.empty')}</p>
          )}
          <Pager page={products.data.page} pageSize={PAGE_SIZE} total={products.data.total} onPage={list.setPage} />
        </>
      ) : null}
    </section>
  );
}
