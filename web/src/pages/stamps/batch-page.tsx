import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { Batch } from '../../api-stamps.js';
import { ErrorAlert, isNotFound } from '../../components/error-alert.js';
import { Link } from '../../components/link.js';
import { ProgressBar } from '../../components/progress-bar.js';
import { RecordMissing } from '../../components/record-missing.js';
import { ReviewActions } from '../../components/review-actions.js';
import { BatchStatusBadge } from '../../components/status-badges.js';
import { StatusNotice } from '../../components/status-notice.js';
import { formatNumber } from '../../format.js';
import { formatDate } from '../../labels.js';
import { useUser } from '../../session.js';
import { useResource } from '../../use-resource.js';
import { BindToLot, LabelPrint, PinDownload } from './batch-tools.js';
import { ProductName } from './stamps-shared.js';
import { VoidForm } from './void-form.js';

/** How often an issuing batch is asked for its progress. */
const POLL_MS = 700;

function BatchFacts({ batch }: { batch: Batch }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const date = (value: string | null) => (value === null ? '—' : formatDate(lang, value, true));
  return (
    <dl className="facts facts-wrap">
      <dt>{t('dossiers.product')}</dt>
      <dd>
        <Link to={`/products/${batch.productId}`}>
          <ProductName id={batch.productId} />
        </Link>
      </dd>
      <dt>{t('batches.type')}</dt>
      <dd>{t(`stampTypes.${batch.type}`)}</dd>
      <dt>{t('batches.quantity')}</dt>
      <dd>{formatNumber(lang, batch.quantity)}</dd>
      <dt>{t('batches.lot')}</dt>
      <dd>{batch.lotId === null ? t('batches.noLot') : <Link to={`/stamps/lots/${batch.lotId}`}>{t('lots.one', { id: batch.lotId })}</Link>}</dd>
      <dt>{t('batches.requestedAt')}</dt>
      <dd>{date(batch.requestedAt)}</dd>
      <dt>{t('batches.decidedAt')}</dt>
      <dd>{date(batch.decidedAt)}</dd>
      <dt>{t('batches.issuedAt')}</dt>
      <dd>{date(batch.issuedAt)}</dd>
    </dl>
  );
}

function useBatch(id: string) {
  const batch = useResource(`batch:${id}`, (signal) => api(`/stamp-batches/${encodeURIComponent(id)}`, Batch, { signal }));
  const issuing = batch.data?.status === 'issuing';
  const { reload } = batch;
  // While codes are being written the page asks again, so the bar moves without a reload.
  useEffect(() => {
    if (!issuing) return undefined;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [issuing, reload]);
  return batch;
}

export function BatchPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const [notice, setNotice] = useState('');
  // Counts on the lot pickers change when codes are bound or voided here.
  const [changes, setChanges] = useState(0);
  const batch = useBatch(id);
  if (isNotFound(batch.error)) return <RecordMissing backTo="/stamps" backLabel={t('batches.back')} />;
  const record = batch.data;
  const province = user.role === 'province_admin' || user.role === 'province_officer';
  const decide = async (action: 'approve' | 'reject', reason: string | undefined) => {
    await api(`/stamp-batches/${encodeURIComponent(id)}/${action}`, Batch, { method: 'POST', ...(action === 'reject' ? { body: { reason } } : {}) });
    setNotice(t(`batches.done.${action}`));
    batch.reload();
  };
  const done = (message: string) => {
    setNotice(message);
    setChanges((count) => count + 1);
    batch.reload();
  };
  return (
    <>
      <p>
        <Link to="/stamps">← {t('batches.back')}</Link>
      </p>
      <ErrorAlert error={batch.error} />
      <StatusNotice message={notice} />
      {batch.loading && !record ? <p role="status">{t('app.loading')}</p> : null}
      {record ? (
        <>
          <section className="card" aria-labelledby="batch-title">
            <p className="eyebrow">{t('batches.title')}</p>
            <h1 id="batch-title">{t('batches.one', { id: record.id })}</h1>
            <BatchStatusBadge status={record.status} />
            {record.status === 'rejected' && record.reason ? <p className="alert alert-warn">{t('review.latestReason', { reason: record.reason })}</p> : null}
            {record.status === 'issuing' || record.status === 'issued' ? (
              <ProgressBar
                label={t('batches.progress')}
                fraction={record.progress.fraction}
                detail={t('batches.progressDetail', { written: formatNumber(i18n.language, record.progress.written), quantity: formatNumber(i18n.language, record.progress.quantity) })}
              />
            ) : null}
            <BatchFacts batch={record} />
          </section>
          {province && record.status === 'requested' ? (
            <ReviewActions actions={['approve', 'reject'] as const} label={(action) => t(`batches.actions.${action}`)} onAct={decide} reasonRequired={new Set(['reject'])} />
          ) : null}
          {record.status === 'issued' ? (
            <>
              <LabelPrint batch={record} refresh={changes} />
              {record.pinsAvailable ? <PinDownload batch={record} onDone={done} /> : null}
              <BindToLot batch={record} onDone={done} refresh={changes} />
              <VoidForm batchId={record.id} onDone={done} />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
