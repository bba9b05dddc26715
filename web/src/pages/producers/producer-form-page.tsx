import { useTranslation } from 'react-i18next';
import { api } from '../../api.js';
import { ProducerRecord } from '../../api-registry.js';
import { ErrorAlert, isNotFound } from '../../components/error-alert.js';
import { RecordMissing } from '../../components/record-missing.js';
import { navigate } from '../../router.js';
import { useUser } from '../../session.js';
import { useResource } from '../../use-resource.js';
import { ProducerForm } from './producer-form.js';

/** Create (no id) or edit a producer; a producer member edits their own and returns to it. */
export function ProducerFormPage({ id }: { id?: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const producer = useResource(`producer-form:${id ?? 'new'}`, (signal) =>
    id === undefined ? Promise.resolve(undefined) : api(`/producers/${encodeURIComponent(id)}`, ProducerRecord, { signal }),
  );
  const pageOf = (saved: { id: number }) => (user.role === 'producer_member' ? '/my-producer' : `/producers/${saved.id}`);
  const cancelTo = id === undefined ? '/producers' : pageOf({ id: Number(id) });
  if (isNotFound(producer.error)) return <RecordMissing backTo="/producers" backLabel={t('producers.back')} />;
  const title = id === undefined ? t('producers.createTitle') : t('producers.editTitle', { name: producer.data?.name ?? '' });
  return (
    <section aria-labelledby="producer-form-title">
      <h1 id="producer-form-title">{title}</h1>
      <ErrorAlert error={producer.error} />
      {producer.loading ? <p role="status">{t('app.loading')}</p> : null}
      {!producer.loading && (id === undefined || producer.data) ? (
        <ProducerForm
          producer={producer.data}
          onSaved={(saved) => navigate(pageOf(saved))}
          onCancel={() => navigate(cancelTo)}
        />
      ) : null}
    </section>
  );
}
