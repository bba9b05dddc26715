import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { MemberList, ProducerRecord, ProductPage, type Member, type ProductListItem } from '../../api-registry.js';
import { ProductStatusBadge, StarBadge } from '../../components/badges.js';
import { ErrorAlert, isForbidden, isNotFound } from '../../components/error-alert.js';
import { Link } from '../../components/link.js';
import { RecordMissing } from '../../components/record-missing.js';
import { formatDate, producerTypeLabel } from '../../labels.js';
import { unitLabel, useUnits } from '../../reference-data.js';
import { useUser } from '../../session.js';
import { useResource } from '../../use-resource.js';
import { ForbiddenPage } from '../forbidden-page.js';
import { ProducerFacts } from './producer-facts.js';

function Members({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const members = useResource(`members:${id}`, (signal) => api(`/producers/${id}/members`, MemberList, { signal }));
  const row = (member: Member) => (
    <li key={member.id}>
      <strong>{member.displayName}</strong> <span className="mono">({member.username})</span>
      {member.active ? null : <span className="badge badge-off">{t('users.inactive')}</span>}
      <span className="muted"> · {t('producers.memberSince', { date: formatDate(i18n.language, member.createdAt) })}</span>
    </li>
  );
  return (
    <section className="card" aria-labelledby="members-title">
      <h2 id="members-title">{t('producers.members')}</h2>
      <ErrorAlert error={members.error} />
      {members.data && members.data.items.length === 0 ? <p className="muted">{t('producers.noMembers')}</p> : null}
      {members.data && members.data.items.length > 0 ? <ul className="plain-list">{members.data.items.map(row)}</ul> : null}
    </section>
  );
}

function ProductLine({ product }: { product: ProductListItem }) {
  const { t } = useTranslation();
  return (
    <li>
      <Link to={`/products/${product.id}`}>{product.name}</Link> <ProductStatusBadge status={product.status} />
      <StarBadge star={product.star} />
      <span className="muted"> · {t('products.setShort', { number: product.classification.setNumber })}</span>
    </li>
  );
}

function Products({ id, canEdit }: { id: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const query = { producerId: id, pageSize: 200 };
  const products = useResource(`products-of:${id}`, (signal) => api('/products', ProductPage, { query, signal }));
  const items = products.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="products-title">
      <div className="page-head">
        <h2 id="products-title">{t('producers.products', { count: products.data?.total ?? 0 })}</h2>
        {canEdit ? (
          <Link to={`/products/new?producerId=${id}`} className="button-link">
            {t('products.create')}
          </Link>
        ) : null}
      </div>
      <ErrorAlert error={products.error} />
      {products.data && items.length === 0 ? <p className="muted">{t('producers.noProducts')}</p> : null}
      {items.length > 0 ? (
        <ul className="plain-list">
          {items.map((product) => (
            <ProductLine key={product.id} product={product} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

export function ProducerDetailPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const units = useUnits();
  const mine = user.role === 'producer_member';
  const producer = useResource(`producer:${id}`, (signal) =>
    api(`/producers/${encodeURIComponent(id)}`, ProducerRecord, { signal }),
  );
  const back = mine ? { to: '/', label: t('nav.home') } : { to: '/producers', label: t('producers.back') };
  if (isForbidden(producer.error)) return <ForbiddenPage />;
  if (isNotFound(producer.error)) return <RecordMissing backTo={back.to} backLabel={back.label} />;
  const record = producer.data;
  const canEdit = user.role !== 'council_member';
  return (
    <>
      {mine ? null : (
        <p>
          <Link to={back.to}>← {back.label}</Link>
        </p>
      )}
      <ErrorAlert error={producer.error} />
      {producer.loading && !record ? <p role="status">{t('app.loading')}</p> : null}
      {record ? (
        <>
          <section className="card" aria-labelledby="producer-title">
            <div className="page-head">
              <div>
                {mine ? <p className="eyebrow">{t('nav.myProducer')}</p> : null}
                <h1 id="producer-title">{record.name}</h1>
                <p className="muted">
                  {producerTypeLabel(t, record.type)} · {unitLabel(units.data, record.unitId, t('units.oldMap'))}
                </p>
              </div>
              {canEdit ? (
                <Link to={`/producers/${record.id}/edit`} className="button-link primary">
                  {t('common.edit')}
                </Link>
              ) : null}
            </div>
            <ProducerFacts producer={record} units={units.data} />
            <p className="muted small">
              {t('common.updatedAt', { date: formatDate(i18n.language, record.updatedAt, true) })}
            </p>
          </section>
          <Products id={record.id} canEdit={canEdit} />
          <Members id={record.id} />
        </>
      ) : null}
    </>
  );
}
