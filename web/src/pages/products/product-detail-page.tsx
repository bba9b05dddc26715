import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { Product, ProducerRecord } from '../../api-registry.js';
import { ProductStatusBadge, StarBadge } from '../../components/badges.js';
import { ErrorAlert, isNotFound } from '../../components/error-alert.js';
import { Link } from '../../components/link.js';
import { RecordMissing } from '../../components/record-missing.js';
import { formatDate, localText } from '../../labels.js';
import { useUser } from '../../session.js';
import { useResource } from '../../use-resource.js';
import { ProductFacts } from './product-facts.js';
import { ProductImages } from './product-images.js';
import { CertificateList, SalesPointList } from './product-lists.js';

function Story({ title, text }: { title: string; text: string | null }) {
  if (!text) return null;
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      <p className="prose">{text}</p>
    </section>
  );
}

export function ProductDetailPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const product = useResource(`product:${id}`, (signal) => api(`/products/${encodeURIComponent(id)}`, Product, { signal }));
  const producerId = product.data?.producerId;
  const producer = useResource(`product-producer:${producerId ?? ''}`, (signal) =>
    producerId === undefined ? Promise.resolve(undefined) : api(`/producers/${producerId}`, ProducerRecord, { signal }),
  );
  const record = product.data;
  const canEdit = user.role !== 'council_member';
  const mine = user.role === 'producer_member';
  const producerPath = mine ? '/my-producer' : `/producers/${producerId ?? ''}`;
  const backLabel = mine ? t('nav.myProducts') : t('products.back');
  if (isNotFound(product.error)) return <RecordMissing backTo="/products" backLabel={backLabel} />;
  return (
    <>
      <p>
        <Link to="/products">← {backLabel}</Link>
      </p>
      <ErrorAlert error={product.error} />
      {product.loading && !record ? <p role="status">{t('app.loading')}</p> : null}
      {record ? (
        <>
          <section className="card" aria-labelledby="product-title">
            <div className="page-head">
              <div>
                <h1 id="product-title" lang="vi">
                  {record.name}
                </h1>
                {record.nameEn ? (
                  <p className="muted" lang="en">
                    {record.nameEn}
                  </p>
                ) : null}
                <p className="badges">
                  <ProductStatusBadge status={record.status} />
                  <StarBadge star={record.star} />
                </p>
              </div>
              {canEdit ? (
                <Link to={`/products/${record.id}/edit`} className="button-link primary">
                  {t('common.edit')}
                </Link>
              ) : null}
            </div>
            <p>
              {t('products.producer')}: <Link to={producerPath}>{producer.data?.name ?? `#${record.producerId}`}</Link>
            </p>
            <p className="muted small">
              {localText(i18n.language, record.classification.sector.name)} ›{' '}
              {localText(i18n.language, record.classification.group.name)} ›{' '}
              {t('products.setShort', { number: record.classification.setNumber })}{' '}
              {localText(i18n.language, record.classification.setName)}
            </p>
          </section>
          <ProductImages product={record} canEdit={canEdit} onChange={product.reload} />
          <ProductFacts product={record} />
          <Story title={t('products.description')} text={record.description} />
          <Story title={t('products.story')} text={record.story} />
          <CertificateList certificates={record.certificates} />
          <SalesPointList salesPoints={record.salesPoints} />
          <p className="muted small">{t('common.updatedAt', { date: formatDate(i18n.language, record.updatedAt, true) })}</p>
        </>
      ) : null}
    </>
  );
}
